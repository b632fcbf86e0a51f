package io.github.gongwen.extract;

import io.github.gongwen.text.WordSegmenter;

/**
 * Whether a character forms a dictionary word with the one before or after it, remembered per
 * pair: the missing-figure scan asks it for every 年, 度, 家, 个 … of a text, and most pairs recur
 * ({@code 今年}, {@code 制度}, {@code 国家}). One table of 64K cells per unit character and side,
 * made on first use (a few dozen units). Thread-safe without locks: two threads may both make a
 * table for a unit, one of them kept, and a cell is written with the same value by whichever thread
 * computes it; a cell a thread does not see yet (0, the value a fresh array is seen with) is only
 * computed again. Plain arrays: C1 compiles an {@code AtomicReferenceArray} read to a call.
 */
final class PairWords {
    private static final byte UNKNOWN = 0;
    private static final byte WORD = 1;
    private static final byte NO_WORD = 2;

    private final byte[][] before = new byte[0x10000][];
    private final byte[][] after = new byte[0x10000][];

    /** Whether {@code prev} followed by {@code unit} is a dictionary word ({@code 今年}). */
    boolean endsWord(char prev, char unit) {
        return lookup(before, unit, prev, prev, unit);
    }

    /** Whether {@code unit} followed by {@code next} is a dictionary word ({@code 年度}). */
    boolean startsWord(char unit, char next) {
        return lookup(after, unit, next, unit, next);
    }

    private static boolean lookup(byte[][] tables, char unit, char other, char a, char b) {
        byte[] row = row(tables, unit);
        byte v = row[other];
        if (v == UNKNOWN) {
            v = WordSegmenter.isWord(String.valueOf(new char[] {a, b})) ? WORD : NO_WORD;
            row[other] = v;
        }
        return v == WORD;
    }

    private static byte[] row(byte[][] tables, char unit) {
        byte[] row = tables[unit];
        if (row == null) {
            row = new byte[0x10000];
            tables[unit] = row;
        }
        return row;
    }
}
