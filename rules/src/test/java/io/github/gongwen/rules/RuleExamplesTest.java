package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.Checker;
import io.github.gongwen.engine.RuleSource;
import io.github.gongwen.kit.Example;
import io.github.gongwen.kit.ExampleFile;
import io.github.gongwen.kit.ExampleRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example of every rule (the {@code .examples} file beside each {@code .drl}), the
 * default rules and the house rules of {@code examples/custom-rules/} compiled together, with the
 * house words of {@code examples/house-words.tsv} (the house-word rules find nothing without a
 * list): flagged text must be flagged exactly at the marked spans, passing text must not be flagged.
 */
class RuleExamplesTest {
    private static Checker checker;

    @BeforeAll
    static void compile() throws Exception {
        checker = Checker.builder().ruleDirectory(customRules())
                .houseWords(customRules().resolveSibling("house-words.tsv")).build();
    }

    private static Path customRules() {
        return DefaultChecker.dir("gongwen.customRules").normalize();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleHolds() {
        List<Example> examples = new ArrayList<>();
        for (RuleSource s : checker.ruleSources()) {
            if (s.examples() != null) {
                examples.addAll(ExampleFile.parse(RuleSource.examplesName(s.name()), s.examples()));
            }
        }
        assertTrue(examples.size() > 20, "examples found: " + examples.size());
        return examples.stream().map(ex -> DynamicTest.dynamicTest(ex.where(),
                () -> assertNull(ExampleRunner.check(checker, ex))));
    }

    @Test
    void everyRuleHasFlaggedAndPassingExamples() {
        ExampleRunner.Result r = ExampleRunner.run(checker);
        assertEquals(List.of(), r.failures());
        assertTrue(r.rules() >= 12, "rules: " + r.rules());
    }

    @Test
    void theCustomRulesAreRunToo() throws Exception {
        ExampleRunner.Result r = ExampleRunner.run(checker, ExampleRunner.under(customRules()));
        assertEquals(List.of(), r.failures());
        assertEquals(2, r.rules());
        assertTrue(r.examples() >= 8, "examples: " + r.examples());
    }
}
