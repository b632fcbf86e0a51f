package io.github.gongwen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.engine.RuleCompileException;
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
    void aCheckerBuiltInTheBackgroundFindsTheSame() throws Exception {
        for (int i = 0; i < 40; i++) {
            Files.writeString(dir.resolve("r" + i + ".txt"), report(i), StandardCharsets.UTF_8);
        }
        for (int threads : new int[] {1, 3}) {
            Checker background = TestRules.builder().rules("p.drl", RULE).buildInBackground();
            RunResult r = background.checkAll(List.of(dir), threads);
            assertEquals(checker.checkAll(List.of(dir), threads).findings(), r.findings());
            assertEquals(120, r.findings().size());
        }
    }

    @Test
    void rulesThatDoNotCompileInTheBackgroundStopTheRun() throws Exception {
        Files.writeString(dir.resolve("a.txt"), report(1), StandardCharsets.UTF_8);
        Checker broken = TestRules.builder().rules("p.drl", RULE.replace("Placeholder()", "Placeholder( nosuchfield == 1 )"))
                .buildInBackground();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> broken.checkAll(List.of(dir), 2));
        assertInstanceOf(RuleCompileException.class, e.getCause());
        RuleCompileException rce = assertThrows(RuleCompileException.class, broken::awaitRules);
        assertEquals("p.drl", rce.problems().get(0).file());
    }

    @Test
    void rulesCanBeDisabledByIdOrCategory() throws Exception {
        Checker off = TestRules.builder().rules("p.drl", RULE).disable("PLACEHOLDER").build();
        assertEquals(List.of(), off.check("a.txt", report(1)));
        assertTrue(off.rules().isEmpty());
        assertEquals(3, checker.check("a.txt", report(1)).size());
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
}
