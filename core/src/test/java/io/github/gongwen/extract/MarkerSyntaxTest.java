package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.fact.MarkerKind;
import org.junit.jupiter.api.Test;

class MarkerSyntaxTest {
    private static MarkerSyntax.Match lineStart(String line) {
        return MarkerSyntax.heading(line, 0, true);
    }

    @Test
    void theFormAndWhetherItIsTheStandardOne() {
        MarkerSyntax.Match m = lineStart("（ 三 ）加大招商引资");
        assertEquals(MarkerKind.PAREN_CN, m.kind());
        assertEquals(3, m.ordinal());
        assertEquals("（）", m.form());
        assertTrue(m.standard());
        assertEquals("（ 三 ）", m.text("（ 三 ）加大招商引资"));
        assertFalse(lineStart("(三)加大招商引资").standard());
        assertEquals("．", lineStart("2．机关职工").form());
        assertTrue(lineStart("2．机关职工").standard());
        assertFalse(lineStart("２.机关职工").standard()); // full-width digits
        assertFalse(lineStart("2、机关职工").standard());
        assertFalse(lineStart("⑵性别结构").standard());
    }

    @Test
    void numberedLinesOnlyAtALineStart() {
        assertNull(MarkerSyntax.heading("目标一、加快发展", 2, false));
        assertEquals(MarkerKind.CN_DUN, MarkerSyntax.heading("目标一、加快发展", 2, true).kind());
        assertEquals(MarkerKind.PAREN_ARABIC, MarkerSyntax.heading("其中（2）项", 2, false).kind());
    }

    @Test
    void numbersAndCoordinatedOrdinalsAreNoMarkers() {
        assertNull(lineStart("1.5万人实现就业。"));
        assertNull(lineStart("3、4月份增长较快。"));
        assertNull(lineStart("一、二季度经济运行平稳。"));
        assertNull(lineStart("（123）号文件"));
        assertEquals(1, lineStart("一、一年来工作回顾").ordinal());
    }

    @Test
    void ambiguousLineStartsAreReadOnlyWhenAsked() {
        assertNull(lineStart("8.6个重点产业链"));
        assertEquals(8, MarkerSyntax.ambiguousHeading("8.6个重点产业链", 0).ordinal());
        assertEquals(14, MarkerSyntax.ambiguousHeading("14.2025年目标任务", 0).ordinal());
        assertEquals(1, MarkerSyntax.ambiguousHeading("一、三年来的斗争", 0).ordinal());
        assertNull(MarkerSyntax.ambiguousHeading("1.2.3版本", 0));
        assertNull(MarkerSyntax.ambiguousHeading("一、总体情况", 0)); // a plain heading
    }
}
