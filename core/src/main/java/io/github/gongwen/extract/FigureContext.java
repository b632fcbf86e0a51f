package io.github.gongwen.extract;

import io.github.gongwen.fact.Placeholder;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.WordSegmenter.Word;
import java.util.List;

/**
 * What stands around a place where a figure may have been deleted, as {@link MissingFigures} and
 * {@link MissingUnits} read it: whether a unit may lack its number there at all (it follows a Han
 * character or a clause boundary, not a numeral or a mask, and forms no dictionary word with its
 * neighbours), whether it is a table's unit label or stands in a title, and the words around it.
 */
final class FigureContext {
    static final String NUMERALS = "一二三四五六七八九十百千万亿〇零○两几半多数余";
    static final String MASKS = "XxＸｘ×*＊_＿=＝□";

    /** Two-character words, remembered: shared by all documents and threads. */
    private static final PairWords PAIRS = new PairWords();

    private FigureContext() {
    }

    /**
     * Whether the unit at {@code i} may lack its number: it follows a Han character or a clause
     * boundary (not a numeral, a mask or a Latin letter), and neither the character before it nor,
     * for a one-character unit, the one after it forms a dictionary word with it.
     */
    static boolean candidate(String t, int i, String unit) {
        int prev = i > 0 ? t.charAt(i - 1) : '\n';
        if (prev == '\n' || prev == '\r') {
            // a figure broken over two lines: 2024\n年
            int j = i - 1;
            while (j >= 0 && (t.charAt(j) == '\n' || t.charAt(j) == '\r' || isSpace(t.charAt(j)))) {
                j--;
            }
            return j < 0 || !(Chars.isDigit(t.charAt(j)) || NUMERALS.indexOf(t.charAt(j)) >= 0);
        }
        if (!(Chars.isHan(prev) || Chars.isClauseBoundary(prev)) || NUMERALS.indexOf(prev) >= 0
                || MASKS.indexOf(prev) >= 0 || Chars.isDigit(prev)) {
            return false;
        }
        if (Chars.isHan(prev) && PAIRS.endsWord((char) prev, unit.charAt(0))) {
            return false;
        }
        int after = i + unit.length();
        return unit.length() > 1 || after >= t.length() || !PAIRS.startsWord(unit.charAt(0), t.charAt(after));
    }

    static boolean endsClause(String t, int i) {
        return i >= t.length() || Chars.isClauseBoundary(t.charAt(i)) || t.charAt(i) == '\n';
    }

    /** 单位：亿元、%: a table's or a figure's unit label, a list of units with no numbers by nature. */
    static boolean unitLabel(String t, int i) {
        int from = Math.max(0, i - 12);
        int at = i;
        // the last 单位 starting from i back to i - 12 (a search of the whole text before is slow)
        while (at >= from && !(t.charAt(at) == '单' && at + 1 < t.length() && t.charAt(at + 1) == '位')) {
            at--;
        }
        if (at < from) {
            return false;
        }
        int lineEnd = t.indexOf('\n', at);
        return lineEnd < 0 || lineEnd > i;
    }

    /** Whether the line holding {@code i} reads as a title: short, with no comma or full stop. */
    static boolean inTitle(String t, int i) {
        // from i outwards, stopping at the first comma or full stop or once the line is too long
        int length = 0;
        for (int k = i - 1; k >= 0 && t.charAt(k) != '\n'; k--) {
            if (++length > 60 || titleBreaker(t.charAt(k))) {
                return false;
            }
        }
        for (int k = i; k < t.length() && t.charAt(k) != '\n'; k++) {
            if (++length > 60 || titleBreaker(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean titleBreaker(char c) {
        return c == '，' || c == ',' || c == '。' || c == '；' || c == ';';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000';
    }

    static Word previous(List<Word> words, Word w) {
        int k = words.indexOf(w);
        return k > 0 ? words.get(k - 1) : null;
    }

    static Word next(List<Word> words, Word w) {
        int k = words.indexOf(w);
        return k + 1 < words.size() ? words.get(k + 1) : null;
    }

    static void add(Facts facts, String t, int s, int e, String kind) {
        facts.add(new Placeholder(t.substring(s, e), s, e, facts.source().lines().line(s), kind));
    }
}
