package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.fact.Paragraph;
import io.github.gongwen.fact.YearConflict;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {
    /** The conflicts of a text whose first line is its title. */
    private static List<YearConflict> check(String... lines) {
        String text = String.join("\n", lines);
        Facts facts = new Facts(SourceText.of("t.txt", text));
        List<Paragraph> paragraphs = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < lines.length; i++) {
            paragraphs.add(new Paragraph(i + 1, at, at + lines[i].length(), lines[i], false));
            at += lines[i].length() + 1;
        }
        ReportPeriod.check(facts, facts.source(), paragraphs, paragraphs.subList(0, 1));
        return facts.of(YearConflict.class);
    }

    @Test
    void aYearSummaryThatReportsTheFirstHalfOnly() {
        List<YearConflict> found = check("某镇2023年工作总结", "上半年，全镇经济平稳运行。", "上半年共完成投资3亿元。");
        assertEquals(1, found.size());
        assertEquals(YearConflict.Kind.PERIOD, found.get(0).getKind());
        assertTrue(check("某镇2023年工作总结", "上半年，全镇经济平稳运行。", "全年完成投资6亿元。").isEmpty());
        assertTrue(check("某镇2023年工作总结", "上半年，全镇经济平稳运行。").isEmpty());
    }

    @Test
    void aHalfYearSummaryThatSpeaksOfAYear() {
        List<YearConflict> found = check("某镇2023年上半年工作总结", "一年来，全镇经济平稳运行。");
        assertEquals(1, found.size());
        assertEquals("一年来", found.get(0).getText());
        assertTrue(check("某镇2023年上半年工作总结", "上半年，全镇经济平稳运行。").isEmpty());
    }
}
