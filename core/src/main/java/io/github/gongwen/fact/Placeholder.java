package io.github.gongwen.fact;

/**
 * Template filler left in the text: {@code XX镇}, {@code 增长X%}, {@code *名}, {@code ==亿元},
 * {@code ○○}. One fact per run of filler characters. Its {@link #getKind() kind} says what was
 * left: a mask, a unit whose number was deleted, a year deleted from a title, a blank date.
 */
public final class Placeholder extends Occurrence {
    /** Filler characters or a fill-in instruction: {@code XX镇}, {@code *名}, {@code 【单位名称】}. */
    public static final String MASK = "MASK";
    /** A unit or {@code %} whose number was deleted: {@code 生产总值亿元}, {@code 发展党员名}. */
    public static final String NUMBER = "NUMBER";
    /** A year deleted before 年 or 度: {@code 乡镇年安全生产工作}, {@code 乡镇度工作总结}. */
    public static final String YEAR = "YEAR";
    /** A name deleted so that the sentence breaks: {@code 担任镇镇长}, {@code ，的改革发展}. */
    public static final String NAME = "NAME";
    /** A date with its month or day left blank: {@code 2024年 月 日}. */
    public static final String DATE = "DATE";
    /** A clause deleted between two marks, in a text whose figures were deleted: {@code 再获丰收，。}. */
    public static final String CLAUSE = "CLAUSE";

    private final String kind;

    public Placeholder(String text, int start, int end, int line) {
        this(text, start, end, line, MASK);
    }

    public Placeholder(String text, int start, int end, int line, String kind) {
        super(text, start, end, line);
        this.kind = kind;
    }

    /** {@link #MASK}, {@link #NUMBER}, {@link #YEAR}, {@link #NAME}, {@link #DATE} or {@link #CLAUSE}. */
    public String getKind() {
        return kind;
    }
}
