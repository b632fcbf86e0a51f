package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FigureContextTest {
    @Test
    void aUnitMayLackItsNumberOnlyAfterWords() {
        String t = "实现生产总值亿元，共有3亿元，近亿元";
        assertTrue(FigureContext.candidate(t, t.indexOf("亿元"), "亿元"));
        assertFalse(FigureContext.candidate(t, t.indexOf("3亿元") + 1, "亿元"));
        assertFalse(FigureContext.candidate("增长X%", 3, "%"));
        assertFalse(FigureContext.candidate("完成2024\n年", 7, "年"));
        assertTrue(FigureContext.candidate("工作总结\n年", 5, "年"));
    }

    @Test
    void readsUnitLabelsAndTitles() {
        String t = "单位：亿元、%\n占总收入的%";
        assertTrue(FigureContext.unitLabel(t, t.indexOf('%')));
        assertFalse(FigureContext.unitLabel(t, t.lastIndexOf('%')));
        String titled = "某乡镇年工作总结\n一年来，我们扎实推进各项工作。";
        assertTrue(FigureContext.inTitle(titled, 3));
        assertFalse(FigureContext.inTitle(titled, titled.indexOf("一年来") + 1));
        assertTrue(FigureContext.endsClause("发展党员名。", 5));
        assertFalse(FigureContext.endsClause("发展党员名单", 5));
    }
}
