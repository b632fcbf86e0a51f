package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.gongwen.fact.EnumItem;
import io.github.gongwen.text.SourceText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnumerationGroupsTest {
    private List<EnumItem> made;

    private List<EnumItem> grouped(String... lines) {
        SourceText src = SourceText.of("t.txt", String.join("\n", lines));
        OutlineLines outline = OutlineLines.read(src);
        InlineItems.Found found = new InlineItems(Map.of("首先", 1)).scan(outline.lines(), src.text().toCharArray());
        made = EnumerationGroups.group(found.items(), outline.headings(), outline.annexStarts(), new GroupIds(),
                found.standIns());
        return found.items();
    }

    @Test
    void consecutiveItemsFormAGroup() {
        List<EnumItem> es = grouped("一是加强学习；二是改进作风。", "三是强化落实。");
        assertNull(es.get(0).getPrevious());
        assertSame(es.get(0), es.get(1).getPrevious());
        assertSame(es.get(1), es.get(2).getPrevious());
        assertEquals(es.get(0).getGroup(), es.get(2).getGroup());
    }

    @Test
    void aFirstOpensANestedGroupAndTheNextNumberClosesIt() {
        List<EnumItem> es = grouped("七是稳就业：一是扩岗位；二是强培训。八是保民生。");
        assertNull(es.get(1).getPrevious());
        assertNotEquals(es.get(0).getGroup(), es.get(1).getGroup());
        assertSame(es.get(0), es.get(3).getPrevious());
    }

    @Test
    void aHeadingClosesTheOpenGroups() {
        List<EnumItem> es = grouped("一是加强学习。", "（一）主要措施", "一是改进作风。");
        assertNotEquals(es.get(0).getGroup(), es.get(1).getGroup());
    }

    @Test
    void aWordStandsForTheFirstNumberWhereTheNumberingNeedsIt() {
        List<EnumItem> es = grouped("首先，加强学习；二是改进作风。");
        assertEquals(1, made.size());
        EnumItem first = made.get(0);
        assertEquals("首先", first.getText());
        assertEquals(1, first.getOrdinal());
        assertSame(first, es.get(0).getPrevious());
    }
}
