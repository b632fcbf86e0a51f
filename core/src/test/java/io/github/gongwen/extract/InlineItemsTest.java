package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.fact.EnumItem;
import io.github.gongwen.fact.MarkerKind;
import io.github.gongwen.text.SourceText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InlineItemsTest {
    private static final Map<String, Integer> WORDS = new LinkedHashMap<>(Map.of("首先", 1));

    private static InlineItems.Found scan(String... lines) {
        SourceText src = SourceText.of("t.txt", String.join("\n", lines));
        return new InlineItems(WORDS).scan(OutlineLines.read(src).lines(), src.text().toCharArray());
    }

    private static List<String> texts(InlineItems.Found found) {
        return found.items().stream().map(EnumItem::getText).toList();
    }

    @Test
    void itemsAtClauseStarts() {
        InlineItems.Found found = scan("我们要做到：一是加强学习；二是改进作风。");
        assertEquals(List.of("一是", "二是"), texts(found));
        assertEquals(List.of(MarkerKind.ENUM_SHI, MarkerKind.ENUM_SHI), found.items().stream().map(EnumItem::getKind).toList());
        assertEquals(List.of(), texts(scan("坚持全国一盘棋，统一是基础。")));
    }

    @Test
    void aBracketedNumberIsAnItemOnlyBeforeText() {
        assertEquals(List.of("（1）"), texts(scan("主要指标如下：（1）加快建设；（2）。")));
    }

    @Test
    void theHeadingMarkerOfALineIsNoItem() {
        InlineItems.Found found = scan("（一）加强学习，第一，提高认识。");
        assertEquals(List.of("第一，"), texts(found));
        assertFalse(found.items().get(0).isLineStart());
    }

    @Test
    void itemsAfterASentenceEndAreNoted() {
        InlineItems.Found found = scan("工作有序推进。（一）加强学习，主要是：（二）改进作风");
        assertEquals(List.of("（一）", "（二）"), texts(found));
        assertTrue(found.afterSentence().contains(found.items().get(0)));
        assertFalse(found.afterSentence().contains(found.items().get(1)));
    }

    @Test
    void wordsThatMayStandForNumbers() {
        InlineItems.Found found = scan("首先，加强学习。");
        assertEquals(List.of(), found.items());
        assertEquals(1, found.standIns().size());
        assertEquals("首先", found.standIns().get(0).word());
        assertEquals(1, found.standIns().get(0).ordinal());
        assertTrue(found.standIns().get(0).lineStart());
    }
}
