package io.github.gongwen.fact;

/**
 * A two-character form that is no word, written where a frequent word differs from it by one
 * character of similar shape or the same sound ({@code 探素} for 探索, {@code 实千} for 实干).
 */
public final class ConfusedChar extends Occurrence {
    private final String suggestion;
    private final String likeness;
    private final char written;
    private final char meant;

    public ConfusedChar(String text, String suggestion, String likeness, int start, int end, int line) {
        super(text, start, end, line);
        this.suggestion = suggestion;
        this.likeness = likeness;
        int k = text.charAt(0) != suggestion.charAt(0) ? 0 : 1;
        this.written = text.charAt(k);
        this.meant = suggestion.charAt(k);
    }

    /** The word meant. */
    public String getSuggestion() {
        return suggestion;
    }

    /** How the two characters are alike, in Chinese (形近, 音同, 音形相近). */
    public String getLikeness() {
        return likeness;
    }

    /** The character written by mistake. */
    public String getWritten() {
        return String.valueOf(written);
    }

    /** The character meant. */
    public String getMeant() {
        return String.valueOf(meant);
    }

    @Override
    public String toString() {
        return "ConfusedChar[" + getLine() + ": " + getText() + " -> " + suggestion + "]";
    }
}
