package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.fact.StalePhrase;
import io.github.gongwen.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class StalePhrasesTest {
    private static final StalePhrases PHRASES = new StalePhrases(List.<String[]>of(
            new String[] {"三严三实", "2015", "any", "2015年的专题教育", ""},
            new String[] {"两学一做", "2017", "any", "2016—2017年的学习教育", ""},
            new String[] {"动态清零", "2022", "any", "疫情防控", "疫情|防控"}));

    private static List<StalePhrase> find(String s) {
        Facts facts = new Facts(SourceText.of("t.txt", s));
        facts.document().setYear(2024, "title");
        PHRASES.find(facts, facts.document(), facts.source(), s, 0, null);
        return facts.of(StalePhrase.class);
    }

    @Test
    void aPhraseOfTheDayIsDated() {
        List<StalePhrase> found = find("今年要深入开展“三严三实”专题教育");
        assertEquals(1, found.size());
        assertEquals(2015, found.get(0).getLastYear());
        assertEquals("今年", found.get(0).getAnchor());
    }

    @Test
    void aRecalledPhraseIsNot() {
        assertTrue(find("今年要巩固“三严三实”专题教育成果").isEmpty());
        assertTrue(find("今年，回顾“三严三实”专题教育").isEmpty());
        assertTrue(StalePhrases.recalled("党的十八大以来，开展三严三实", 10, 14));
        assertFalse(StalePhrases.recalled("今年开展三严三实", 4, 8));
    }

    @Test
    void phrasesOfSeveralPeriodsTellAHistory() {
        assertTrue(find("今年先后开展“三严三实”专题教育、“两学一做”学习教育").isEmpty());
    }

    @Test
    void contextWordsGiveTheDatedSense() {
        assertEquals(1, find("今年坚持疫情防控动态清零").size());
        assertTrue(find("今年实现零就业家庭动态清零").isEmpty());
    }

    @Test
    void nextIsPastTheEndWhenAskedThere() {
        char[] s = "今年开展三严三实".toCharArray();
        assertEquals(4, PHRASES.next(s, 0, s.length));
        assertEquals(s.length + 1, new StalePhrases(List.of()).next(s, s.length + 1, s.length));
    }
}
