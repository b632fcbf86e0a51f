package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongwen.fact.Heading;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnexPartsTest {
    private final List<Integer> splits = new ArrayList<>();

    private List<List<String>> split(String... lines) {
        OutlineLines outline = OutlineLines.read(SourceText.of("t.txt", String.join("\n", lines)));
        return AnnexParts.split(outline.headings(), outline.annexStarts(), splits).stream()
                .map(part -> part.stream().map(Heading::getText).toList())
                .toList();
    }

    @Test
    void anAnnexWhoseNumberingStartsAgainHasAnOutlineOfItsOwn() {
        assertEquals(List.of(List.of("一、", "二、"), List.of("一、")),
                split("一、总体情况", "二、主要措施", "附件1", "一、名词解释"));
        assertEquals(List.of("一、总体情况\n二、主要措施\n".length()), splits);
    }

    @Test
    void aNoteWhoseRowsTheReportGoesOnAfterDoesNotSplit() {
        assertEquals(List.of(List.of("一、", "二、", "1.", "2.", "三、")),
                split("一、总体情况", "二、主要指标", "附：统计表", "1.地区生产总值", "2.财政收入", "三、主要措施"));
        assertEquals(List.of(), splits);
    }

    @Test
    void anAnnexWithoutNumberedHeadingsDoesNotSplit() {
        assertEquals(List.of(List.of("一、")), split("一、总体情况", "附件", "重点工作分工表"));
    }
}
