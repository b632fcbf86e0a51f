package io.github.gongwen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineIndexTest {
    @Test
    void linesAndColumnsAreOneBasedInCharacters() {
        LineIndex li = new LineIndex("一、总结\n（一）成绩\n\n末行");
        assertEquals(4, li.lineCount());
        assertEquals(1, li.line(0));
        assertEquals(1, li.column(0));
        assertEquals(2, li.line(5));
        assertEquals(1, li.column(5));
        assertEquals(4, li.column(8));
        assertEquals("（一）成绩", li.lineText(2));
        assertEquals("", li.lineText(3));
        assertEquals("末行", li.lineText(4));
        assertEquals(2, li.column(li.lineStart(4) + 1));
    }
}
