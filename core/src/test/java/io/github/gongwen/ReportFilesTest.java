package io.github.gongwen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
    @TempDir
    Path dir;

    private Path write(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "一、概况\n");
    }

    @Test
    void aFileReachedTwiceIsCheckedOnce() throws Exception {
        Path a = write("reports/a.txt");
        write("reports/b.md");
        Path reports = dir.resolve("reports");
        Path again = dir.resolve("reports/../reports");
        ReportFiles.Listing l = ReportFiles.collect(List.of(reports, again, a));
        assertEquals(2, l.files().size(), l.files().toString());
    }

    @Test
    void aMavenBuildsOutputIsNotWalked() throws Exception {
        write("repo/pom.xml");
        write("repo/reports/a.txt");
        write("repo/target/gongwen/gongwen.txt"); // the plugin's text report
        write("plans/target/b.txt"); // a folder named target that is no build output
        ReportFiles.Listing l = ReportFiles.collect(List.of(dir.resolve("repo"), dir.resolve("plans")));
        assertEquals(List.of("a.txt", "b.txt"),
                l.files().stream().map(e -> e.path().getFileName().toString()).sorted().toList());
    }
}
