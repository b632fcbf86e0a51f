package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.fact.Paragraph;
import io.github.gongwen.fact.Part;
import io.github.gongwen.fact.PartKind;
import io.github.gongwen.fact.YearMention;
import io.github.gongwen.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearOpeningsTest {
    private static final String TEXT = "一、2023年工作回顾\n2023年，全镇经济平稳运行。\n2023年，各项改革稳步推进。";

    @Test
    void readsTheYearsThatOpenAPart() {
        Facts facts = new Facts(SourceText.of("t.txt", TEXT));
        facts.document().setYear(2023, "title");
        Part part = new Part(PartKind.REVIEW, "一", "一、2023年工作回顾", 1, 0, TEXT.length(), 1);
        part.setYears(2023, 2023);
        int second = TEXT.indexOf('\n') + 1;
        int third = TEXT.indexOf('\n', second) + 1;
        Paragraph heading = new Paragraph(1, 0, second - 1, "一、2023年工作回顾", true);
        Paragraph first = new Paragraph(2, second, third - 1, TEXT.substring(second, third - 1), false);
        Paragraph next = new Paragraph(3, third, TEXT.length(), TEXT.substring(third), false);
        List<Paragraph> paragraphs = List.of(heading, first, next);
        YearOpenings.heading(facts, facts.source(), part);
        YearOpenings.statement(facts, facts.source(), paragraphs, first, part);
        YearOpenings.statement(facts, facts.source(), paragraphs, next, part);
        List<YearMention> found = facts.of(YearMention.class);
        assertEquals(2, found.size(), found.toString());
        assertEquals(YearMention.Role.HEADING, found.get(0).getRole());
        assertEquals(2, found.get(0).getStart());
        assertEquals(YearMention.Role.STATEMENT, found.get(1).getRole());
        assertEquals(second, found.get(1).getStart());
        assertEquals(2023, found.get(1).getYear());
    }

    @Test
    void aStatementOpensAnyParagraph() {
        String text = "2024年是全面实施规划的关键一年。";
        Facts facts = new Facts(SourceText.of("t.txt", text));
        facts.document().setYear(2024, "title");
        Part part = new Part(PartKind.PLAN, "二", "二、2024年工作安排", 1, 0, text.length(), 1);
        part.setYears(2024, 2024);
        Paragraph p = new Paragraph(1, 0, text.length(), text, false);
        YearOpenings.statement(facts, facts.source(), List.of(p), p, part);
        assertEquals(1, facts.of(YearMention.class).size());
        assertTrue(facts.of(YearMention.class).get(0).getText().equals("2024年"));
    }
}
