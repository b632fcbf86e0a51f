package io.github.gongwen.fact;

/**
 * The half-width punctuation ({@code , ; : ? ! ( ) . " '}) of one line of Chinese text, where
 * GB/T 15834 asks for the full-width marks: one fact per line, spanning from the first such mark
 * to the last. Marks inside numbers ({@code 1,000}, {@code 8:30}), Latin text, URLs, code,
 * outline numbers ({@code (一)}, the numbering rules' business) and download-site residue are
 * left out.
 */
public final class HalfWidthPunct extends Occurrence {
    private final String fullWidth;
    private final String marks;
    private final int count;

    public HalfWidthPunct(String text, String fullWidth, String marks, int count, int start, int end, int line) {
        super(text, start, end, line);
        this.fullWidth = fullWidth;
        this.marks = marks;
        this.count = count;
    }

    /** The text with its half-width marks made full-width (and the blanks typed after them dropped). */
    public String getFullWidth() {
        return fullWidth;
    }

    /** The distinct half-width marks, e.g. {@code , ! ( )}. */
    public String getMarks() {
        return marks;
    }

    /** How many half-width marks the line has. */
    public int getCount() {
        return count;
    }
}
