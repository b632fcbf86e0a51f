package io.github.gongwen.extract;

import io.github.gongwen.fact.Heading;

/**
 * One line of the document as the outline parser sees it: {@code text} is the line from its first
 * non-blank character, which is at {@code start} in the document, and its content is
 * {@code text[from, to)} (without a Markdown prefix and trailing blanks).
 */
final class OutlineLine {
    final int number;
    final int start;
    final String text;
    final int from;
    final int to;
    /** A paragraph of a table cell (Word documents): no part of the outline. */
    final boolean table;
    /** The line opens an annex ({@link AnnexHeadings}). */
    boolean annex;
    /** The heading marker that opens the line, or {@code null}. */
    MarkerSyntax.Match marker;
    /** The heading the marker opens, or {@code null}. */
    Heading heading;

    OutlineLine(int number, int start, String text, int from, int to, boolean table) {
        this.number = number;
        this.start = start;
        this.text = text;
        this.from = from;
        this.to = to;
        this.table = table;
    }

    boolean blank() {
        return from >= to;
    }

    /** Whether the line takes part in the outline: not blank and not in a table. */
    boolean inOutline() {
        return from < to && !table;
    }

    String content() {
        return text.substring(from, to);
    }

    int lastChar() {
        return text.codePointBefore(to);
    }
}
