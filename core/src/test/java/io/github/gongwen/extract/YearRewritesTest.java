package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.fact.Paragraph;
import io.github.gongwen.fact.YearConflict;
import io.github.gongwen.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearRewritesTest {
    private static List<YearConflict> find(String text) {
        Facts facts = new Facts(SourceText.of("t.txt", text));
        Paragraph p = new Paragraph(1, 0, text.length(), text, false);
        int[] years = YearRewrites.yearStarts(facts.chars(), 0, text.length());
        for (int k = 0; k < years.length; k++) {
            YearRewrites.find(facts, facts.source(), p, years, k);
        }
        return facts.of(YearConflict.class);
    }

    @Test
    void findsTheYearsWrittenInFigures() {
        char[] s = "2023年和1998 年，不是12023年、3.2024年或2023".toCharArray();
        assertArrayEquals(new int[] {0, 6}, YearRewrites.yearStarts(s, 0, s.length));
        assertArrayEquals(new int[] {6}, YearRewrites.yearStarts(s, 5, s.length));
    }

    @Test
    void aSummaryAndAPlanOfTheSameYear() {
        List<YearConflict> found = find("某镇2023年度工作总结及2023年工作计划");
        assertEquals(1, found.size());
        assertEquals(YearConflict.Kind.REWRITE, found.get(0).getKind());
        assertTrue(find("某镇2023年工作总结及2024年工作计划").isEmpty());
        assertTrue(find("某镇2023年上半年工作总结及2023年下半年工作计划").isEmpty());
    }

    @Test
    void aChangeFromAYearToTheSameYear() {
        List<YearConflict> found = find("农民人均收入由2020年的1.2万元提高到2020年的1.5万元");
        assertEquals(1, found.size());
        assertTrue(found.get(0).getText().startsWith("由2020年"));
        assertTrue(find("农民人均收入由2020年的1.2万元提高到2023年的1.5万元").isEmpty());
    }
}
