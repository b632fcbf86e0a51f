package io.github.gongwen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {
    @Test
    void controlCharactersBecomeVisibleEscapes() {
        assertEquals("a\\x1B[31mb", Printable.escape("a\u001B[31mb"));
        assertEquals("a.txt\\nb.txt:1:1  error  forged", Printable.escape("a.txt\nb.txt:1:1  error  forged"));
        assertEquals("x\\ry\\x7F\\x9B\\u202Etxt.exe", Printable.escape("x\ry\u007F\u009B\u202Etxt.exe"));
        assertEquals("\\u2028", Printable.escape("\u2028"));
    }

    @Test
    void ordinaryTextIsUnchanged() {
        String s = "全年增长X%。\t（一）“主要工作”😀";
        assertSame(s, Printable.escape(s));
        assertNull(Printable.escape(null));
    }
}
