package io.github.gongwen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.engine.RuleCompileException;
import io.github.gongwen.engine.UncheckedRuleCompileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckerTest {
    private static final String RULE = """
            package house;
            import io.github.gongwen.fact.Placeholder;
            global io.github.gongwen.engine.Findings findings;
            rule "p"
                @id("p") @category("PLACEHOLDER") @severity("error") @message("占位符“{0}”")
            when
                $p : Placeholder()
            then
                findings.report(drools, $p, $p.getText());
            end
            """;

    private static Checker checker;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() throws Exception {
        checker = TestRules.builder().rules("p.drl", RULE).build();
    }

    private static String report(int i) {
        return "XX镇" + (2000 + i) + "年工作总结\n一、主要工作\n全年完成投资X亿元，新增就业" + i + "人，培训*名干部。\n";
    }

    @Test
    void theSameFindingsOnAnyNumberOfThreads() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            files.add(Files.writeString(dir.resolve("r" + i + ".txt"), report(i), StandardCharsets.UTF_8));
        }
        RunResult one = checker.checkAll(List.of(dir), 1);
        RunResult four = checker.checkAll(List.of(dir), 4);
        assertEquals(40, one.files().size());
        assertEquals(120, one.findings().size());
        assertEquals(one.findings(), four.findings());
    }

    @Test
    void aCheckerBuiltInTheBackgroundGivesTheSameFindings() throws Exception {
        for (int i = 0; i < 8; i++) {
            Files.writeString(dir.resolve("r" + i + ".txt"), report(i), StandardCharsets.UTF_8);
        }
        Checker later = TestRules.builder().rules("p.drl", RULE).disable("no-such-rule").buildInBackground();
        RunResult r = later.checkAll(List.of(dir), 2);
        assertEquals(checker.checkAll(List.of(dir), 2).findings(), r.findings());
        assertEquals(24, r.findings().size());
        assertEquals(checker.rules().toString(), later.rules().toString());
        assertEquals(checker.declaredRules().toString(), later.awaitRules().declaredRules().toString());
    }

    @Test
    void rulesThatDoNotCompileInTheBackgroundFailTheChecksNotTheFiles() throws Exception {
        Files.writeString(dir.resolve("r.txt"), report(1), StandardCharsets.UTF_8);
        Checker broken = TestRules.builder().rules("bad.drl", "package x; rule \"r\" when Nope() then end")
                .buildInBackground();
        RuleCompileException e = assertThrows(RuleCompileException.class, broken::awaitRules);
        assertTrue(e.problems().get(0).toString().startsWith("bad.drl"), e.getMessage());
        assertThrows(UncheckedRuleCompileException.class, () -> broken.check("r.txt", report(1)));
        UncheckedRuleCompileException u = assertThrows(UncheckedRuleCompileException.class,
                () -> broken.checkAll(List.of(dir), 2));
        assertEquals(e.getMessage(), u.getCause().getMessage());
        assertThrows(UncheckedRuleCompileException.class, () -> broken.checkFile(dir.resolve("r.txt"), "r.txt"));
    }

    @Test
    void oneCheckerIsSharedByConcurrentCallers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Finding>>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                int n = i;
                futures.add(pool.submit(() -> checker.check("r" + n + ".txt", report(n))));
            }
            for (int i = 0; i < futures.size(); i++) {
                List<Finding> f = futures.get(i).get();
                assertEquals(3, f.size());
                assertEquals("r" + i + ".txt", f.get(0).file());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aBadFileIsReportedAndTheOthersAreStillChecked() throws Exception {
        Files.writeString(dir.resolve("good.txt"), report(1), StandardCharsets.UTF_8);
        Files.write(dir.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        RunResult r = checker.checkAll(List.of(dir, dir.resolve("missing.md")), 2);
        assertEquals(3, r.files().size());
        assertEquals(2, r.errors().size());
        assertEquals(3, r.findings().size());
        for (FileResult e : r.errors()) {
            assertTrue(e.path().endsWith("scan.txt") || e.path().endsWith("missing.md"), e.path());
            assertFalse(e.error().isBlank());
        }
    }

    @Test
    void rulesCanBeDisabledByIdOrCategory() throws Exception {
        Checker off = TestRules.builder().rules("p.drl", RULE).disable("PLACEHOLDER").build();
        assertEquals(List.of(), off.check("a.txt", report(1)));
        assertTrue(off.rules().isEmpty());
        assertEquals(3, checker.check("a.txt", report(1)).size());
    }

    @Test
    void anIdSettingBeatsItsCategoryAndSeveritiesCanBeChanged() throws Exception {
        Checker c = TestRules.builder().rules("p.drl", RULE).disable("PLACEHOLDER").enable("p").build();
        assertEquals(3, c.check("a.txt", report(1)).size());
        Checker info = TestRules.builder().rules("p.drl", RULE).severity("PLACEHOLDER", Severity.INFO).build();
        assertEquals(Severity.INFO, info.rules().get(0).severity());
        assertTrue(info.check("a.txt", report(1)).stream().allMatch(f -> f.severity() == Severity.INFO));
        Checker off = TestRules.builder().rules("p.drl", RULE).severity("p", Severity.WARNING).disable("p").build();
        assertTrue(off.rules().isEmpty(), "the later setting for a name wins");
    }

    @Test
    void perPathIgnoresMatchPathsRelativeToTheirBase() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates/2024"));
        Files.writeString(templates.resolve("t.txt"), report(1), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.txt"), report(2), StandardCharsets.UTF_8);
        Checker c = TestRules.builder().rules("p.drl", RULE).ignore(dir, "templates/", List.of("PLACEHOLDER"))
                .build();
        RunResult run = c.checkAll(List.of(dir), 1);
        assertEquals(List.of(0, 3), run.files().stream().map(f -> f.findings().size()).sorted().toList());
        assertEquals(List.of(), c.check(templates.resolve("t.txt")));
    }

    @Test
    void suppressionDirectivesSilenceFindingsWithoutMovingLines() {
        String md = """
                <!-- gongwen-disable-next-line p -- 模板保留 -->
                XX镇2024年工作总结
                一、主要工作
                <!-- gongwen-disable PLACEHOLDER -->
                全年完成投资X亿元。
                <!-- gongwen-enable -->
                培训*名干部。
                """;
        List<Finding> f = checker.check("a.md", md);
        assertEquals(1, f.size(), f.toString());
        assertEquals(7, f.get(0).line());
        assertEquals(3, f.get(0).column());
        assertEquals("*", f.get(0).excerpt());
        List<Finding> unsuppressed = checker.check("a.md", md.replace("gongwen-", "other-"));
        assertEquals(List.of(2, 5, 7), unsuppressed.stream().map(Finding::line).toList());
    }

    @Test
    void findingsAreSortedByPosition() {
        List<Finding> f = checker.check("a.txt", report(3));
        List<Finding> sorted = new ArrayList<>(f);
        sorted.sort(null);
        assertEquals(sorted, f);
        assertEquals("XX", f.get(0).excerpt());
        assertNull(f.get(0).suggestion());
    }

    @Test
    void withoutTheDefaultRulesOnTheClassPathBuildingFailsInsteadOfCheckingWithNoRules() {
        // core's tests run without gongwen-rules: the defaults are missing here, as in an app that forgot them.
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Checker.builder().build());
        assertTrue(e.getMessage().contains("gongwen-rules"), e.getMessage());
    }
}
