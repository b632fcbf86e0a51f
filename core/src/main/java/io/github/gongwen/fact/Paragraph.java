package io.github.gongwen.fact;

/**
 * One non-blank line of the report. Reports put one paragraph (or one heading) on a line, so a
 * line is the unit for paragraph-level checks such as unbalanced quotes.
 */
public final class Paragraph extends Occurrence {
    private final boolean heading;

    /**
     * @param start offset of the first non-blank character
     * @param end offset after the last non-blank character
     */
    public Paragraph(int line, int start, int end, String text, boolean heading) {
        super(text, start, end, line);
        this.heading = heading;
    }

    /** Whether the line starts with an outline heading marker. */
    public boolean isHeading() {
        return heading;
    }
}
