package io.github.gongwen.fact;

/**
 * A local name or term written once with one character changed, where the document writes it
 * the same other way several times ({@code 创成} once beside {@code 创城办}, {@code 创城工作}); the
 * two characters sound the same or look alike, and neither form is a dictionary word.
 */
public final class TermVariant extends Occurrence {
    private final String suggestion;
    private final String likeness;
    private final int count;

    public TermVariant(String text, String suggestion, String likeness, int count, int start, int end, int line) {
        super(text, start, end, line);
        this.suggestion = suggestion;
        this.likeness = likeness;
        this.count = count;
    }

    /** The form the document uses elsewhere. */
    public String getSuggestion() {
        return suggestion;
    }

    /** How the differing characters are alike, in Chinese (形近, 音同). */
    public String getLikeness() {
        return likeness;
    }

    /** How often the document uses the other form. */
    public int getCount() {
        return count;
    }

    @Override
    public String toString() {
        return "TermVariant[" + getLine() + ": " + getText() + " -> " + suggestion + "]";
    }
}
