package io.github.gongwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest extends CliTestBase {
    private static final String DEFECTIVE = "XX镇2024年工作总结\n一、主要工作\n（一）经济发展\n全年增长X%。\n（三）社会事业\n";
    private static final String CLEAN = "2024年工作总结\n一、主要工作\n全年增长5%。\n二、存在的问题\n发展还不平衡。\n"
            + "三、下一步工作打算\n继续推进各项工作。\n";

    @Test
    void findingsGiveExitCodeOneAndTheTextReport() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), DEFECTIVE, StandardCharsets.UTF_8);
        assertEquals(1, run(f.toString()));
        String text = out.toString();
        assertTrue(text.contains(f + ":4:5  错误  未替换的占位符 placeholder  "), text);
        assertTrue(text.contains("ordinal-gap"), text);
        assertTrue(text.contains("PLACEHOLDER"), text);
    }

    @Test
    void cleanInputGivesZero() throws Exception {
        Files.writeString(dir.resolve("ok.md"), CLEAN, StandardCharsets.UTF_8);
        assertEquals(0, run(dir.toString()));
        assertTrue(out.toString().contains("检查了 1 个文件，发现 0 个问题"), out.toString());
    }

    @Test
    void failOnControlsTheExitCode() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), DEFECTIVE, StandardCharsets.UTF_8);
        assertEquals(0, run("--fail-on", "none", f.toString()));
        assertEquals(1, run("--fail-on", "WARNING", f.toString()));
    }

    @Test
    void jsonGoesToTheOutputFileAndBadFilesAreErrors() throws Exception {
        Files.writeString(dir.resolve("a.txt"), DEFECTIVE, StandardCharsets.UTF_8);
        Files.write(dir.resolve("scan.txt"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        Path report = Files.createTempDirectory("gongwen-out").resolve("out/report.json");
        assertEquals(0, run("--format", "json", "--output", report.toString(), "--fail-on", "none", dir.toString()));
        JsonNode root = new ObjectMapper().readTree(report.toFile());
        assertEquals("gongwen", root.path("tool").path("name").asText());
        assertEquals(1, root.path("files").size());
        assertTrue(root.path("files").get(0).path("findings").size() >= 2);
        assertTrue(root.path("errors").get(0).path("path").asText().endsWith("scan.txt"));
        assertTrue(err.toString().contains("scan.txt"), err.toString());
    }

    @Test
    void anUnreadableFileFailsTheRunUnlessFailOnNone() throws Exception {
        Files.write(dir.resolve("scan.txt"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        assertEquals(1, run(dir.toString()));
        assertTrue(out.toString().contains("无法检查"), out.toString());
    }

    @Test
    void usageErrorsGiveTwo() {
        assertEquals(2, run());
        assertEquals(2, run("--format", "pdf", "x.txt"));
        assertEquals(2, run("--fail-on", "sometimes", "x.txt"));
        assertEquals(2, run("--report-year", "24", "x.txt"));
        assertTrue(err.toString().contains("pdf"), err.toString());
    }

    @Test
    void brokenUserRulesGiveTwoWithFileAndLine() throws Exception {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rules.resolve("house.drl"), "package house;\nrule \"x\"\nwhen\n  NoSuchFact()\nthen\nend\n");
        Path f = Files.writeString(dir.resolve("a.txt"), CLEAN, StandardCharsets.UTF_8);
        assertEquals(2, run("--rules", rules.toString(), f.toString()));
        assertTrue(err.toString().contains("house.drl"), err.toString());
    }

    @Test
    void rulesListsTheDefaultRules() {
        assertEquals(0, run("rules"));
        assertTrue(out.toString().contains("duplicate-ordinal"), out.toString());
        assertTrue(out.toString().contains("NUM_DUPLICATE"), out.toString());
    }
}
