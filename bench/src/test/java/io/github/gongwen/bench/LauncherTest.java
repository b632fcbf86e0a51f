package io.github.gongwen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher cli/gongwen runs the packaged CLI with the class-data-sharing archive the build made.
 * Lives here because this module builds after the CLI is packaged.
 */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void theLauncherChecksAFileWithTheArchivedClasses() throws Exception {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "the launcher is a POSIX shell script");
        Path cli = Path.of(System.getProperty("gongwen.cli"));
        Path report = Files.writeString(dir.resolve("a.txt"), "某镇2024年工作总结\n全年完成投资X亿元。\n", StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(List.of(cli.resolve("gongwen").toString(), "--fail-on", "none", report.toString()))
                .redirectErrorStream(true);
        pb.environment().put("JAVA_OPTS", "-Xlog:class+load=info");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("placeholder"), out);
        assertTrue(out.contains("io.github.gongwen.Checker source: shared objects file"),
                "the checker's classes come from the archive " + cli.resolve("target/gongwen.jsa"));
    }
}
