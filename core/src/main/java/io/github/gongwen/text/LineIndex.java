package io.github.gongwen.text;

import java.util.Arrays;

/**
 * Maps character offsets of a text (line breaks normalised to {@code \n}) to 1-based line and
 * column numbers. Columns count Unicode code points, so a character outside the BMP is one column.
 */
public final class LineIndex {
    private final String text;
    private final int[] starts;
    /**
     * The offsets of the second units of surrogate pairs, found on the first call of
     * {@link #column}: a column is the distance from the line start less the pairs in between,
     * so a finding on a 20 MB line costs a binary search, not a count from the line's start.
     */
    private volatile int[] pairSeconds;
    private static final int[] NO_PAIRS = {};

    public LineIndex(String text) {
        this(text, true);
    }

    /**
     * {@code pairs}: whether {@code text} may hold surrogate pairs; {@code false} when the caller
     * knows it holds none (its decoder saw every character), which spares {@link #column} a scan.
     */
    LineIndex(String text, boolean pairs) {
        this.text = text;
        if (!pairs) {
            pairSeconds = NO_PAIRS;
        }
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
        int end = Math.max(start, Math.min(offset, text.length()));
        int[] seconds = pairSeconds();
        if (seconds.length == 0) {
            return end - start + 1;
        }
        // a pair counts once when both its units lie in [start, end): its second unit is in (start, end)
        return end - start - (count(seconds, end) - count(seconds, start + 1)) + 1;
    }

    /** How many of the sorted {@code values} are below {@code limit}. */
    private static int count(int[] values, int limit) {
        int i = Arrays.binarySearch(values, limit);
        return i >= 0 ? i : -i - 1;
    }

    private int[] pairSeconds() {
        int[] p = pairSeconds;
        if (p == null) {
            int n = 0;
            int[] found = new int[0];
            for (int i = 1; i < text.length(); i++) {
                if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, Math.max(8, n * 2));
                    }
                    found[n++] = i;
                }
            }
            p = Arrays.copyOf(found, n);
            pairSeconds = p;
        }
        return p;
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
