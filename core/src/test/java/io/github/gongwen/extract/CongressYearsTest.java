package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CongressYearsTest {
    private static YearEvidence.Evidence find(String t) {
        return CongressYears.find(t, t.toCharArray(), 0);
    }

    @Test
    void carryingOutACongressDatesTheFiveYearsAfter() {
        YearEvidence.Evidence e = find("全面贯彻党的十九大精神，扎实推进各项工作");
        assertEquals(2017, e.from());
        assertEquals(2022, e.to());
        assertEquals("贯彻党的十九大精神", e.what());
        assertEquals(2022, find("深入学习贯彻党的二十大精神").from());
    }

    @Test
    void aCongressAboutToOpenOrRecalledDoesNot() {
        assertNull(find("以优异成绩迎接党的十九大召开"));
        assertNull(find("贯彻党的十八大以来的方针"));
        assertNull(find("推进重大项目建设，扩大有效投资"));
    }

    @Test
    void readsTheParagraphWhereItStands() {
        String doc = "标题\n贯彻党的十七大精神";
        YearEvidence.Evidence e = CongressYears.find("贯彻党的十七大精神", doc.toCharArray(), 3);
        assertEquals(2007, e.from());
    }
}
