package io.github.gongwen.fact;

/**
 * Text left by a download, template or document-sharing site (paywall markers, "此处隐藏N字", URLs,
 * page footers, page-metadata lines, template titles, boilerplate sentences, page numbers, stray
 * characters), found by the patterns of {@code residue.txt} and the structural checks of the residue
 * scanner. Overlapping and adjacent hits on one line make one fact.
 */
public final class Residue extends Occurrence {
    private final String label;

    public Residue(String text, String label, int start, int end, int line) {
        super(text, start, end, line);
        this.label = label;
    }

    /** What kind of residue it is, in Chinese (e.g. 付费阅读标记, 网页元数据, 页码). */
    public String getLabel() {
        return label;
    }

    @Override
    public String toString() {
        return "Residue[" + getLine() + ": " + getText() + " (" + label + ")]";
    }
}
