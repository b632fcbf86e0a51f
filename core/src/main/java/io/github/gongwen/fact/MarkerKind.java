package io.github.gongwen.fact;

/**
 * The numbering systems of report outlines. The first five are the heading levels of GB/T 9704
 * (一、 （一） 1. （1）) plus circled numbers; the others are enumerations inside paragraphs.
 */
public enum MarkerKind {
    /** 一、 (level 1). */
    CN_DUN(1, true),
    /** （一） (level 2). */
    PAREN_CN(2, true),
    /** 1. (level 3). */
    ARABIC_DOT(3, true),
    /** （1） (level 4). */
    PAREN_ARABIC(4, true),
    /** ① (below level 4). */
    CIRCLED(5, true),
    /** A heading line that carries no number at all. */
    UNNUMBERED(0, true),
    /** 一是…二是… inside a paragraph. */
    ENUM_SHI(0, false),
    /** 一要…二要… inside a paragraph. */
    ENUM_YAO(0, false),
    /** 第一，…第二，… */
    ORDINAL_DI(0, false);

    private final int rank;
    private final boolean heading;

    MarkerKind(int rank, boolean heading) {
        this.rank = rank;
        this.heading = heading;
    }

    /** Outline depth of the heading level per GB/T 9704 (1 = 一、); 0 for the others. */
    public int getRank() {
        return rank;
    }

    /** Whether markers of this kind start headings (rather than enumerate inside a paragraph). */
    public boolean isHeading() {
        return heading;
    }

    /** The marker for {@code ordinal} in its standard form: {@code PAREN_CN.format(3)} is {@code （三）}. */
    public String format(int ordinal) {
        switch (this) {
            case CN_DUN:
                return ChineseNumber.format(ordinal) + "、";
            case PAREN_CN:
                return "（" + ChineseNumber.format(ordinal) + "）";
            case ARABIC_DOT:
                return ordinal + ".";
            case PAREN_ARABIC:
                return "（" + ordinal + "）";
            case CIRCLED:
                return ordinal >= 1 && ordinal <= 20 ? String.valueOf((char) (0x2460 + ordinal - 1)) : "（" + ordinal + "）";
            case ENUM_SHI:
                return ChineseNumber.format(ordinal) + "是";
            case ENUM_YAO:
                return ChineseNumber.format(ordinal) + "要";
            case ORDINAL_DI:
                return "第" + ChineseNumber.format(ordinal);
            default:
                return "";
        }
    }
}
