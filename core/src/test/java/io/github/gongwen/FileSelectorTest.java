package io.github.gongwen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSelectorTest {
    @Test
    void patternsOfTheConfigurationDialect() {
        FileSelector s = new FileSelector(List.of("**/*.txt", "docs/?.md"), List.of("drafts/", "**/old-*"), List.of());
        assertTrue(s.matches("a.txt"));
        assertTrue(s.matches("2024/q1/a.txt"));
        assertTrue(s.matches("docs/a.md"));
        assertFalse(s.matches("docs/ab.md"));
        assertFalse(s.matches("x/docs/a.md"));
        assertFalse(s.matches("a.txt.bak"));
        assertFalse(s.matches("drafts/a.txt"));
        assertFalse(s.matches("drafts/deep/a.txt"));
        assertFalse(s.matches("x/drafts/a.txt"), "as in .gitignore, drafts/ names a directory at any depth");
        assertFalse(s.matches("2024/old-a.txt"));
        assertTrue(s.matches("2024\\q1\\a.txt"));
        assertTrue(new FileSelector(List.of("reports/**"), List.of(), List.of()).matches("reports/a/b.md"));
        assertTrue(new FileSelector(List.of("*.txt"), List.of(), List.of()).matches("a/b.txt"),
                "*.txt means a .txt file in any directory, as in gongwen.yaml");
        assertFalse(new FileSelector(List.of("/*.txt"), List.of(), List.of()).matches("a/b.txt"));
        assertTrue(new FileSelector(List.of("**/*.{txt,md}"), List.of(), List.of()).matches("a/b.md"));
    }

    @Test
    void collectsRelativeToTheBaseSkippingExcludedDirectories(@TempDir Path dir) throws IOException {
        for (String f : List.of("r/a.txt", "r/b.md", "r/c.docx", "r/sub/d.txt", "r/target/e.txt", "r/.git/f.txt", "s/g.txt")) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
        FileSelector s = new FileSelector(List.of("**/*.txt", "**/*.md"), List.of(), List.of(dir.resolve("r/target")));
        ReportFiles.Listing l = s.collect(dir, List.of(dir.resolve("r"), dir.resolve("s/g.txt"), dir.resolve("missing")));
        assertEquals(List.of("r/a.txt", "r/b.md", "r/sub/d.txt", "s/g.txt"),
                l.files().stream().map(ReportFiles.Entry::name).toList());
        assertEquals(List.of("missing"), l.errors().stream().map(FileResult::path).toList());
    }

    @Test
    void noIncludesMeansTheDefaultFileTypes() {
        FileSelector s = new FileSelector(List.of(), List.of("old/"), List.of());
        assertTrue(s.matches("a.txt"));
        assertTrue(s.matches("b/c.md"));
        assertTrue(s.matches("b/c.docx"));
        assertFalse(s.matches("b/c.pdf"));
        assertFalse(s.matches("b/~$c.docx"), "Word's lock file");
        assertFalse(s.matches("old/a.txt"));
    }

    @Test
    void namesOutsideTheBaseAreAbsolute(@TempDir Path dir) {
        Path base = dir.resolve("project");
        assertEquals("a/b.txt", FileSelector.name(base, base.resolve("a/b.txt")));
        assertEquals(dir.resolve("other.txt").toString().replace('\\', '/'),
                FileSelector.name(base, dir.resolve("other.txt")));
    }

    @Test
    void manyStarsOnALongNameDoNotHangTheWalk() {
        FileSelector s = new FileSelector(List.of("**/*.txt"), List.of("*a*a*a*a*a*a*a*a*a*b.txt"), List.of());
        long t = System.nanoTime();
        assertTrue(s.matches("a".repeat(60) + ".txt"));
        assertFalse(s.matches("a".repeat(60) + "b.txt"));
        assertTrue((System.nanoTime() - t) / 1_000_000 < 1_000);
    }

    @Test
    void aSymbolicallyLinkedFolderIsWalkedAndALinkOutOfItIsReported(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("a.txt"), "x");
        Path outside = Files.writeString(dir.resolve("secret.txt"), "x");
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link"), real);
            Files.createSymbolicLink(real.resolve("leak.txt"), outside);
            Files.createSymbolicLink(real.resolve("loop"), real);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system
        }
        ReportFiles.Listing l = ReportFiles.collect(List.of(link));
        assertEquals(List.of(link.resolve("a.txt").toString().replace('\\', '/')),
                l.files().stream().map(ReportFiles.Entry::name).toList());
        assertEquals(2, l.errors().size(), l.errors().toString());
        assertTrue(l.errors().stream().anyMatch(e -> e.path().endsWith("leak.txt")), l.errors().toString());
    }

    @Test
    void aSpecialFileNamedAsARootIsNotRead() {
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            ReportFiles.Listing l = ReportFiles.collect(List.of(zero));
            assertEquals(List.of(), l.files());
            assertTrue(l.errors().get(0).error().startsWith("not a regular file"), l.errors().toString());
        }
    }
}
