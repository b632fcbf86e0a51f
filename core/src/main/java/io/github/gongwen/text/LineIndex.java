package io.github.gongwen.text;

import java.util.Arrays;

/**
 * Maps character offsets of a text (line breaks normalised to {@code \n}) to 1-based line and
 * column numbers. Columns count Unicode code points, so a character outside the BMP is one column.
 */
public final class LineIndex {
    private final String text;
    private final int[] starts;

    public LineIndex(String text) {
        this.text = text;
        // String.indexOf is a tight (in C2 vectorised) loop: much cheaper than charAt per character
        int n = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            n++;
        }
        starts = new int[n];
        int k = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[k++] = i + 1;
        }
    }

    /** Number of lines; a text ending in a line break has an empty last line. */
    public int lineCount() {
        return starts.length;
    }

    /** The 1-based line holding {@code offset} (an offset equal to the text length is on the last line). */
    public int line(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based column of {@code offset} within its line, in code points. */
    public int column(int offset) {
        int start = starts[line(offset) - 1];
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return starts[line - 1];
    }

    /** Offset just past the last character of a 1-based line (before its {@code \n}). */
    public int lineEnd(int line) {
        return line < starts.length ? starts[line] - 1 : text.length();
    }

    /** The text of a 1-based line without its line break. */
    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }
}
