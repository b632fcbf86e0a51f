package io.github.gongwen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
    @Test
    void aRangeCoversItsLinesUpToTheEnable() {
        Suppressions s = Suppressions.parse("""
                一、主要工作
                <!-- gongwen-disable placeholder -->
                全年增长X%。
                <!-- gongwen-enable -->
                新增XX人。
                """);
        assertFalse(s.suppresses("placeholder", "PLACEHOLDER", 1));
        assertTrue(s.suppresses("placeholder", "PLACEHOLDER", 3));
        assertFalse(s.suppresses("residue", "RESIDUE", 3));
        assertFalse(s.suppresses("placeholder", "PLACEHOLDER", 5));
        assertFalse(s.suppresses("placeholder", "PLACEHOLDER", 0), "document-level findings need disable-file");
    }

    @Test
    void categoriesAndIdsWithIdsWinning() {
        Suppressions s = Suppressions.parse("""
                %% gongwen-disable NUM_STYLE, placeholder
                %% gongwen-enable marker-form
                （一）a
                %% gongwen-enable
                （二）b
                """);
        assertTrue(s.suppresses("buried-heading", "NUM_STYLE", 3));
        assertFalse(s.suppresses("marker-form", "NUM_STYLE", 3));
        assertTrue(s.suppresses("placeholder", "PLACEHOLDER", 3));
        assertFalse(s.suppresses("buried-heading", "NUM_STYLE", 5));
    }

    @Test
    void disableAllThenEnableOne() {
        Suppressions s = Suppressions.parse("<!-- gongwen-disable -->\n<!-- gongwen-enable residue -->\na\n");
        assertTrue(s.suppresses("placeholder", "PLACEHOLDER", 3));
        assertFalse(s.suppresses("residue", "RESIDUE", 3));
    }

    @Test
    void nextLineSkipsBlankAndDirectiveLines() {
        Suppressions s = Suppressions.parse("""
                %% gongwen-disable-next-line placeholder -- 模板说明，保留 XX
                <!-- gongwen-disable-next-line RESIDUE -->

                XX镇下载自某网站。
                XX镇
                """);
        assertTrue(s.suppresses("placeholder", "PLACEHOLDER", 4));
        assertTrue(s.suppresses("residue", "RESIDUE", 4));
        assertFalse(s.suppresses("placeholder", "PLACEHOLDER", 5));
        assertFalse(s.suppresses("模板说明", "x", 4), "text after -- is a reason, not rule names");
    }

    @Test
    void aNextLineDirectiveWithoutNamesCoversEveryRule() {
        Suppressions s = Suppressions.parse("<!-- gongwen-disable-next-line -->\nXX\nXX\n");
        assertTrue(s.suppresses("anything", "ANY", 2));
        assertFalse(s.suppresses("anything", "ANY", 3));
    }

    @Test
    void disableFileCoversTheDocumentLevel() {
        Suppressions s = Suppressions.parse("正文\n<!-- gongwen-disable-file required-sections -->\n");
        assertTrue(s.suppresses("required-sections", "STRUCTURE", 0));
        assertTrue(s.suppresses("required-sections", "STRUCTURE", 1));
        assertFalse(s.suppresses("placeholder", "PLACEHOLDER", 0));
    }

    @Test
    void directivesAreMaskedWithoutMovingAnything() {
        String text = "标题\n全年增长X%。<!-- gongwen-disable placeholder -->\n　%% gongwen-enable\n尾";
        Suppressions s = Suppressions.parse(text);
        String masked = s.masked();
        assertEquals(text.length(), masked.length());
        assertEquals("标题\n全年增长X%。" + " ".repeat("<!-- gongwen-disable placeholder -->".length()) + "\n" + " ".repeat("　%% gongwen-enable".length()) + "\n尾", masked);
        assertTrue(s.suppresses("placeholder", "PLACEHOLDER", 2), "a disable covers its own line");
        assertTrue(s.suppresses("placeholder", "PLACEHOLDER", 3), "an enable covers its own line");
        assertFalse(s.suppresses("placeholder", "PLACEHOLDER", 4));
    }

    @Test
    void textWithoutDirectivesIsLeftAlone() {
        String text = "<!-- 普通注释 -->\n%% 说明\n<!-- gongwen-disabled x -->\n";
        Suppressions s = Suppressions.parse(text);
        assertFalse(s.any());
        assertSame(text, s.masked());
        assertFalse(s.suppresses("x", "X", 3));
    }

    @Test
    void namesAreKeptWithTheirPlaceForChecking() {
        String text = "一、概况\n%% gongwen-disable-next-line placeholdr, NUM_GAP -- 模板原文\n<!-- gongwen-disable residue -->\n";
        Suppressions s = Suppressions.parse(text);
        List<String> names = s.names().stream()
                .map(n -> n.name() + "@" + n.line() + "=" + text.substring(n.start(), n.end())).toList();
        assertEquals(List.of("placeholdr@2=placeholdr", "NUM_GAP@2=NUM_GAP", "residue@3=residue"), names);
        assertEquals(List.of(), Suppressions.parse("一、概况\n全年完成投资。\n").names());
    }
}
