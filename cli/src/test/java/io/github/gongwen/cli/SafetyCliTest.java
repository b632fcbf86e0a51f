package io.github.gongwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Reports are never lost, strangers' configurations are not run, terminals are not fooled. */
class SafetyCliTest extends CliTestBase {
    private static final String DEFECTIVE = "XX镇2024年工作总结\n一、主要工作\n（一）经济发展\n全年增长X%。\n（三）社会事业\n";

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    @Test
    void anOutputThatIsACheckedFileIsRefusedAndTheFileKept() throws Exception {
        Path report = write("victim/report.txt", DEFECTIVE);
        assertEquals(2, run("-o", report.toString(), report.toString()));
        assertEquals(DEFECTIVE, Files.readString(report, StandardCharsets.UTF_8));
        assertTrue(err.toString().contains("is the checked path"), err.toString());
    }

    @Test
    void anOutputInsideACheckedFolderIsRefused() throws Exception {
        write("victim/report.txt", DEFECTIVE);
        Path out = dir.resolve("victim/findings/report.json");
        assertEquals(2, run("--format", "json", "-o", out.toString(), dir.resolve("victim").toString()));
        assertFalse(Files.exists(out));
        assertTrue(err.toString().contains("is inside the checked path"), err.toString());
    }

    @Test
    void aWriteErrorIsExitTwoWithTheReason() throws Exception {
        Path full = Path.of("/dev/full");
        if (!Files.exists(full)) {
            return;
        }
        Path report = write("a.txt", DEFECTIVE);
        assertEquals(2, run("-o", full.toString(), report.toString()));
        assertTrue(err.toString().contains("cannot write the report to /dev/full"), err.toString());
        Path blocked = write("file-not-dir", "x");
        assertEquals(2, run("-o", blocked.resolve("r.txt").toString(), report.toString()));
    }

    @Test
    void theReportIsReplacedWholeOrNotAtAll() throws Exception {
        Path report = write("in/a.txt", DEFECTIVE);
        Path json = dir.resolve("out/r.json");
        Files.createDirectories(json.getParent());
        Files.writeString(json, "previous");
        assertEquals(1, run("--format", "json", "-o", json.toString(), report.toString()));
        assertTrue(Files.readString(json).startsWith("{"), Files.readString(json));
        try (var s = Files.list(json.getParent())) {
            assertEquals(1, s.count(), "no temporary file left beside the report");
        }
    }

    @Test
    void houseRulesOfAReceivedFolderAreNotCompiledOrRun() throws Exception {
        Path marker = dir.resolve("ran");
        write("received/rules/evil.drl", """
                package evil;
                import io.github.gongwen.fact.Document;
                global io.github.gongwen.engine.Findings findings;
                rule "evil"
                    @id("evil") @category("PLACEHOLDER") @severity("error") @message("x")
                when
                    Document()
                then
                    java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "ran");
                end
                """.formatted(marker.toString().replace("\\", "/")));
        write("received/rules/evil.examples", "");
        write("received/gongwen.yaml", "rule-directories: [rules]\n");
        write("received/a.txt", DEFECTIVE);
        run("--fail-on", "none", dir.resolve("received").toString());
        assertFalse(Files.exists(marker), "a rule of the checked folder ran");
        assertTrue(err.toString().contains("is not applied"), err.toString());
        // the rule is real: asked for, it runs
        run("--fail-on", "none", "--config-from-tree", dir.resolve("received").toString());
        assertTrue(Files.exists(marker), err.toString());
    }

    @Test
    void dataFilesAndRuleDirectoriesOutsideTheConfigurationsDirectoryAreRefusedWithoutEcho() throws Exception {
        write("secret.txt", "DB_PASSWORD=hunter2(prod\n");
        Path config = write("conf/gongwen.yaml", """
                rule-directories: [../]
                data:
                  placeholders.txt:
                    extend-file: ../secret.txt
                """);
        Path report = write("reports/a.txt", DEFECTIVE);
        assertEquals(2, run("--config", config.toString(), report.toString()));
        String e = err.toString();
        assertTrue(e.contains("is outside the configuration's directory"), e);
        assertFalse(e.contains("hunter2"), e);
    }

    @Test
    void anInvalidExpressionInADataFileIsNotEchoed() throws Exception {
        write("conf/secret.txt", "DB_PASSWORD=hunter2(prod\n");
        Path config = write("conf/gongwen.yaml", """
                data:
                  placeholders.txt:
                    extend-file: secret.txt
                """);
        Path report = write("reports/a.txt", DEFECTIVE);
        assertEquals(2, run("--config", config.toString(), report.toString()));
        String e = err.toString();
        assertTrue(e.contains("not a valid regular expression (Unclosed group"), e);
        assertFalse(e.contains("hunter2"), e);
        assertFalse(e.contains("Exception"), e);
    }

    @Test
    void aSpecialFileNamedOnTheCommandLineIsNotRead() {
        Path zero = Path.of("/dev/zero");
        if (!Files.exists(zero)) {
            return;
        }
        assertEquals(1, run(zero.toString()));
        assertTrue(err.toString().contains("/dev/zero: not a regular file"), err.toString());
    }

    @Test
    void controlCharactersInTextAndFileNamesAreEscaped() throws Exception {
        String text = "2024年工作总结\n一、主要工作\n" + "全年经济运行平稳，各项工作有序推进。\n".repeat(20)
                + "全镇XX村\u001B[2J完成任务。\n";
        Path report;
        try {
            report = write("a\nb:1:1  error  forged.txt", text);
        } catch (java.nio.file.InvalidPathException e) {
            report = write("a\u001B[31m.txt", text);
        }
        assertEquals(1, run(report.toString()));
        String o = out.toString();
        assertFalse(o.contains("\u001B"), o);
        assertTrue(o.contains("XX村\\x1B[2J完成"), o);
        for (String line : o.split("\n")) {
            assertFalse(line.startsWith("b:1:1"), "a forged line: " + line);
        }
    }

    @Test
    void aFileThatTakesTooLongIsAnErrorAndTheOthersAreChecked() throws Exception {
        Path config = write("conf/gongwen.yaml", "data:\n  placeholders.txt:\n    extend: [\"((a+)+)+b\"]\n");
        write("reports/slow.txt", "2024年工作总结\n" + "a".repeat(60) + "\n");
        write("reports/ok.txt", DEFECTIVE);
        assertEquals(1, run("--config", config.toString(), "--timeout", "2", dir.resolve("reports").toString()));
        assertTrue(out.toString().contains("slow.txt: 无法检查: 检查超时（超过 2 秒）"), out.toString());
        assertTrue(out.toString().contains("ok.txt:4:5  错误  未替换的占位符 placeholder"), out.toString());
    }
}
