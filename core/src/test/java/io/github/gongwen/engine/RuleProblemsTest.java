package io.github.gongwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongwen.TestRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User rules that cannot be used are refused with their file, their line and what to do. */
class RuleProblemsTest {
    private static final String RULE = TestRules.PLACEHOLDER_RULE;

    @TempDir
    Path dir;

    private static List<String> problems(String drl) {
        RuleCompileException e = assertThrows(RuleCompileException.class,
                () -> TestRules.builder().rules("house/x.drl", drl).build());
        return e.problems().stream().map(RuleCompileException.Problem::toString).toList();
    }

    @Test
    void aMissingImportNamesTheFactClass() {
        assertEquals(List.of("house/x.drl:10: unknown fact type 'Placeholder'; import it: import "
                + "io.github.gongwen.fact.Placeholder;"),
                problems(RULE.replace("import io.github.gongwen.fact.Placeholder;\n", "")));
        assertEquals(List.of("house/x.drl:11: unknown fact type 'Sentence'; facts are the classes of "
                + "io.github.gongwen.fact (Document, Paragraph, Heading, EnumItem, Placeholder, Residue, …) and must "
                + "be imported"), problems(RULE.replace("$p : Placeholder()", "$p : Sentence()")));
    }

    @Test
    void consequenceErrorsPointAtTheirLine() {
        assertEquals(List.of("house/x.drl:12: in the consequence (then … end): findings cannot be resolved; declare "
                + "it: global io.github.gongwen.engine.Findings findings;"),
                problems(RULE.replace("global io.github.gongwen.engine.Findings findings;\n", "")));
        assertEquals(List.of("house/x.drl:13: in the consequence (then … end): The method getTxt() is undefined for "
                + "the type Placeholder"), problems(RULE.replace("$p.getText()", "$p.getTxt()")));
    }

    @Test
    void syntaxAndExpressionErrorsAreShort() {
        assertEquals(List.of("house/x.drl:11: Unable to Analyse Expression txt == \"X\": unable to resolve method "
                + "using strict-mode: io.github.gongwen.fact.Placeholder.txt()"),
                problems(RULE.replace("Placeholder()", "Placeholder(txt == \"X\")")));
        List<String> noEnd = problems(RULE.replace("end\n", ""));
        assertEquals(1, noEnd.size(), noEnd.toString());
        assertEquals(true, noEnd.get(0).startsWith("house/x.drl:14: ") && noEnd.get(0).endsWith(
                "(does every rule close with 'end'?)"), noEnd.get(0));
    }

    @Test
    void metadataMustFollowTheConventions() {
        assertEquals(List.of("house/x.drl:5: rule \"house-placeholder\": @id 'House_Placeholder' must be kebab-case "
                + "(lower-case words joined by '-', e.g. house-banned-words)"),
                problems(RULE.replace("@id(\"house-placeholder\")", "@id(\"House_Placeholder\")")));
        assertEquals(List.of("house/x.drl:5: rule \"house-placeholder\": @category 'placeholder' must be UPPER_SNAKE "
                + "(e.g. HOUSE_STYLE)"), problems(RULE.replace("@category(\"PLACEHOLDER\")", "@category(\"placeholder\")")));
        assertEquals(List.of("house/x.drl:5: rule \"house-placeholder\": unknown severity 'warn' (expected error, "
                + "warning or info)"), problems(RULE.replace("\"warning\"", "\"warn\"")));
        assertEquals(List.of("house/x.drl:5: rule \"house-placeholder\" lacks required metadata @id, @message"),
                problems(RULE.replace("    @id(\"house-placeholder\")\n", "").replace("    @message(\"占位符“{0}”\")\n", "")));
    }

    @Test
    void rulesFromADirectoryAreNamedByTheirPath() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("house"));
        Files.writeString(rules.resolve("ok.drl"), RULE);
        Files.writeString(rules.resolve("bare.drl"), RULE.replace("house-placeholder", "bare")
                .replace("package house", "package bare").replace("    @category(\"PLACEHOLDER\")\n", ""));
        RuleCompileException e = assertThrows(RuleCompileException.class,
                () -> TestRules.builder().ruleDirectory(rules).build());
        assertEquals(List.of(rules.resolve("bare.drl") + ":5: rule \"bare\" lacks required metadata @category"),
                e.problems().stream().map(RuleCompileException.Problem::toString).toList());
    }
}
