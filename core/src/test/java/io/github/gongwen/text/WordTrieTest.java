package io.github.gongwen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordTrieTest {
    private static List<String> hits(WordTrie trie, String text, List<String> words) {
        List<String> out = new ArrayList<>();
        trie.find(text, (i, s, e) -> out.add(words.get(i) + "@" + s + "-" + e));
        return out;
    }

    @Test
    void findsEveryOccurrenceIncludingOverlapsByStartThenLength() {
        List<String> words = List.of("部署", "布署", "工作部署", "署");
        WordTrie trie = new WordTrie(words);
        assertEquals(List.of("布署@2-4", "署@3-4", "工作部署@4-8", "部署@6-8", "署@7-8"),
                hits(trie, "认真布署工作部署", words));
    }

    @Test
    void ignoresEmptyWordsAndFindsNothingInUnrelatedText() {
        List<String> words = List.of("", "再接再励");
        WordTrie trie = new WordTrie(words);
        assertEquals(List.of(), hits(trie, "再接再厉，乘势而上", words));
        assertEquals(List.of("再接再励@0-4"), hits(trie, "再接再励", words));
        assertEquals(2, trie.size());
    }

    @Test
    void findsWhatTryingEveryWordAtEveryPositionFinds() {
        String alphabet = "部署布工作再接励厉ab\u00ff\u0100\uffff";
        Random rnd = new Random(11);
        for (int round = 0; round < 2000; round++) {
            List<String> words = new ArrayList<>();
            for (int w = rnd.nextInt(12); w >= 0; w--) {
                words.add(random(rnd, alphabet, rnd.nextInt(5)));
            }
            String text = random(rnd, alphabet, rnd.nextInt(40));
            assertEquals(naive(text, words), hits(new WordTrie(words), text, words), words + " in " + text);
        }
    }

    @Test
    void findsInARangeWhatTheRangeAloneHolds() {
        String alphabet = "部署布工作再接励厉ab\u00ff\u0100\uffff";
        Random rnd = new Random(13);
        for (int round = 0; round < 2000; round++) {
            List<String> words = new ArrayList<>();
            for (int w = rnd.nextInt(12); w >= 0; w--) {
                words.add(random(rnd, alphabet, rnd.nextInt(5)));
            }
            String text = random(rnd, alphabet, rnd.nextInt(40));
            int from = text.isEmpty() ? 0 : rnd.nextInt(text.length() + 1);
            int to = from + rnd.nextInt(text.length() - from + 1);
            List<String> expected = new ArrayList<>();
            for (String h : naive(text.substring(from, to), words)) {
                String[] at = h.substring(h.lastIndexOf('@') + 1).split("-");
                expected.add(h.substring(0, h.lastIndexOf('@')) + "@" + (Integer.parseInt(at[0]) + from) + "-"
                        + (Integer.parseInt(at[1]) + from));
            }
            List<String> got = new ArrayList<>();
            new WordTrie(words).find(text.toCharArray(), from, to, (i, s, e) -> got.add(words.get(i) + "@" + s + "-" + e));
            assertEquals(expected, got, words + " in " + text + " [" + from + ", " + to + ")");
        }
    }

    private static String random(Random rnd, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** Every non-empty word at every position, by start, then length, then index. */
    private static List<String> naive(String text, List<String> words) {
        List<String> out = new ArrayList<>();
        for (int s = 0; s < text.length(); s++) {
            for (int e = s + 1; e <= text.length(); e++) {
                for (String w : words) {
                    if (w.length() == e - s && text.startsWith(w, s)) {
                        out.add(w + "@" + s + "-" + e);
                    }
                }
            }
        }
        return out;
    }
}
