package io.github.gongwen.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GlobTest {
    @Test
    void starsStayInOneNameAndDoubleStarsCrossDirectories() {
        Glob g = Glob.of("reports/**/*.txt");
        assertTrue(g.matches("reports/a.txt"));
        assertTrue(g.matches("reports/2024/q1/a.txt"));
        assertFalse(g.matches("other/reports/a.txt"));
        assertFalse(g.matches("reports/a.md"));
        assertFalse(Glob.of("reports/*.txt").matches("reports/2024/a.txt"));
        assertTrue(Glob.of("reports/?.txt").matches("reports/a.txt"));
        assertTrue(Glob.of("reports/**").matches("reports/x/y.md"));
    }

    @Test
    void aPatternWithoutSlashMatchesANameAnywhere() {
        assertTrue(Glob.of("*.md").matches("a.md"));
        assertTrue(Glob.of("*.md").matches("x/y/a.md"));
        assertTrue(Glob.of("草稿*.txt").matches("2024/草稿-一.txt"));
        assertFalse(Glob.of("/*.md").matches("x/a.md"), "a leading / anchors the pattern");
    }

    @Test
    void aTrailingSlashMeansEverythingBelow() {
        assertTrue(Glob.of("drafts/").matches("drafts/a.txt"));
        assertTrue(Glob.of("drafts/").matches("x/drafts/b/a.txt"));
        assertFalse(Glob.of("drafts/").matches("drafts.txt"));
        assertTrue(Glob.of("./old/2019/").matches("old/2019/a.txt"));
        assertFalse(Glob.of("./old/2019/").matches("x/old/2019/a.txt"));
    }

    @Test
    void bracesGiveAlternatives() {
        Glob g = Glob.of("*.{txt,md}");
        assertTrue(g.matches("a.txt"));
        assertTrue(g.matches("b/a.md"));
        assertFalse(g.matches("a.docx"));
        assertThrows(IllegalArgumentException.class, () -> Glob.of("a{b"));
        assertThrows(IllegalArgumentException.class, () -> Glob.of("a{b,{c}}"));
        assertThrows(IllegalArgumentException.class, () -> Glob.of("a}b"));
        assertThrows(IllegalArgumentException.class, () -> Glob.of("  "));
    }

    @Test
    void pathsAreTakenRelativeToTheBase() {
        Path base = Path.of("office").toAbsolutePath();
        assertEquals("reports/a.txt", Glob.relative(base, base.resolve("reports/./a.txt")));
        assertEquals("../x.txt", Glob.relative(base, base.resolveSibling("x.txt")));
        assertTrue(Glob.of("reports/*.txt").matches(base, base.resolve("reports/a.txt")));
    }

    @Test
    void manyStarsOnALongNameTakeLinearTime() {
        Glob g = Glob.of("*a*a*a*a*a*a*a*a*a*b.txt");
        long t = System.nanoTime();
        assertFalse(g.matches("reports/" + "a".repeat(60) + ".txt"));
        assertTrue(g.matches("reports/" + "a".repeat(60) + "b.txt"));
        assertFalse(Glob.of("**/**/**/**/**/**/x").matches("a/".repeat(200) + "y"));
        long ms = (System.nanoTime() - t) / 1_000_000;
        assertTrue(ms < 1_000, ms + " ms");
    }

    @Test
    void doubleStarsMatchAsBefore() {
        assertTrue(Glob.of("a/**/b").matches("a/b"));
        assertTrue(Glob.of("a/**/b").matches("a/x/y/b"));
        assertFalse(Glob.of("a/**/b").matches("a/xb"));
        assertTrue(Glob.of("a**b").matches("axxb"));
        assertFalse(Glob.of("a**b").matches("ax/xb"));
        assertTrue(Glob.of("{a,b}/{c,d}.txt").matches("b/c.txt"));
        assertFalse(Glob.of("/x.txt").matches("y/x.txt"));
        assertTrue(Glob.of("{}x").matches("x"));
    }
}
