package io.github.gongwen.engine;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class RulePatternsTest {
    @Test
    void anExpressionIsCompiledOnceAndABadOneIsRefused() {
        assertSame(RulePatterns.compiled("原则上|基本上"), RulePatterns.compiled("原则上|基本上"));
        assertTrue(RulePatterns.compiled("原则上|基本上").matcher("全年任务基本上完成").find());
        assertThrows(PatternSyntaxException.class, () -> RulePatterns.compiled("(原则上"));
    }
}
