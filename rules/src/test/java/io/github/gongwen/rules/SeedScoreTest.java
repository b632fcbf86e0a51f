package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.RunResult;
import io.github.gongwen.engine.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** The categories the editor labelled in the seeds, each one a category of the default rules. */
    static Stream<String> labelledCategories() throws IOException {
        Set<String> rules = DefaultChecker.get().rules().stream().map(RuleInfo::category).collect(Collectors.toSet());
        List<String> rows = Files.readAllLines(DefaultChecker.dir("gongwen.labels"), StandardCharsets.UTF_8);
        Set<String> labelled = new TreeSet<>();
        for (String row : rows.subList(1, rows.size())) {
            labelled.add(row.split("\t", -1)[2]);
        }
        assertTrue(rules.containsAll(labelled), "labels of unknown categories: " + labelled);
        assertTrue(labelled.size() >= 10, "the labels are there: " + labelled);
        return labelled.stream();
    }

    @ParameterizedTest
    @MethodSource("labelledCategories")
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
