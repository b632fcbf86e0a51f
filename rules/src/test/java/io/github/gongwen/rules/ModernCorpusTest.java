package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import io.github.gongwen.RunResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Correct modern official text (corpus/modern, written for the project in the style of 2025–2026
 * provincial, city and county reports) full of the traps that made false alarms on real reports:
 * programme names with × and X, 动态清零 of hazards, words meeting on one character, real doubled
 * characters in names, deliberate reduplication, 扫码入企, 连续61个月未, items that open with a
 * number, 谋划“十五五” in 2025, an annex that numbers again from 一、. Nothing may be flagged.
 */
class ModernCorpusTest {
    @Test
    void correctModernReportsGetNoFindings() {
        RunResult run = DefaultChecker.get().checkAll(List.of(DefaultChecker.dir("gongwen.modern")), 2);
        assertTrue(run.files().size() >= 3, "the modern corpus is there");
        assertEquals(List.of(), run.errors());
        List<String> found = new ArrayList<>();
        for (FileResult f : run.files()) {
            for (Finding x : f.findings()) {
                found.add(f.path() + ":" + x.line() + " " + x.category() + "/" + x.ruleId() + " «" + x.excerpt() + "» "
                        + x.message());
            }
        }
        assertEquals(List.of(), found);
    }
}
