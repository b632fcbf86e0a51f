package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.RunResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five seed reports, scored against the defects an editor marked in them
 * ({@code seeds-labels.tsv}): precision and recall at least 0.9 per category.
 */
class SeedScoreTest {
    private static Map<String, Score.Counts> scores;

    @BeforeAll
    static void run() throws Exception {
        RunResult run = DefaultChecker.get().checkAll(List.of(DefaultChecker.dir("gongwen.seeds")), 2);
        scores = Score.score(DefaultChecker.dir("gongwen.labels"), run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PLACEHOLDER", "NUM_DUPLICATE", "NUM_GAP", "NUM_STYLE", "RESIDUE", "SECTION_MISSING",
        "PUNCT_WIDTH", "PUNCT_PAIR", "DUP_CHAR", "TYPO", "FORMULATION"})
    void precisionAndRecallAtLeast90Percent(String category) {
        Score.Counts c = scores.get(category);
        String figures = category + ": " + c;
        assertTrue(c.precision() >= 0.9, "precision " + figures);
        assertTrue(c.recall() >= 0.9, "recall " + figures);
    }

    static Path seeds() {
        return DefaultChecker.dir("gongwen.seeds");
    }
}
