package io.github.gongwen.fact;

/**
 * Text left by a download or template site (paywall markers, "此处隐藏N字", URLs, page footers),
 * matched by a pattern of the data file {@code residue.txt}. Overlapping and adjacent matches
 * on one line make one fact.
 */
public final class Residue implements Spanned {
    private final String text;
    private final String label;
    private final int start;
    private final int end;
    private final int line;

    public Residue(String text, String label, int start, int end, int line) {
        this.text = text;
        this.label = label;
        this.start = start;
        this.end = end;
        this.line = line;
    }

    public String getText() {
        return text;
    }

    /** What the pattern recognises, in Chinese (e.g. 付费阅读标记). */
    public String getLabel() {
        return label;
    }

    @Override
    public int getStart() {
        return start;
    }

    @Override
    public int getEnd() {
        return end;
    }

    public int getLine() {
        return line;
    }

    @Override
    public String toString() {
        return "Residue[" + line + ": " + text + " (" + label + ")]";
    }
}
