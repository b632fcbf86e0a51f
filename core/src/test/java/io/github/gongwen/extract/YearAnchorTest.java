package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.fact.Document;
import io.github.gongwen.fact.Part;
import io.github.gongwen.fact.PartKind;
import org.junit.jupiter.api.Test;

class YearAnchorTest {
    private static Document doc(int year) {
        Document d = new Document("t.txt", 100, 3, false);
        d.setYear(year, "title");
        return d;
    }

    @Test
    void relativeWordsCountFromTheReportYear() {
        String s = "明年是全面完成规划目标任务的关键之年";
        YearAnchor a = YearAnchor.of(doc(2024), s, s.indexOf("全面"), null);
        assertEquals("明年", a.words());
        assertEquals(2025, a.from());
        assertEquals(2025, a.to());
        assertTrue(a.relative());
        assertFalse(a.byPart());
    }

    @Test
    void anExplicitYearCountsOnlyAsSubject() {
        String s = "2021年是建党100周年";
        YearAnchor a = YearAnchor.of(doc(2024), s, s.indexOf("建党"), null);
        assertEquals("2021年", a.words());
        assertEquals(2021, a.from());
        assertFalse(a.relative());
        String t = "截至2021年底建党100周年";
        assertNull(YearAnchor.of(doc(2024), t, t.indexOf("建党"), null).words());
    }

    @Test
    void aComparedYearDoesNotDate() {
        String s = "与去年相比，各项工作稳步推进";
        assertNull(YearAnchor.of(doc(2024), s, s.indexOf("各项"), null).words());
    }

    @Test
    void withoutTimeWordsThePartSays() {
        Part part = new Part(PartKind.REVIEW, "一", "一、过去一年工作回顾", 1, 0, 50, 1);
        part.setYears(2023, 2023);
        String s = "全面推进各项改革";
        YearAnchor a = YearAnchor.of(doc(2024), s, 2, part);
        assertEquals("回顾部分", a.words());
        assertEquals(2023, a.from());
        assertTrue(a.byPart());
        assertTrue(YearAnchor.of(doc(2024), s, 2, null).byPart());
    }
}
