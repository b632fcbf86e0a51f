package io.github.gongwen.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPathsTest {
    @TempDir
    Path dir;

    @Test
    void anOutputThatIsAnInputOrInsideACheckedFolderIsAConflict() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path report = Files.writeString(reports.resolve("a.txt"), "x");
        assertEquals(report, OutputPaths.conflict(report, List.of(report)));
        assertEquals(report, OutputPaths.conflict(dir.resolve("reports/../reports/a.txt"), List.of(report)));
        assertEquals(reports, OutputPaths.conflict(reports.resolve("out/findings.json"), List.of(reports)));
        assertNull(OutputPaths.conflict(dir.resolve("findings.json"), List.of(reports, report)));
        assertNull(OutputPaths.conflict(dir.resolve("reports-findings.json"), List.of(reports)));
    }

    @Test
    void symbolicLinksAreResolved() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path report = Files.writeString(reports.resolve("a.txt"), "x");
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link"), reports);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            return;
        }
        assertEquals(report, OutputPaths.conflict(link.resolve("a.txt"), List.of(report)));
        assertEquals(link, OutputPaths.conflict(reports.resolve("new.json"), List.of(link)));
    }

    @Test
    void aSpecialFileIsNeverAConflict() {
        Path stdout = Path.of("/dev/stdout");
        if (Files.exists(stdout)) {
            assertNull(OutputPaths.conflict(stdout, List.of(Path.of("/dev"))));
        }
    }
}
