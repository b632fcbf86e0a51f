package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.Checker;
import io.github.gongwen.engine.RuleSource;
import io.github.gongwen.kit.Example;
import io.github.gongwen.kit.ExampleFile;
import io.github.gongwen.kit.ExampleRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example of every default rule (the {@code .examples} file beside each {@code .drl}):
 * flagged text must be flagged exactly at the marked spans, passing text must not be flagged.
 */
class RuleExamplesTest {
    @TestFactory
    Stream<DynamicTest> everyExampleHolds() {
        Checker checker = DefaultChecker.get();
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
        ExampleRunner.Result r = ExampleRunner.run(DefaultChecker.get());
        assertEquals(List.of(), r.failures());
        assertTrue(r.rules() >= 10, "rules: " + r.rules());
    }
}
