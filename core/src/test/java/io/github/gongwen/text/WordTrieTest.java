package io.github.gongwen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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
}
