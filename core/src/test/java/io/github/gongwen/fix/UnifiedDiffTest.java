package io.github.gongwen.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
    @Test
    void hunksWithThreeLinesOfContextMergedWhenClose() {
        String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n";
        String b = a.replaceFirst("(?m)^2$", "二").replaceFirst("(?m)^5$", "五").replaceFirst("(?m)^15$", "十五");
        assertEquals("""
                --- a/x
                +++ b/x
                @@ -1,8 +1,8 @@
                 1
                -2
                +二
                 3
                 4
                -5
                +五
                 6
                 7
                 8
                @@ -12,5 +12,5 @@
                 12
                 13
                 14
                -15
                +十五
                 16
                """, UnifiedDiff.of("a/x", "b/x", a, b));
        assertEquals("", UnifiedDiff.of("a/x", "b/x", a, a));
    }

    @Test
    void linesAddedAndRemovedAndCrlf() {
        assertEquals("--- a\n+++ b\n@@ -1,2 +1,3 @@\n 甲\n+乙\n 丙\n", UnifiedDiff.of("a", "b", "甲\r\n丙\r\n", "甲\r\n乙\r\n丙\r\n"));
        assertEquals("--- a\n+++ b\n@@ -1,2 +1 @@\n 甲\n-丙\n", UnifiedDiff.of("a", "b", "甲\n丙\n", "甲\n"));
    }
}
