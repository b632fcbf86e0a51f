package io.github.gongwen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule whose consequence never ends (Java code that ignores interrupts): the file it runs on gets
 * the timeout error naming the rule, the files after it are checked by a new worker, and the
 * process ends by itself when its work is done although the lost thread is still spinning. Run in a
 * process of its own so that the spinning thread does not slow the other tests.
 */
class SpinningRuleTest {
    @TempDir
    Path dir;

    @Test
    void theFilesAfterASpinningRuleAreCheckedAndTheProcessEnds() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "**镇2024年工作总结\n", StandardCharsets.UTF_8);
        for (String n : List.of("b", "c", "d")) {
            Files.writeString(dir.resolve(n + ".txt"), "XX镇2024年工作总结\n", StandardCharsets.UTF_8);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SpinningRuleMain.class.getName(), dir.toString()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> p.inputReader(StandardCharsets.UTF_8).lines().forEach(lines::add));
        reader.start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        reader.join(5_000);
        assertTrue(ended, "the process did not end: " + lines);
        assertEquals(0, p.exitValue(), lines.toString());
        assertTrue(lines.contains("a.txt\terror\t" + Checker.TIMEOUT + "（超过 1 秒，当时在执行规则 spin）"),
                lines.toString());
        for (String n : List.of("b", "c", "d")) {
            assertTrue(lines.contains(n + ".txt\t1 findings"), lines.toString());
        }
        assertEquals("done", lines.get(lines.size() - 1));
    }
}
