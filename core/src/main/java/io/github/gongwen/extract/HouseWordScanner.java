package io.github.gongwen.extract;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import io.github.gongwen.fact.HouseWord;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the words of the user's house-word list ({@link HouseWords#LIST}, empty unless a
 * configuration names a {@code house-words.tsv}) in one pass with HanLP's Aho–Corasick automaton.
 * A word is matched literally, anywhere; of overlapping matches the leftmost, then the longest, is
 * kept; a word that begins or ends with a Latin letter or a digit does not match inside a longer
 * Latin word or number ({@code APP} is not found in {@code APPLE}). With an empty list it costs
 * nothing.
 */
public final class HouseWordScanner implements Extractor {
    private final List<HouseWords.Row> rows;
    private final AhoCorasickDoubleArrayTrie<Integer> trie;

    @Override public Set<Class<?>> produces() { return Set.of(HouseWord.class); }

    /** @throws IllegalArgumentException when an entry of the list is bad (named by its number) */
    public HouseWordScanner(Lexicon lexicon) {
        this.rows = HouseWords.rows(lexicon);
        if (rows.isEmpty()) {
            this.trie = null;
            return;
        }
        TreeMap<String, Integer> words = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            words.putIfAbsent(rows.get(i).word(), i); // the first row of a word given twice wins
        }
        this.trie = new AhoCorasickDoubleArrayTrie<>(words);
    }

    @Override
    public void extract(Facts facts) {
        if (trie == null) {
            return;
        }
        char[] chars = facts.chars();
        List<int[]> hits = new ArrayList<>();
        trie.parseText(chars, (int begin, int end, Integer row) -> {
            if (standsAlone(chars, begin, end)) {
                hits.add(new int[] {begin, end, row});
            }
        });
        hits.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        SourceText src = facts.source();
        int covered = 0;
        for (int[] h : hits) {
            if (h[0] < covered) {
                continue;
            }
            HouseWords.Row r = rows.get(h[2]);
            facts.add(new HouseWord(src.text().substring(h[0], h[1]), r.suggestion(), r.messageOrDefault(),
                    r.severity(), h[0], h[1], src.lines().line(h[0])));
            covered = h[1];
        }
    }

    /** Whether {@code [begin, end)} does not cut a Latin word or a number at either end. */
    private static boolean standsAlone(char[] t, int begin, int end) {
        return !(begin > 0 && latin(t[begin]) && latin(t[begin - 1]))
                && !(end < t.length && latin(t[end - 1]) && latin(t[end]));
    }

    private static boolean latin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
