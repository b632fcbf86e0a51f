package io.github.gongwen.extract;

import io.github.gongwen.text.Chars;
import io.github.gongwen.text.LineIndex;

/**
 * The lines of a text with their content trimmed of blanks, and the two facts the residue checks
 * ask of a line: whether it is body prose, and whether it breaks off in mid-sentence (so that the
 * next line continues it). Computed once per document, one pass over the characters.
 */
final class TextLines {
    final int count;
    /** Start and end (exclusive) of each line's content without leading and trailing blanks; 0-based. */
    final int[] from;
    final int[] to;
    final boolean[] body;
    final boolean[] openEnd;
    /** The first and last body lines (0-based), or -1 when there is none. */
    final int firstBody;
    final int lastBody;

    TextLines(char[] text, LineIndex lines) {
        count = lines.lineCount();
        from = new int[count];
        to = new int[count];
        body = new boolean[count];
        openEnd = new boolean[count];
        int first = -1;
        int last = -1;
        for (int k = 0; k < count; k++) {
            int s = lines.lineStart(k + 1);
            int e = lines.lineEnd(k + 1);
            if (e > s && text[e - 1] == '\r') {
                e--;
            }
            while (s < e && Chars.isBlank(text[s])) {
                s++;
            }
            while (e > s && Chars.isBlank(text[e - 1])) {
                e--;
            }
            from[k] = s;
            to[k] = e;
            int han = 0;
            boolean comma = false;
            boolean stop = false;
            for (int i = s; i < e; i++) {
                char c = text[i];
                if (c >= 0x4E00 && c <= 0x9FFF) {
                    if (++han >= 30 && comma) {
                        break; // body, and all openEnd asks is known
                    }
                } else if (c == '，' || c == ',' || c == '、' || c == '；' || c == ';') {
                    comma = true;
                    if (stop || han >= 30) {
                        break; // body, and all openEnd asks is known: the rest of the line no longer matters
                    }
                } else if (c == '。' || c == '！' || c == '？') {
                    stop = true;
                    if (comma) {
                        break;
                    }
                }
            }
            body[k] = stop || (han >= 30 && comma);
            openEnd[k] = e - s >= 30 && comma && Chars.isHan(text[e - 1]);
            if (body[k]) {
                if (first < 0) {
                    first = k;
                }
                last = k;
            }
        }
        firstBody = first;
        lastBody = last;
    }

    boolean blank(int k) {
        return from[k] == to[k];
    }

    int length(int k) {
        return to[k] - from[k];
    }

    /** The previous non-blank line before {@code k}, or -1. */
    int previous(int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (!blank(j)) {
                return j;
            }
        }
        return -1;
    }

    /** The next non-blank line after {@code k}, or -1. */
    int next(int k) {
        for (int j = k + 1; j < count; j++) {
            if (!blank(j)) {
                return j;
            }
        }
        return -1;
    }

    /** Whether a line lies before the body starts or after it ends (where a page's chrome sits). */
    boolean outsideBody(int k) {
        return firstBody < 0 || k < firstBody || k > lastBody;
    }

    /** Whether a line is the first non-blank line of the text. */
    boolean isFirst(int k) {
        return previous(k) < 0;
    }
}
