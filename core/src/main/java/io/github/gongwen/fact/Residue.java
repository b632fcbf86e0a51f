package io.github.gongwen.fact;

/**
 * Text left by a download or template site (paywall markers, "此处隐藏N字", URLs, page footers),
 * matched by a pattern of the data file {@code residue.txt}. Overlapping and adjacent matches
 * on one line make one fact.
 */
public final class Residue extends Occurrence {
    private final String label;

    public Residue(String text, String label, int start, int end, int line) {
        super(text, start, end, line);
        this.label = label;
    }

    /** What the pattern recognises, in Chinese (e.g. 付费阅读标记). */
    public String getLabel() {
        return label;
    }

    @Override
    public String toString() {
        return "Residue[" + getLine() + ": " + getText() + " (" + label + ")]";
    }
}
