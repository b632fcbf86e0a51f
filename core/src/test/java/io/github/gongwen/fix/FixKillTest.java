package io.github.gongwen.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongwen fix} killed with {@code kill -9} while it writes a large file (a process that writes
 * the fixed and the original file in turn, through the fix's atomic write, killed at random moments):
 * the file is always the original or the fixed text, whole, and the temporary files killed writes leave
 * behind are removed by the next fix of that file.
 */
class FixKillTest {
    private static final int KILLS = 6;

    @TempDir
    Path dir;

    private static List<String> temporaries(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(FileFixer.TMP_SUFFIX)).toList();
        }
    }

    @Test
    void aFixKilledWhileWritingLeavesTheOriginalOrTheFixedFileAndTheNextFixCleansUp() throws Exception {
        StringBuilder text = new StringBuilder("2024年工作总结\n");
        StringBuilder fixedText = new StringBuilder("2024年工作总结\n");
        for (int i = 0; text.length() < 1_000_000; i++) {
            String line = "全年完成投资" + i + "亿元，同比增长百分之" + (i % 90) + "，各项工作稳步推进，取得明显成效。";
            text.append(line).append(i % 500 == 0 ? "新建XX所学校。\n" : "\n");
            fixedText.append(line).append(i % 500 == 0 ? "新建5所学校。\n" : "\n");
        }
        byte[] original = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] fixed = fixedText.toString().getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("report.txt");
        Random random = new Random(21);
        int sawOriginal = 0;
        int sawFixed = 0;
        int leftBehind = 0;
        for (int k = 0; k < KILLS; k++) {
            Files.write(file, original);
            Process p = start(file, "loop");
            try (BufferedReader out = p.inputReader(StandardCharsets.UTF_8)) {
                String line;
                StringBuilder before = new StringBuilder();
                while ((line = out.readLine()) != null && !line.equals("looping")) {
                    before.append(line).append('\n'); // the checker's start-up
                }
                assertEquals("looping", line, "the fix did not get to writing: " + before);
                // the child now writes the fixed and the original file in turn: kill it somewhere
                Thread.sleep(50 + random.nextInt(700));
                p.destroyForcibly(); // SIGKILL
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }
            leftBehind += temporaries(dir).size();
            byte[] now = Files.readAllBytes(file);
            if (Arrays.equals(now, original)) {
                sawOriginal++;
            } else {
                assertArrayEquals(fixed, now, "after kill " + k + ": neither the original nor the fixed text ("
                        + now.length + " bytes)");
                sawFixed++;
            }
        }
        assertEquals(KILLS, sawOriginal + sawFixed);
        System.out.println("after " + KILLS + " kills: " + sawOriginal + " times the original, " + sawFixed
                + " the fixed file, " + leftBehind + " temporary files left behind");
        // the next fix runs to its end and removes what the killed ones left
        Files.write(file, original);
        Process p = start(file, "once");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("written"), output);
        assertArrayEquals(fixed, Files.readAllBytes(file));
        assertEquals(List.of(), temporaries(dir), "the temporary files of killed fixes are removed");
    }

    private static Process start(Path file, String how) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                FixMain.class.getName(), file.toString(), how).redirectErrorStream(true).start();
    }

    @Test
    void aTemporaryFileThatALiveWriterHoldsIsNotSwept() throws Exception {
        Path target = dir.resolve("a.txt");
        Files.writeString(target, "x");
        Files.writeString(dir.resolve(".a.txt.dead1" + FileFixer.TMP_SUFFIX), "half");
        try (io.github.gongwen.io.TempFiles.Locked live = io.github.gongwen.io.TempFiles.create(target,
                FileFixer.TMP_SUFFIX)) {
            List<Path> swept = io.github.gongwen.io.TempFiles.sweep(target, FileFixer.TMP_SUFFIX);
            assertEquals(List.of(dir.resolve(".a.txt.dead1" + FileFixer.TMP_SUFFIX)), swept);
            assertTrue(Files.exists(live.path()));
            Files.delete(live.path());
        }
    }
}
