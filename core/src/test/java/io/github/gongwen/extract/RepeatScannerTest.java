package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.fact.Repetition;
import io.github.gongwen.text.SourceText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepeatScannerTest {
    private static List<Repetition> scan(Map<String, List<String>> lists, String text) {
        Facts facts = new Facts(SourceText.of("t.txt", text));
        new RepeatScanner(Lexicon.of(lists)).extract(facts);
        return facts.of(Repetition.class);
    }

    @Test
    void describesAStrayRepeatByItsWords() {
        Repetition r = scan(Map.of(), "推动动全镇经济发展。").get(0);
        assertEquals("动动", r.getText());
        assertEquals("推动动", r.getContext());
        assertTrue(r.isStray());
        assertFalse(r.isSameWord());
    }

    @Test
    void wordsSharingACharacterAreNotStray() {
        Repetition r = scan(Map.of(), "切实改进工作作风。").get(0);
        assertFalse(r.isStray());
        assertFalse(r.isListed());
    }

    @Test
    void theAllowedListCanBeExtendedAndCountsOnlyAsWholeWords() {
        String text = "做到市市有博物馆。";
        assertFalse(scan(Map.of(), text).get(0).isListed());
        assertTrue(scan(Map.of(RepeatScanner.ALLOWED, List.of("市市")), text).get(0).isListed());
        Repetition inWord = scan(Map.of(RepeatScanner.ALLOWED, List.of("人人")), "中华人人民共和国。").get(0);
        assertFalse(inWord.isListed(), "人人 is no word in 中华|人|人民");
    }

    @Test
    void numeralsAreNoCandidates() {
        assertEquals(List.of(), scan(Map.of(), "二〇〇〇年，一一落实，万万不可。"));
    }

    @Test
    void aRepeatIsMeantWhenBothReadingsAreWords() {
        assertTrue(scan(Map.of(), "强化安全全链条监管。").get(0).isMeant(), "安全|全链条");
        assertFalse(scan(Map.of(), "推动动全镇经济发展。").get(0).isMeant(), "推动|动|全镇");
        assertFalse(scan(Map.of(), "中华人人民共和国。").get(0).isMeant(), "华人 cuts 中华");
    }

    @Test
    void aPlaceSuffixAfterAVerbIsADeletedName() {
        Facts facts = new Facts(SourceText.of("t.txt", "本人继续担任镇镇长职务。"));
        new RepeatScanner(Lexicon.of(Map.of())).extract(facts);
        assertEquals(List.of(), facts.of(Repetition.class));
        assertEquals("NAME", facts.of(io.github.gongwen.fact.Placeholder.class).get(0).getKind());
    }
}
