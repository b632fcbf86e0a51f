package io.github.gongwen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.extract.Facts;
import io.github.gongwen.extract.Lexicon;
import io.github.gongwen.fact.Repetition;
import io.github.gongwen.text.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bounded work per file: a time limit, a limit on rule firings, a cap on findings per rule. */
class LimitsTest {
    /** A rule that fires on its own update without end. */
    private static final String SPIN = """
            package house;
            import io.github.gongwen.fact.Placeholder;
            global io.github.gongwen.engine.Findings findings;
            rule "spin"
                @id("spin") @category("PLACEHOLDER") @severity("error") @message("反复触发")
            when
                $p : Placeholder()
            then
                update($p);
            end
            """;

    /** Reports every doubled character or word. */
    private static final String REPEAT = """
            package house;
            import io.github.gongwen.fact.Repetition;
            global io.github.gongwen.engine.Findings findings;
            rule "repeat"
                @id("repeat") @category("DUP_CHAR") @severity("warning") @message("重复“{0}”")
            when
                $r : Repetition()
            then
                findings.report(drools, $r, $r.getText());
            end
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aCatastrophicDataListExpressionTimesOutThatFileOnly() throws Exception {
        Checker checker = Checker.builder().defaultRules(false).rules("p.drl", TestRules.PLACEHOLDER_RULE)
                .lexicon(Lexicon.of(Map.of("placeholders.txt", List.of("((a+)+)+b", "[XＸ]{2,}"))))
                .timeLimit(Duration.ofSeconds(1)).build();
        write("a-slow.txt", "2024年工作总结\n" + "a".repeat(60) + "\n");
        write("b-ok.txt", "XX镇2024年工作总结\n");
        long t = System.nanoTime();
        RunResult run = checker.checkAll(List.of(dir), 2);
        long seconds = (System.nanoTime() - t) / 1_000_000_000;
        assertTrue(seconds < 15, seconds + " s");
        FileResult slow = run.files().stream().filter(f -> f.path().endsWith("a-slow.txt")).findFirst().orElseThrow();
        assertTrue(slow.error().startsWith(Checker.TIMEOUT), slow.error());
        FileResult ok = run.files().stream().filter(f -> f.path().endsWith("b-ok.txt")).findFirst().orElseThrow();
        assertNull(ok.error());
        assertEquals(1, ok.findings().size());
    }

    @Test
    void aTimedOutWorkerIsReplacedAndTheOtherFilesAreChecked() throws Exception {
        Checker checker = Checker.builder().defaultRules(false).rules("p.drl", TestRules.PLACEHOLDER_RULE)
                .lexicon(Lexicon.of(Map.of("placeholders.txt", List.of("((a+)+)+b", "[XＸ]{2,}"))))
                .timeLimit(Duration.ofSeconds(2)).build();
        write("0.txt", "a".repeat(60));
        write("1.txt", "a".repeat(61));
        for (int i = 2; i < 12; i++) {
            write(i + ".txt", "XX村工作总结\n");
        }
        RunResult run = checker.checkAll(List.of(dir), 1);
        assertEquals(12, run.files().size());
        assertEquals(2, run.errors().size(), run.errors().toString());
        assertEquals(10, run.findings().size());
    }

    @Test
    void aRuleThatFiresWithoutEndIsAnErrorForThatFile() throws Exception {
        Checker checker = TestRules.builder().rules("spin.drl", SPIN).timeLimit(null).build();
        write("a.txt", "XX镇2024年工作总结\n");
        RunResult run = checker.checkAll(List.of(dir), 1);
        assertEquals(1, run.errors().size());
        assertTrue(run.errors().get(0).error().contains("规则触发次数达到上限"), run.errors().get(0).error());
    }

    @Test
    void findingsAreCappedPerRuleWithASummary() throws Exception {
        Checker checker = TestRules.builder().rules("p.drl", TestRules.PLACEHOLDER_RULE).build();
        String text = "工作总结\n" + "全镇XX村，".repeat(Checker.MAX_FINDINGS_PER_RULE + 70) + "\n";
        List<Finding> found = checker.check("a.txt", text);
        assertEquals(Checker.MAX_FINDINGS_PER_RULE + 1, found.size());
        Finding summary = found.get(0);
        assertTrue(summary.isDocumentLevel());
        assertTrue(summary.message().contains("还有 70 处"), summary.message());
        assertTrue(found.get(1).line() == 2 && found.get(1).column() == 3, found.get(1).toString());
    }

    @Test
    void theFactsOfATextFullOfCandidatesAreBoundedAndTheSummarySaysSo() throws Exception {
        Checker checker = TestRules.builder().rules("r.drl", REPEAT).timeLimit(null).build();
        String text = "工作总结\n" + "的".repeat(Facts.MAX_PER_TYPE + 20_000) + "\n";
        Facts facts = checker.facts(SourceText.of("a.txt", text));
        assertTrue(facts.cut());
        assertEquals(Facts.MAX_PER_TYPE, facts.of(Repetition.class).size());
        List<Finding> found = checker.check("a.txt", text);
        assertEquals(Checker.MAX_FINDINGS_PER_RULE + 1, found.size());
        Finding summary = found.get(0);
        assertTrue(summary.isDocumentLevel());
        assertTrue(summary.message().contains("还有至少 " + (Facts.MAX_PER_TYPE - Checker.MAX_FINDINGS_PER_RULE) + " 处")
                && summary.message().contains("每类只查了前 " + Facts.MAX_PER_TYPE + " 处"), summary.message());
    }

    @Test
    void aDocumentWhoseFactsWereCutWithoutASummaryIsAnError() throws Exception {
        Checker checker = TestRules.builder().rules("p.drl", TestRules.PLACEHOLDER_RULE).timeLimit(null).build();
        write("a.txt", "工作总结\n" + "的".repeat(Facts.MAX_PER_TYPE + 10) + "\n");
        write("b.txt", "XX镇工作总结\n");
        RunResult run = checker.checkAll(List.of(dir), 2);
        assertEquals(1, run.errors().size());
        assertEquals(FindingList.FACT_LIMIT + "（同类待查内容超过 " + Facts.MAX_PER_TYPE + " 处）", run.errors().get(0).error());
        assertEquals(1, run.findings().size());
    }

    @Test
    void aListUnderTheCapIsLeftAsItIs() {
        List<Finding> few = new ArrayList<>();
        for (int i = 0; i < Checker.MAX_FINDINGS_PER_RULE; i++) {
            few.add(new Finding("a.txt", "r", "C", Severity.ERROR, "m", 1, i + 1, 1, i + 2, i, i + 1, "x", null));
        }
        assertSame(few, FindingList.capped("a.txt", few, Map.of()));
    }
}
