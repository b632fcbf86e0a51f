package io.github.gongwen.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.Checker;
import io.github.gongwen.Finding;
import io.github.gongwen.ReportFiles;
import io.github.gongwen.Severity;
import io.github.gongwen.TestRules;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GongwenConfigTest {
    @TempDir
    Path dir;

    @TempDir
    Path classPath;

    /** A class path with one default data list, as the rules module would provide. */
    private ClassLoader loader;

    @BeforeEach
    void dataOnTheClassPath() throws Exception {
        Path data = Files.createDirectories(classPath.resolve("gongwen/data"));
        Files.writeString(data.resolve("placeholders.txt"), "# test list\n[XxＸｘ]+\n", StandardCharsets.UTF_8);
        loader = new URLClassLoader(new URL[] {classPath.toUri().toURL()}, getClass().getClassLoader());
    }

    private GongwenConfig parse(String yaml) throws ConfigException {
        return GongwenConfig.parse("gongwen.yaml", yaml, dir, loader);
    }

    private Checker.Builder builder() {
        return Checker.builder().defaultRules(false).classLoader(loader).rules("house.drl", TestRules.PLACEHOLDER_RULE);
    }

    private List<String> problems(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml)).problems().stream()
                .map(ConfigException.Problem::toString).toList();
    }

    @Test
    void everyKeyIsApplied() throws Exception {
        Files.createDirectories(dir.resolve("house-rules"));
        Files.writeString(dir.resolve("house-rules/extra.drl"), TestRules.PLACEHOLDER_RULE
                .replace("house-placeholder", "house-extra").replace("package house", "package extra"));
        Files.writeString(dir.resolve("words.txt"), "# 本单位的占位写法\n某某\n", StandardCharsets.UTF_8);
        GongwenConfig c = parse("""
                report-year: 2023
                include: ["**/*.txt"]
                exclude: [drafts/]
                rules:
                  PLACEHOLDER: error
                  house-extra: off
                ignore:
                  "templates/**": [house-placeholder]
                rule-directories: [house-rules]
                data:
                  placeholders.txt:
                    extend: ["○○"]
                    extend-file: words.txt
                """);
        assertEquals(2023, c.reportYear());
        assertEquals(List.of(dir.resolve("house-rules")), c.ruleDirectories());
        Checker checker = c.build(builder());
        assertEquals(List.of("house-placeholder"), checker.rules().stream().map(r -> r.id()).toList());
        assertEquals(2, checker.declaredRules().size());
        assertEquals(Severity.ERROR, checker.rules().get(0).severity());
        List<Finding> f = checker.check(dir.resolve("a.txt").toString(), "本镇某某村○○组增长X%。\n");
        assertEquals(List.of("某某", "○○", "X"), f.stream().map(Finding::excerpt).toList());
        assertEquals(List.of(), checker.check(dir.resolve("templates/t.txt").toString(), "增长X%。\n"));
    }

    @Test
    void includeAndExcludeChooseTheFilesOfADirectoryWalk() throws Exception {
        for (String f : List.of("a.txt", "b.md", "drafts/c.txt", "sub/drafts/d.txt", "sub/e.txt", "notes.text")) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.writeString(dir.resolve(f), "x");
        }
        GongwenConfig c = parse("include: ['**/*.txt', '*.text']\nexclude: drafts/\n");
        ReportFiles.Listing l = c.collect(List.of(dir));
        assertEquals(List.of("a.txt", "notes.text", "sub/e.txt"),
                l.files().stream().map(e -> Glob.relative(dir, e.path())).toList());
        GongwenConfig defaults = parse("exclude: ['sub/**']\n");
        assertEquals(List.of("a.txt", "b.md", "drafts/c.txt"),
                defaults.collect(List.of(dir)).files().stream().map(e -> Glob.relative(dir, e.path())).toList());
        assertEquals(1, defaults.collect(List.of(dir.resolve("sub/e.txt"))).files().size(),
                "a file named directly is always checked");
    }

    @Test
    void unknownKeysAndWrongTypesAreReportedWithTheirLines() {
        List<String> p = problems("""
                reportyear: 2024
                include: {a: b}
                rules:
                  placeholder: sometimes
                  residue: [off]
                data:
                  placeholder.txt:
                    extend: [x]
                  placeholders.txt:
                    append: [x]
                rule-directories: [no-such-dir]
                """);
        assertEquals(List.of(
                "gongwen.yaml:1:1: unknown key 'reportyear' in the configuration; did you mean 'report-year'? (known "
                        + "keys: report-year, include, exclude, rules, ignore, rule-directories, data, house-words)",
                "gongwen.yaml:2:10: include must be a list ([a, b] or lines starting with '- '), not a mapping",
                "gongwen.yaml:4:16: the setting of placeholder must be one of on, off, error, warning, info, not "
                        + "'sometimes'",
                "gongwen.yaml:5:12: the setting of residue must be a single value, not a list",
                "gongwen.yaml:7:3: there is no data list 'placeholder.txt' (the lists are the files of "
                        + "rules/src/main/resources/gongwen/data/, e.g. placeholders.txt)",
                "gongwen.yaml:10:5: unknown key 'append' in data list placeholders.txt (known keys: extend, replace, "
                        + "extend-file, replace-file)",
                "gongwen.yaml:11:20: rule directory " + dir.resolve("no-such-dir") + " does not exist"), p);
    }

    @Test
    void valuesAreChecked() {
        assertEquals(List.of("gongwen.yaml:1:14: report-year must be a whole number, not 'twenty'"),
                problems("report-year: twenty\n"));
        assertEquals(List.of("gongwen.yaml:1:14: report-year must be between 1949 and 2100, not 24"),
                problems("report-year: 24\n"));
        assertEquals(List.of("gongwen.yaml:2:1: duplicate key 'include' in the configuration"),
                problems("include: a\ninclude: b\n"));
        assertEquals(List.of("gongwen.yaml:1:1: the configuration must be a mapping (key: value lines), not a list"),
                problems("- report-year\n"));
        assertEquals(List.of("gongwen.yaml:1:10: bad file pattern 'a{b': '{' never closed"),
                problems("exclude: 'a{b'\n"));
        assertEquals(List.of("gongwen.yaml:1:26: data list placeholders.txt: use either replace or replace-file, "
                + "not both"), problems("data: {placeholders.txt: {replace: [a], replace-file: b.txt}}\n"));
    }

    @Test
    void syntaxErrorsHaveTheirPosition() {
        List<String> p = problems("rules:\n  placeholder: off\n bad: [\n");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("gongwen.yaml:3:"), p.get(0));
        assertTrue(p.get(0).contains("YAML syntax"), p.get(0));
    }

    @Test
    void theFingerprintChangesWithTheEffectiveConfiguration() throws Exception {
        String yaml = "rules: {PLACEHOLDER: warning}\ndata: {placeholders.txt: {extend: [a]}}\n";
        assertEquals(parse(yaml).fingerprint(), parse("# same\n" + yaml).fingerprint());
        assertTrue(!parse(yaml).fingerprint().equals(parse(yaml.replace("[a]", "[b]")).fingerprint()));
        assertTrue(!parse(yaml).fingerprint().equals(parse(yaml.replace("warning", "info")).fingerprint()));
    }

    @Test
    void anEmptyFileIsAnEmptyConfiguration() throws Exception {
        GongwenConfig c = parse("# nothing yet\n");
        assertEquals(null, c.reportYear());
        assertEquals(1, c.build(builder()).rules().size());
    }

    @Test
    void ruleNamesAreCheckedAgainstTheCompiledRules() throws Exception {
        GongwenConfig c = parse("rules:\n  PLACEHOLDER: warning\n  placeholdr: off\nignore:\n  '*.md': [RESIDUE]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> c.build(builder()));
        assertEquals(List.of(
                "gongwen.yaml:3:3: no rule has the id or category 'placeholdr'; did you mean 'PLACEHOLDER'? (gongwen rules "
                        + "lists them)",
                "gongwen.yaml:5:12: no rule has the id or category 'RESIDUE' (gongwen rules lists them)"),
                e.problems().stream().map(ConfigException.Problem::toString).toList());
        GongwenConfig typo = parse("rules:\n  house-placeholdr: off\n");
        ConfigException t = assertThrows(ConfigException.class, () -> typo.build(builder()));
        assertTrue(t.getMessage().contains("did you mean 'house-placeholder'?"), t.getMessage());
    }

    @Test
    void loadReadsTheFileAndResolvesPathsAgainstItsDirectory() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("office"));
        Files.createDirectories(sub.resolve("rules"));
        Path f = Files.writeString(sub.resolve(GongwenConfig.FILE_NAME), "\uFEFFrule-directories: [rules]\n",
                StandardCharsets.UTF_8);
        assertEquals(f, GongwenConfig.find(sub));
        assertEquals(null, GongwenConfig.find(dir));
        GongwenConfig c = GongwenConfig.load(f, loader);
        assertEquals(sub.toAbsolutePath(), c.baseDirectory());
        assertEquals(List.of(sub.resolve("rules").toAbsolutePath()), c.ruleDirectories());
        Files.write(f, new byte[] {(byte) 0xB1, (byte) 0xA8, '\n'});
        ConfigException e = assertThrows(ConfigException.class, () -> GongwenConfig.load(f, loader));
        assertEquals(f + ": not UTF-8 text", e.getMessage());
    }

    @Test
    void filesNamedByTheConfigurationStayInItsDirectoryAndAreBounded() throws Exception {
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Files.writeString(dir.resolve("secret.txt"), "DB_PASSWORD=hunter2\n");
        Files.createDirectories(dir.resolve("rules"));
        ConfigException e = assertThrows(ConfigException.class, () -> GongwenConfig.parse("gongwen.yaml", """
                rule-directories: [../rules]
                data:
                  placeholders.txt:
                    extend-file: ../secret.txt
                """, conf, loader));
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().stream().allMatch(p -> p.message().contains("outside the configuration's directory")),
                e.problems().toString());
        assertTrue(e.problems().stream().noneMatch(p -> p.message().contains("hunter2")));
        if (Files.exists(Path.of("/dev/zero"))) {
            ConfigException zero = assertThrows(ConfigException.class, () -> GongwenConfig.parse("gongwen.yaml",
                    "data:\n  placeholders.txt:\n    extend-file: /dev/zero\n", Path.of("/dev"), loader));
            assertTrue(zero.problems().get(0).message().contains("not a regular file"), zero.problems().toString());
        }
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[(int) GongwenConfig.MAX_CONFIG_BYTES + 1]);
        ConfigException tooBig = assertThrows(ConfigException.class, () -> GongwenConfig.load(big, loader));
        assertTrue(tooBig.problems().get(0).message().startsWith("too large"), tooBig.problems().toString());
    }

    @Test
    void houseWordFilesAreReadFromBesideTheConfigurationAndBadRowsNamedByLine() throws Exception {
        Files.writeString(dir.resolve("house-words.tsv"), "# 本单位用词\n打造\t建设\t\tinfo\n", StandardCharsets.UTF_8);
        GongwenConfig c = parse("house-words: house-words.tsv\n");
        Checker checker = c.build(builder());
        List<io.github.gongwen.fact.HouseWord> found = checker.facts(io.github.gongwen.text.SourceText.of("a.txt",
                "打造一流营商环境。")).of(io.github.gongwen.fact.HouseWord.class);
        assertEquals(List.of("打造"), found.stream().map(w -> w.getText()).toList());
        assertTrue(!c.fingerprint().equals(parse("# none\n").fingerprint()));

        Files.writeString(dir.resolve("bad.tsv"), "机密词\t\t\tfatal\n", StandardCharsets.UTF_8);
        assertEquals(List.of("gongwen.yaml:1:14: house-words: " + dir.resolve("bad.tsv")
                + ":1: the severity (fourth column) must be error, warning or info"), problems("house-words: bad.tsv\n"));
        Path conf = Files.createDirectories(dir.resolve("conf"));
        ConfigException e = assertThrows(ConfigException.class, () -> GongwenConfig.parse("gongwen.yaml",
                "house-words: [../house-words.tsv]\n", conf, loader));
        assertTrue(e.getMessage().contains("outside the configuration's directory"), e.getMessage());
        assertTrue(problems("house-words: missing.tsv\n").get(0).endsWith("missing.tsv: no such file"));
    }
}
