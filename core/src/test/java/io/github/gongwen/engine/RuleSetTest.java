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
}
