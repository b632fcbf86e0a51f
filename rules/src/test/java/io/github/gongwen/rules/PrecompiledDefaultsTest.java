package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.engine.RuleSet;
import io.github.gongwen.engine.RuleSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build precompiles the default rules, and the checker takes them from there instead of compiling. */
class PrecompiledDefaultsTest {
    @Test
    void theDefaultRulesAreLoadedPrecompiled() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        List<RuleSource> defaults = RuleSource.defaults(loader);
        RuleSet rules = RuleSet.compile(defaults, loader);
        assertEquals(defaults.size(), rules.precompiledSources());
        assertEquals(describe(DefaultChecker.get().rules()), describe(rules.rules()));
    }

    private static List<String> describe(List<RuleInfo> rules) {
        return rules.stream().map(r -> r.id() + " " + r.source() + ":" + r.line() + " " + r.message()).toList();
    }
}
