package io.github.gongwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The configuration file, its lookup, and {@code gongwen test-rules}. */
class ConfigCliTest extends CliTestBase {
    private static final String DEFECTIVE = "XX镇2024年工作总结\n一、主要工作\n（一）经济发展\n全年增长X%。\n（三）社会事业\n";
    private static final Path CUSTOM_RULES = Path.of("../examples/custom-rules");

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    @Test
    void theConfigurationAtTheTopOfACheckedDirectoryAppliesOnlyWhenAskedFor() throws Exception {
        write("reports/a.txt", DEFECTIVE);
        write("reports/drafts/b.txt", DEFECTIVE);
        write("reports/gongwen.yaml", """
                exclude: [drafts/]
                rules:
                  PLACEHOLDER: off
                  NUM_GAP: warning
                """);
        assertEquals(1, run(dir.resolve("reports").toString()));
        assertTrue(out.toString().contains("检查了 2 个文件"), out.toString());
        assertTrue(err.toString().contains("gongwen.yaml is not applied"), err.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run("--config-from-tree", dir.resolve("reports").toString()));
        String text = out.toString();
        assertTrue(text.contains("警告  序号不连续 ordinal-gap"), text);
        assertFalse(text.contains("placeholder"), text);
        assertFalse(text.contains("drafts"), text);
        assertTrue(text.contains("检查了 1 个文件"), text);

        out.getBuffer().setLength(0);
        assertEquals(1, run("--no-config", dir.resolve("reports").toString()));
        assertTrue(out.toString().contains("检查了 2 个文件"), out.toString());
    }

    @Test
    void configOptionAppliesToEveryPathAndCommandLineOptionsWin() throws Exception {
        Path a = write("a.txt", DEFECTIVE);
        Path config = write("house.yaml", "report-year: 2024\nrules:\n  NUM_GAP: off\n");
        assertEquals(1, run("--config", config.toString(), a.toString()));
        assertFalse(out.toString().contains("ordinal-gap"), out.toString());
        assertTrue(out.toString().contains("placeholder"), out.toString());
        assertEquals(0, run("--config", config.toString(), "--disable", "PLACEHOLDER", a.toString()));
        assertEquals(2, run("--config", dir.resolve("nothing.yaml").toString(), a.toString()));
        assertTrue(err.toString().contains("nothing.yaml: no such file"), err.toString());
    }

    @Test
    void aBadConfigurationGivesTwoWithFileLineAndColumn() throws Exception {
        Path a = write("a.txt", DEFECTIVE);
        Path config = write("gongwen.yaml", "rules:\n  placeholder: of\nreport_year: 2024\n");
        assertEquals(2, run("--config", config.toString(), a.toString()));
        String e = err.toString();
        assertTrue(e.contains(config + ":2:16: the setting of placeholder must be one of on, off, error, warning, "
                + "info, not 'of'; did you mean 'on'?"), e);
        assertTrue(e.contains(config + ":3:1: unknown key 'report_year' in the configuration; did you mean "
                + "'report-year'?"), e);
        Path typo = write("typo.yaml", "ignore:\n  '*.txt': [placeholdr]\n");
        assertEquals(2, run("--config", typo.toString(), a.toString()));
        assertTrue(err.toString().contains(typo + ":2:13: no rule has the id or category 'placeholdr'; did you mean "
                + "'placeholder'?"), err.toString());
    }

    @Test
    void anUnknownRuleToDisableIsAUsageError() throws Exception {
        Path a = write("a.txt", DEFECTIVE);
        assertEquals(2, run("--disable", "placeholdr", a.toString()));
        assertTrue(err.toString().contains("--disable: no rule has the id or category 'placeholdr'; did you mean "
                + "'placeholder'?"), err.toString());
    }

    @Test
    void configurationsComeFromTheCurrentDirectoryAndFromTheTreeOnlyWhenAsked() throws Exception {
        Path own = write("office/gongwen.yaml", "");
        Path cwdConfig = write("gongwen.yaml", "");
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Path file = write("office/a.txt", "x");
        List<Setup.Group> safe = Setup.groups(List.of(dir.resolve("office"), plain, file), null, false, dir);
        assertEquals(1, safe.size(), "without --config-from-tree the current directory's file applies to all");
        assertEquals(cwdConfig.toAbsolutePath(), safe.get(0).config());
        assertEquals(List.of(own), Setup.unapplied(List.of(dir.resolve("office"), plain, file), safe));
        List<Setup.Group> g = Setup.groups(List.of(dir.resolve("office"), plain, file), null, false, true, dir);
        assertEquals(2, g.size());
        assertEquals(own.toAbsolutePath(), g.get(0).config());
        assertEquals(List.of(dir.resolve("office")), g.get(0).paths());
        assertEquals(cwdConfig.toAbsolutePath(), g.get(1).config());
        assertEquals(List.of(plain, file), g.get(1).paths(), "a file uses the current directory's configuration");
        Files.delete(cwdConfig);
        List<Setup.Group> none = Setup.groups(List.of(plain), null, false, dir);
        assertEquals(null, none.get(0).config());
        assertEquals(null, Setup.groups(List.of(dir.resolve("office")), null, true, dir).get(0).config());
        assertEquals(null, Setup.groups(List.of(dir.resolve("office")), null, false, dir).get(0).config());
    }

    @Test
    void rulesShowsTheEffectiveSeverity() throws Exception {
        Path config = write("gongwen.yaml", "rules:\n  placeholder: info\n  NUM_STYLE: off\n");
        assertEquals(0, run("rules", "--config", config.toString()));
        assertTrue(out.toString().matches("(?s).*placeholder\\s+PLACEHOLDER\\s+info.*"), out.toString());
        assertFalse(out.toString().contains("NUM_STYLE"), out.toString());
    }

    @Test
    void theExampleConfigurationWorks() throws Exception {
        Path a = write("a.txt", "2024年工作总结\n一、主要工作\n全镇▲▲村原则上完成任务。（图片来源：人民网）\n一把手亲自抓。\n");
        assertEquals(1, run("--config", "../examples/gongwen.yaml", a.toString()));
        String text = out.toString();
        assertTrue(text.contains(a + ":3:3  错误  未替换的占位符 placeholder"), text);
        assertTrue(text.contains(a + ":3:6  错误  HOUSE_STYLE banned-words"), text);
        assertTrue(text.contains("图片来源说明"), text);
        assertTrue(text.contains(a + ":4:1  警告  本单位用词 house-word-warning"), text);
        assertTrue(text.contains("错误 3，"), text);
    }

    @Test
    void rulesPrintsTheCatalogueOfHouseRules() {
        assertEquals(0, run("rules", "--no-config", "--markdown", "--rules", CUSTOM_RULES.toString()));
        String md = out.toString();
        assertTrue(md.contains("\n### duty-report-closing\n"), md);
        assertTrue(md.contains("各乡镇«原则上»每季度召开一次专题会议"), md);
    }

    @Test
    void testRulesPassesOnTheShippedHouseRules() {
        assertEquals(0, run("test-rules", "--no-config", CUSTOM_RULES.toString()), out + "\n" + err);
        assertTrue(out.toString().contains("ok: "), out.toString());
        assertTrue(out.toString().contains("of 2 rules hold"), out.toString());
    }

    @Test
    void testRulesPrintsEachFailureWithFileAndLine() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("words.drl"), Files.readString(CUSTOM_RULES.resolve("banned-words.drl")));
        Files.writeString(rules.resolve("words.examples"), """
                ::: flag banned-words
                全年«基本上»完成。

                ::: pass banned-words
                全年原则上完成。
                """);
        assertEquals(1, run("test-rules", "--no-config", rules.toString()));
        assertTrue(out.toString().contains(rules.resolve("words.examples") + ":4 (pass banned-words): must not be "
                + "flagged, but got 1:3 «原则上»"), out.toString());
        assertTrue(out.toString().contains("1 failures (2 examples of 1 rules)"), out.toString());
    }

    @Test
    void testRulesFailsOnRulesThatDoNotCompileOrLackMetadata() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("bare.drl"), Files.readString(CUSTOM_RULES.resolve("banned-words.drl"))
                .replace("    @severity(\"warning\")\n", ""));
        assertEquals(1, run("test-rules", "--no-config", rules.toString()));
        assertTrue(err.toString().contains(rules.resolve("bare.drl") + ":19: rule \"banned-words\" lacks required "
                + "metadata @severity"), err.toString());
        assertEquals(2, run("test-rules", dir.resolve("nothing").toString()));
    }
}
