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
        assertThrows(IllegalArgumentException.class, () -> Glob.of("  "));
    }

    @Test
    void pathsAreTakenRelativeToTheBase() {
        Path base = Path.of("office").toAbsolutePath();
        assertEquals("reports/a.txt", Glob.relative(base, base.resolve("reports/./a.txt")));
        assertEquals("../x.txt", Glob.relative(base, base.resolveSibling("x.txt")));
        assertTrue(Glob.of("reports/*.txt").matches(base, base.resolve("reports/a.txt")));
    }
}
