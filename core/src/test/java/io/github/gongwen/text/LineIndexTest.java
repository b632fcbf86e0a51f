package io.github.gongwen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void columnsCountCodePointsAsBefore() {
        String text = "a😀b\n😀😀x\uD800y\n" + "\uDC00z";
        LineIndex li = new LineIndex(text);
        for (int i = 0; i <= text.length(); i++) {
            int start = li.lineStart(li.line(i));
            assertEquals(text.codePointCount(start, i) + 1, li.column(i), "offset " + i);
        }
    }

    @Test
    void aColumnOnAVeryLongLineCostsNoScanFromTheLineStart() {
        String line = "全".repeat(4_000_000) + "😀" + "年".repeat(1_000_000);
        LineIndex li = new LineIndex(line);
        long t = System.nanoTime();
        long sum = 0;
        for (int i = 0; i < line.length(); i += 97) { // 50,000 findings along the line
            sum += li.column(i);
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        assertEquals(4_000_002, li.column(4_000_002));
        assertEquals(4_000_002, li.column(4_000_001), "inside the pair: the first unit counts alone");
        assertTrue(sum > 0);
        assertTrue(ms < 2_000, ms + " ms for 50,000 columns: a scan per finding");
    }
}
