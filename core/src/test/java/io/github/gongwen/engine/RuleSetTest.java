package io.github.gongwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.Checker;
import io.github.gongwen.Finding;
import io.github.gongwen.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetTest {
    @Test
    void aCompileErrorNamesTheFileAndLine() {
        String broken = TestRules.PLACEHOLDER_RULE.replace("$p : Placeholder()", "$p : Placeholder( nosuchfield == 1 )");
        RuleCompileException e = assertThrows(RuleCompileException.class,
                () -> TestRules.builder().rules("house/broken.drl", broken).build());
        RuleCompileException.Problem p = e.problems().get(0);
        assertEquals("house/broken.drl", p.file());
        assertEquals(11, p.line(), e.getMessage());
        assertTrue(p.message().contains("nosuchfield"), p.message());
    }

    @Test
    void aRuleWithoutMetadataIsRejected() {
        String bare = TestRules.PLACEHOLDER_RULE.replace("    @severity(\"warning\")\n", "");
        RuleCompileException e = assertThrows(RuleCompileException.class,
                () -> TestRules.builder().rules("bare.drl", bare).build());
        assertTrue(e.getMessage().contains("@severity"), e.getMessage());
        assertEquals("bare.drl", e.problems().get(0).file());
        assertEquals(5, e.problems().get(0).line());
    }

    @Test
    void duplicateIdsAreRejected() {
        RuleCompileException e = assertThrows(RuleCompileException.class, () -> TestRules.builder()
                .rules("a.drl", TestRules.PLACEHOLDER_RULE)
                .rules("b.drl", TestRules.PLACEHOLDER_RULE.replace("package house", "package other")
                        .replace("rule \"house-placeholder\"", "rule \"another\""))
                .build());
        assertTrue(e.getMessage().contains("house-placeholder"), e.getMessage());
    }

    @Test
    void aUserRuleReportsWithItsMetadata() throws Exception {
        Checker checker = TestRules.builder().rules("house.drl", TestRules.PLACEHOLDER_RULE).build();
        List<Finding> findings = checker.check("a.txt", "全镇实现增长X%。\n");
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("house-placeholder", f.ruleId());
        assertEquals("占位符“X”", f.message());
        assertEquals(1, f.line());
        assertEquals(7, f.column());
        assertEquals(8, f.endColumn());
    }

    /** Facts no pattern matches are left out of the session; a rule over any type still sees its facts. */
    @Test
    void factsOfEveryTypeARuleNamesReachIt() throws Exception {
        String paragraphs = TestRules.PLACEHOLDER_RULE.replace("import io.github.gongwen.fact.Placeholder;",
                "import io.github.gongwen.fact.Paragraph;").replace("house-placeholder", "house-paragraph")
                .replace("$p : Placeholder()", "$p : Paragraph( text.startsWith(\"第\") )")
                .replace("占位符“{0}”", "段落“{0}”");
        String anything = TestRules.PLACEHOLDER_RULE.replace("house-placeholder", "house-object")
                .replace("$p : Placeholder()", "$p : Object( this instanceof io.github.gongwen.fact.Placeholder )")
                .replace("findings.report(drools, $p, $p.getText());",
                        "findings.report(drools, (io.github.gongwen.fact.Spanned) $p, \"*\");")
                .replace("package house", "package any");
        Checker checker = TestRules.builder().rules("paragraph.drl", paragraphs).rules("object.drl", anything).build();
        List<Finding> findings = checker.check("a.txt", "第一段。\n\n增长X%。\n");
        assertEquals(List.of("house-paragraph:1", "house-object:3"),
                findings.stream().map(f -> f.ruleId() + ":" + f.line()).toList());
    }
}
