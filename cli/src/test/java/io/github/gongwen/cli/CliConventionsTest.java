package io.github.gongwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What linter users expect of a command line: standard input, --quiet, --max-warnings, explain, help. */
class CliConventionsTest extends CliTestBase {
    private static final String DEFECTIVE = "2024年城关镇工作总结\n一、主要工作\n全年完成投资XX万元。\n";

    private int runWithStdin(String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aDashReadsTheReportFromStandardInputUnderTheGivenName() {
        assertEquals(1, runWithStdin(DEFECTIVE, "--stdin-filename", "2024年总结.txt", "-"));
        assertTrue(out.toString().contains("2024年总结.txt:3:7  错误  未替换的占位符 placeholder"), out.toString());
    }

    @Test
    void quietPrintsOnlyTheFindings() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), DEFECTIVE, StandardCharsets.UTF_8);
        assertEquals(1, run("--quiet", f.toString()));
        assertTrue(out.toString().contains("placeholder"), out.toString());
        assertFalse(out.toString().contains("检查了"), out.toString());
    }

    @Test
    void maxWarningsFailsOnTooManyWarnings() throws Exception {
        // a 工作总结 without 存在的问题 and 下一步: two warnings, no error
        Path f = Files.writeString(dir.resolve("b.txt"), "2024年城关镇工作总结\n一、主要工作\n全年完成投资5亿元。\n",
                StandardCharsets.UTF_8);
        assertEquals(0, run(f.toString()));
        assertEquals(0, run("--max-warnings", "2", f.toString()));
        assertEquals(1, run("--max-warnings", "1", f.toString()));
    }

    @Test
    void explainTellsWhatARuleFindsAndHowToTurnItOff() {
        assertEquals(0, run("explain", "placeholder"));
        String text = out.toString();
        assertTrue(text.startsWith("placeholder  "), text);
        assertTrue(text.contains("未替换的占位符 PLACEHOLDER"), text);
        assertTrue(text.contains("应报告的例子") && text.contains("不应报告的例子"), text);
        assertTrue(text.contains("--disable placeholder"), text);
        assertEquals(2, run("explain", "placeholdr"));
        assertTrue(err.toString().contains("did you mean 'placeholder'?"), err.toString());
    }

    @Test
    void helpIsACommandToo() {
        assertEquals(0, run("help"));
        assertTrue(out.toString().contains("explain"), out.toString());
        assertEquals(0, run("help", "explain"));
    }
}
