package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.fact.Anniversary;
import io.github.gongwen.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnniversariesTest {
    private static final Anniversaries EVENTS = new Anniversaries(
            List.<String[]>of(new String[] {"建党", "1921", "中国共产党成立"}, new String[] {"建国", "1949", ""}));

    private static List<Anniversary> find(String s) {
        Facts facts = new Facts(SourceText.of("t.txt", s));
        facts.document().setYear(2021, "title");
        EVENTS.find(facts, facts.document(), facts.source(), s, 0, null);
        return facts.of(Anniversary.class);
    }

    @Test
    void namesTheEventAndItsYear() {
        List<Anniversary> found = find("今年是建党一百周年，我们喜迎建国七十二周年");
        assertEquals(2, found.size());
        assertEquals("中国共产党成立", found.get(0).getEvent());
        assertEquals(2021, found.get(0).getImpliedYear());
        assertEquals("今年", found.get(0).getAnchor());
        assertEquals("建国", found.get(1).getEvent());
        assertEquals(2021, found.get(1).getImpliedYear());
    }

    @Test
    void aCelebrationOrTimeSinceIsNotDated() {
        assertTrue(find("在庆祝建党100周年大会上的重要讲话").isEmpty());
        assertTrue(find("建党百年以来的伟大成就").isEmpty());
    }

    @Test
    void nextFindsThePairsOnly() {
        char[] s = "今年是建党一百周年".toCharArray();
        assertEquals(7, Anniversaries.next(s, 0, s.length));
        char[] none = "全年工作顺利完成".toCharArray();
        assertEquals(none.length, Anniversaries.next(none, 0, none.length));
        assertFalse(Anniversaries.next("百年华诞".toCharArray(), 0, 4) == 4);
    }
}
