package io.github.gongwen.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.Checker;
import io.github.gongwen.TestRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleRunnerTest {
    private static final String EXAMPLES = """
            # Examples for house.drl.
            ::: flag house-placeholder
            全年增长«X»%。

            ::: pass house-placeholder
            全年增长5%。
            """;

    @TempDir
    Path dir;

    @Test
    void onlyTheSelectedRulesAreRunAndTheyNeedBothKindsOfExample() throws Exception {
        Path house = Files.createDirectories(dir.resolve("house"));
        Files.writeString(house.resolve("house.drl"), TestRules.PLACEHOLDER_RULE);
        Files.writeString(house.resolve("house.examples"), EXAMPLES);
        Files.writeString(house.resolve("bare.drl"), TestRules.PLACEHOLDER_RULE.replace("house-placeholder", "bare")
                .replace("package house", "package bare"));
        String other = TestRules.PLACEHOLDER_RULE.replace("house-placeholder", "other").replace("package house",
                "package other");
        Checker checker = TestRules.builder().ruleDirectory(house).rules("other.drl", other).build();

        ExampleRunner.Result r = ExampleRunner.run(checker, ExampleRunner.under(house));
        assertEquals(2, r.examples());
        assertEquals(2, r.rules(), "house-placeholder and bare, not other.drl");
        assertEquals(List.of(house.resolve("bare.drl") + ":5: rule bare needs examples that must be flagged and "
                + "examples that must pass (has 0 flag, 0 pass) in " + house.resolve("bare.examples")), r.failures());
        assertEquals(3, ExampleRunner.run(checker).rules());
    }

    @Test
    void failuresNameTheExampleFileAndLine() throws Exception {
        Path house = Files.createDirectories(dir.resolve("house"));
        Files.writeString(house.resolve("house.drl"), TestRules.PLACEHOLDER_RULE);
        Files.writeString(house.resolve("house.examples"), EXAMPLES.replace("全年增长5%。", "全年增长X%。")
                + "\n::: pass no-such-rule\n文本\n");
        Checker checker = TestRules.builder().ruleDirectory(house).build();
        List<String> f = ExampleRunner.run(checker, ExampleRunner.under(house)).failures();
        String examples = house.resolve("house.examples").toString();
        assertEquals(2, f.size(), f.toString());
        assertTrue(f.get(0).startsWith(examples + ":5 (pass house-placeholder): must not be flagged, but got 1:5 «X»"),
                f.get(0));
        assertEquals(examples + ":8 (pass no-such-rule): no rule has this id", f.get(1));

        Checker off = TestRules.builder().ruleDirectory(house).disable("house-placeholder").build();
        List<String> g = ExampleRunner.run(off, ExampleRunner.under(house)).failures();
        assertTrue(g.get(0).endsWith(":2 (flag house-placeholder): the rule is turned off by the settings, so its "
                + "examples cannot run"), g.toString());
    }

    /** A house rule that suggests replacing each placeholder with "5"; {@code fix} marks it safe or not. */
    private static String suggesting(String fix) {
        return TestRules.PLACEHOLDER_RULE.replace("    @severity(\"warning\")\n", "    @severity(\"warning\")\n" + fix)
                .replace("findings.report(drools, $p, $p.getText());",
                        "findings.suggest(drools, $p, \"5\", $p.getText());");
    }

    @Test
    void statedCorrectionsAreChecked() throws Exception {
        Path house = Files.createDirectories(dir.resolve("house"));
        Files.writeString(house.resolve("house.drl"), suggesting(""));
        Files.writeString(house.resolve("house.examples"), """
                ::: flag house-placeholder
                全年增长«X→5»%，完成«XX→6»亿元，«X»人。

                ::: pass house-placeholder
                全年增长5%。
                """);
        Checker checker = TestRules.builder().ruleDirectory(house).build();
        List<String> f = ExampleRunner.run(checker, ExampleRunner.under(house)).failures();
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).contains("expected [14-15 «X», 4-5 «X»→«5», 9-11 «XX»→«6»] but got "
                + "[14-15 «X», 4-5 «X»→«5», 9-11 «XX»→«5»]"), f.get(0));

        Example ex = ExampleFile.parse("t.examples", "::: flag r\n（一）«、→»加强«动动→动»\n").get(0);
        assertEquals("（一）、加强动动", ex.text());
        assertEquals(java.util.Arrays.asList("", "动"), ex.corrections());
        assertEquals("（一）«、→»加强«动动→动»", RuleCatalogue.marked(ex));
    }

    @Test
    void aSafeRuleStatesItsCorrectionAndItsFixedExamplesPass() throws Exception {
        Path house = Files.createDirectories(dir.resolve("house"));
        Files.writeString(house.resolve("house.drl"), suggesting("    @fix(\"safe\")\n"));
        Files.writeString(house.resolve("house.examples"), EXAMPLES);
        Checker checker = TestRules.builder().ruleDirectory(house).build();
        assertTrue(checker.rules().get(0).safeFix());
        List<String> f = ExampleRunner.run(checker, ExampleRunner.under(house)).failures();
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).contains("rule house-placeholder is marked @fix(\"safe\") but no flag example states its"
                + " correction"), f.get(0));

        // a "fix" the rule flags again is caught
        Files.writeString(house.resolve("house.drl"), suggesting("    @fix(\"safe\")\n").replace("\"5\"", "\"XX\""));
        Files.writeString(house.resolve("house.examples"), EXAMPLES.replace("«X»", "«X→XX»"));
        List<String> g = ExampleRunner.run(TestRules.builder().ruleDirectory(house).build(),
                ExampleRunner.under(house)).failures();
        assertEquals(1, g.size(), g.toString());
        assertTrue(g.get(0).contains("with the rule's safe fixes applied («全年增长XX%。») is flagged again"), g.get(0));
    }
}
