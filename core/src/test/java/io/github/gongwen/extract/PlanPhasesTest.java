package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.fact.PlanPeriod;
import io.github.gongwen.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanPhasesTest {
    private static final PlanPhases PLANS = new PlanPhases(
            List.<String[]>of(new String[] {"十三五", "2016", "2020"}, new String[] {"十四五", "2021", "2025"}),
            List.<String[]>of(new String[] {"开局之年|第一年", "1", "1"}, new String[] {"收官之年", "5", "5"}));

    private static List<PlanPeriod> find(String s) {
        Facts facts = new Facts(SourceText.of("t.txt", s));
        facts.document().setYear(2024, "title");
        PLANS.find(facts, facts.document(), facts.source(), s, 0, null);
        return facts.of(PlanPeriod.class);
    }

    @Test
    void aPhaseSaidOfAYearImpliesItsYears() {
        List<PlanPeriod> found = find("2021年是“十四五”开局之年");
        assertEquals(1, found.size());
        assertEquals("十四五", found.get(0).getPlan());
        assertEquals(2021, found.get(0).getImpliedFrom());
        assertEquals(2021, found.get(0).getImpliedTo());
        assertEquals(2020, find("今年是“十三五”收官之年").get(0).getImpliedFrom());
    }

    @Test
    void aPlanBeingPreparedImpliesTheYearBefore() {
        assertEquals(2020, find("今年要编制好“十四五”开局之年的各项计划").get(0).getImpliedFrom());
    }

    @Test
    void noTimeWordsNoPhase() {
        assertTrue(find("“十四五”开局之年各项工作扎实推进").isEmpty());
        assertTrue(find("今年是“十四五”规划实施的重要一年").isEmpty());
    }

    @Test
    void nextFindsANameOrAnOrdinal() {
        char[] s = "实施第十四个五年规划".toCharArray();
        assertEquals(5, PLANS.next(s, 0, s.length));
        char[] q = "落实“十四五”规划".toCharArray();
        assertEquals(5, PLANS.next(q, 0, q.length));
        char[] none = "五年来成绩显著".toCharArray();
        assertEquals(none.length, PLANS.next(none, 0, none.length));
    }
}
