package io.github.gongwen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.text.WordSegmenter.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WordSegmenterTest {
    private static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }

    @Test
    void segmentsWithOffsetsIntoTheText() {
        String t = "前文。推动动全镇新型农业经营主体高质量发展，后文";
        List<Word> words = WordSegmenter.around(t, 5, 7);
        assertEquals("推动", words.get(0).text());
        assertEquals(3, words.get(0).start());
        assertEquals("动", WordSegmenter.wordAt(words, 5).text());
        assertEquals("发展", words.get(words.size() - 1).text(), "the window stops at the clause boundary");
        for (Word w : words) {
            assertEquals(w.text(), t.substring(w.start(), w.end()));
        }
    }

    @Test
    void tellsWhetherAStretchStandsAsWholeWords() {
        List<Word> words = WordSegmenter.segment("邻居位于村东");
        assertEquals(List.of("邻居", "位于", "村东"), texts(words));
        assertFalse(WordSegmenter.alignsWith(words, 1, 3), "居位 straddles 邻居|位于");
        assertTrue(WordSegmenter.alignsWith(words, 0, 4));
        assertTrue(WordSegmenter.crossedByWord(words, 1, 3));
        List<Word> typo = WordSegmenter.segment("居位全县第2位");
        assertFalse(WordSegmenter.crossedByWord(typo, 0, 2));
        assertTrue(WordSegmenter.isWord("安全"));
        assertFalse(WordSegmenter.isWord("安安全"));
    }

    @Test
    void givesTheSameResultsOnManyThreads() throws Exception {
        List<String> clauses = List.of("学习习近平新时代中国特色社会主义思想", "加强工作作风建设", "推动动全镇经济发展",
                "人人平等", "层层压实责任", "耕地地力保护补贴");
        List<List<String>> expected = clauses.stream().map(c -> texts(WordSegmenter.segment(c))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int r = 0; r < 16; r++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < clauses.size(); i++) {
                        if (!texts(WordSegmenter.segment(clauses.get(i))).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : runs) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
