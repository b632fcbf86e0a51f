package io.github.gongwen.extract;

import io.github.gongwen.text.Chars;

/**
 * The scan of one line of a document's characters, with what the punctuation scans ask about a
 * mark's neighbours on its line: the characters right beside it, the nearest non-blank ones, and
 * whether the text around is Chinese.
 */
abstract class LineScan {
    /** What the context helpers return beyond the ends of the line. */
    static final int NONE = '\n';

    final char[] a;
    /** The line being scanned: {@code [ls, le)}. */
    int ls;
    int le;

    LineScan(char[] a) {
        this.a = a;
    }

    final int prevChar(int i) {
        return i > ls ? a[i - 1] : NONE;
    }

    final int nextChar(int i) {
        return i + 1 < le ? a[i + 1] : NONE;
    }

    /** The nearest non-blank character before {@code i} on the line, or {@link #NONE}. */
    final int prevSignificant(int i) {
        for (int j = i - 1; j >= ls; j--) {
            char c = a[j];
            if (!Chars.isBlank(c)) {
                return c;
            }
        }
        return NONE;
    }

    /** The nearest non-blank character after {@code i} on the line, or {@link #NONE}. */
    final int nextSignificant(int i) {
        for (int j = i + 1; j < le; j++) {
            char c = a[j];
            if (!Chars.isBlank(c)) {
                return c;
            }
        }
        return NONE;
    }

    /** Whether the text before {@code s} or after {@code e} is Chinese. */
    final boolean chineseAround(int s, int e) {
        return Chars.isChinese(prevSignificant(s)) || Chars.isChinese(nextSignificant(e));
    }

    final boolean containsHan(int s, int e) {
        for (int j = s; j < e; j++) {
            if (Chars.isHan(a[j])) {
                return true;
            }
        }
        return false;
    }
}
