package io.github.gongwen.fact;

/**
 * One non-blank line of the report. Reports put one paragraph (or one heading) on a line, so a
 * line is the unit for paragraph-level checks such as unbalanced quotes.
 */
public final class Paragraph implements Spanned {
    private final int line;
    private final int start;
    private final int end;
    private final String text;
    private final boolean heading;

    /**
     * @param start offset of the first non-blank character
     * @param end offset after the last non-blank character
     */
    public Paragraph(int line, int start, int end, String text, boolean heading) {
        this.line = line;
        this.start = start;
        this.end = end;
        this.text = text;
        this.heading = heading;
    }

    public int getLine() {
        return line;
    }

    @Override
    public int getStart() {
        return start;
    }

    @Override
    public int getEnd() {
        return end;
    }

    /** The text of the line without leading and trailing blanks. */
    public String getText() {
        return text;
    }

    /** Whether the line starts with an outline heading marker. */
    public boolean isHeading() {
        return heading;
    }

    @Override
    public String toString() {
        return "Paragraph[" + line + ": " + text + "]";
    }
}
