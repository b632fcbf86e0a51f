package io.github.gongwen.extract;

import io.github.gongwen.fact.EnumItem;
import io.github.gongwen.text.Chars;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 3 of the outline parser: the enumeration items inside lines. A bracketed or circled number
 * followed by text ({@code （1）加快…}, {@code ①}), {@code 一是 / 一要 / 第一，} ({@link MarkerSyntax}, {@link EnumerationSyntax})
 * at a clause start is an item; a word that stands for a number of an enumeration ({@code 首先},
 * {@code 其次}: the data table {@link OutlineParser#ORDINAL_WORDS}) at a clause start is a
 * {@linkplain EnumerationGroups.StandIn stand-in}, which becomes an item only where the numbering
 * needs it ({@link EnumerationGroups}).
 */
final class InlineItems {
    /**
     * What the scan found.
     *
     * @param items the items in text order
     * @param afterSentence the items that follow a sentence end inside their line (they may be
     *     buried headings: {@link BuriedHeadings})
     * @param standIns the words that may stand for numbers, in text order
     */
    record Found(List<EnumItem> items, Set<EnumItem> afterSentence, List<EnumerationGroups.StandIn> standIns) {
    }

    private final Map<String, Integer> ordinalWords;
    /** The first characters of the ordinal words. */
    private final BitSet wordStartSet = new BitSet();
    /**
     * Whether a marker or an ordinal word may start with a character, as one bit by character (8 KB,
     * of which the scan of Chinese text reads less than 3 KB: it stays in the cache). Read inline
     * in the scan for candidates, which tests almost every character of the text.
     */
    private final long[] candidateStart = new long[(Character.MAX_VALUE + 1) / 64];

    /** @param ordinalWords the words that stand for numbers with their numbers, tried in this order */
    InlineItems(Map<String, Integer> ordinalWords) {
        this.ordinalWords = new LinkedHashMap<>(ordinalWords);
        ordinalWords.keySet().forEach(w -> wordStartSet.set(w.charAt(0)));
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (MarkerSyntax.canStart((char) c) || wordStartSet.get(c)) {
                candidateStart[c >>> 6] |= 1L << c;
            }
        }
    }

    /**
     * Scans the lines of the outline after their heading markers.
     *
     * @param chars the text of the document
     */
    Found scan(List<OutlineLine> lines, char[] chars) {
        Found found = new Found(new ArrayList<>(), Collections.newSetFromMap(new IdentityHashMap<>()), new ArrayList<>());
        for (OutlineLine l : lines) {
            if (l.inOutline()) {
                scanLine(chars, l, l.marker == null ? l.from : l.marker.end(), found);
            }
        }
        return found;
    }

    private void scanLine(char[] chars, OutlineLine l, int from, Found found) {
        String t = l.text;
        int i = from;
        while ((i = nextCandidate(chars, l.start, i, l.to)) < l.to) {
            char before = i > 0 ? t.charAt(i - 1) : ' ';
            boolean boundary = i == l.from || i == from || Chars.isClauseBoundary(before) || Chars.isOpening(before)
                    || Chars.isBlank(before) || before == '是' || before == '即';
            if (!boundary) {
                i++;
                continue;
            }
            boolean lineStart = i == l.from;
            String word = ordinalWordAt(t, i);
            if (word != null) {
                found.standIns().add(new EnumerationGroups.StandIn(word, ordinalWords.get(word), l.start + i,
                        l.start + i + word.length(), l.number, lineStart));
                i += word.length();
                continue;
            }
            MarkerSyntax.Match m = MarkerSyntax.heading(t, i, false);
            if (m != null && !followedByText(t, m.end(), l.to)) {
                m = null;
            }
            if (m == null) {
                m = EnumerationSyntax.at(t, i);
            }
            if (m == null) {
                i++;
                continue;
            }
            EnumItem item = new EnumItem(m.kind(), m.text(t), m.ordinal(), m.form(), m.standard(),
                    l.start + m.start(), l.start + m.end(), l.number, lineStart);
            found.items().add(item);
            if (i > l.from && Chars.isSentenceEnd(t.charAt(i - 1))) {
                found.afterSentence().add(item);
            }
            i = m.end();
        }
    }

    /**
     * The next place in a line where a marker or an ordinal word (首先) may start: {@code i} and
     * {@code to} are offsets into the line, which starts at {@code lineStart} in {@code text}.
     */
    private int nextCandidate(char[] text, int lineStart, int i, int to) {
        long[] starts = candidateStart;
        while (i < to) {
            char c = text[lineStart + i];
            if ((starts[c >>> 6] & (1L << c)) != 0) {
                return i;
            }
            i++;
        }
        return to;
    }

    private String ordinalWordAt(String t, int i) {
        if (!wordStartSet.get(t.charAt(i))) {
            return null;
        }
        for (String w : ordinalWords.keySet()) {
            if (t.startsWith(w, i)) {
                return w;
            }
        }
        return null;
    }

    /** Whether a bracketed number is followed by text (a clause), not by punctuation or the line end. */
    private static boolean followedByText(String t, int i, int to) {
        i = MarkerSyntax.skipBlanks(t, i);
        if (i >= to) {
            return false;
        }
        int c = t.codePointAt(i);
        return Chars.isHan(c) || c == '“' || c == '‘' || c == '《' || c == '"';
    }
}
