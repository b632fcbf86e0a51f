package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.fact.EnumItem;
import io.github.gongwen.fact.Heading;
import io.github.gongwen.text.SourceText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuriedHeadingsTest {
    private static InlineItems.Found found;

    private static List<Heading> promote(String... lines) {
        SourceText src = SourceText.of("t.txt", String.join("\n", lines));
        OutlineLines outline = OutlineLines.read(src);
        found = new InlineItems(Map.of()).scan(outline.lines(), src.text().toCharArray());
        return BuriedHeadings.promote(found, outline.headings(), outline.annexStarts(), src);
    }

    @Test
    void anItemAfterASentenceThatContinuesTheHeadingLinesIsAHeading() {
        List<Heading> buried = promote(
                "（一）加强学习",
                "全年组织学习十二次。（二）改进作风：深入基层调研。",
                "（三）强化落实");
        assertEquals(1, buried.size());
        Heading h = buried.get(0);
        assertEquals("（二）", h.getText());
        assertEquals("改进作风", h.getTitle());
        assertTrue(h.isInline());
        assertEquals(List.of(), found.items()); // no longer an item
    }

    @Test
    void aHigherHeadingOrAnAnnexInBetweenKeepsItAnItem() {
        assertEquals(List.of(), promote(
                "（一）加强学习",
                "二、主要措施",
                "全年组织学习十二次。（二）改进作风。"));
        assertEquals(List.of(), promote(
                "（一）加强学习",
                "附件",
                "全年组织学习十二次。（二）改进作风。"));
    }

    @Test
    void circledNumbersAndItemsInsideASentenceStayItems() {
        assertEquals(List.of(), promote(
                "①加强学习",
                "全年组织学习。②改进作风。"));
        assertEquals(List.of(), promote(
                "（一）加强学习",
                "重点是：（二）改进作风。"));
        assertEquals(List.of("（二）"), found.items().stream().map(EnumItem::getText).toList());
    }
}
