package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.engine.RuleSet;
import io.github.gongwen.engine.RuleSource;
import java.util.ArrayList;
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

    @Test
    void aPrefetchGoesOnlyToACompileOfTheSameSources() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        List<RuleSource> defaults = RuleSource.defaults(loader);
        List<RuleSource> more = new ArrayList<>(defaults);
        more.add(new RuleSource("tbd.drl", """
                package test;
                import io.github.gongwen.fact.Paragraph;
                global io.github.gongwen.engine.Findings findings;
                rule "tbd"
                    @id("tbd") @category("PLACEHOLDER") @severity("warning") @message("待定：{0}") @title("待定")
                when
                    $p : Paragraph(text contains "待定")
                then
                    findings.report(drools, $p, $p.getText());
                end
                """));
        RuleSet.prefetchDefaults(loader);
        // other sources while the prefetch waits: compiled for themselves
        RuleSet withExtra = RuleSet.compile(more, loader);
        assertNotNull(withExtra.rule("tbd"));
        assertEquals(defaults.size() + 1, withExtra.rules().stream().map(RuleInfo::source).distinct().count());
        // the same sources take it, once; the next compile gives an equal rule set of its own
        RuleSet first = RuleSet.compile(defaults, loader);
        RuleSet second = RuleSet.compile(defaults, loader);
        assertNotSame(first, second);
        assertNull(first.rule("tbd"));
        assertEquals(describe(second.rules()), describe(first.rules()));
    }

    private static List<String> describe(List<RuleInfo> rules) {
        return rules.stream().map(r -> r.id() + " " + r.source() + ":" + r.line() + " " + r.message()).toList();
    }
}
