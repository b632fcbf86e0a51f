package io.github.gongwen.fact;

/**
 * An enumeration item inside the text: {@code 一是…二是…}, {@code 一要…}, {@code 第一，…}, and
 * bracketed numbers such as {@code （1）…（2）…} or {@code ①②} used inline. Items of one
 * paragraph form a group; a paragraph that starts with an item continues the previous group.
 */
public final class EnumItem extends Marker {
    private final boolean lineStart;

    public EnumItem(MarkerKind kind, String text, int ordinal, String form, boolean standardForm, int start,
            int end, int line, boolean lineStart) {
        super(kind, text, ordinal, form, standardForm, start, end, line);
        this.lineStart = lineStart;
    }

    /**
     * A word that stands for a number in an enumeration, such as 首先 before 二是…三是…: the item
     * carries no number ({@link #isNumbered()} is false), its place gives it {@code ordinal}.
     */
    public static EnumItem standIn(MarkerKind kind, String text, int ordinal, int start, int end, int line,
            boolean lineStart) {
        EnumItem e = new EnumItem(kind, text, ordinal, "", true, start, end, line, lineStart);
        e.setImpliedOrdinal(ordinal);
        return e;
    }

    /** Whether the item opens its line. */
    public boolean isLineStart() {
        return lineStart;
    }
}
