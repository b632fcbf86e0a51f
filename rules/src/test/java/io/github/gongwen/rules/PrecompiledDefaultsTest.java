package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.Checker;
import io.github.gongwen.Finding;
import io.github.gongwen.RunResult;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.engine.RuleSet;
import io.github.gongwen.engine.RuleSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build precompiles the default rules, and the checker takes them from there instead of compiling;
 * a prefetch goes only to a checker it fits.
 */
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

    /**
     * A prefetch also prepares the default lexicon and extractors; a builder with the default lists
     * takes them (for its report year), one with lists of its own does not.
     */
    @Test
    void prefetchedExtractorsGiveTheSameFindings() throws Exception {
        Path seed = DefaultChecker.dir("gongwen.seeds").resolve("000_8c0456827b2e043f.txt");
        String text = Files.readString(seed) + "\n今年是新中国成立70周年，由待补充内容同志负责。\n";
        List<Finding> plain = DefaultChecker.get().check(seed.toString(), text);
        List<Finding> for2019 = Checker.builder().reportYear(2019).build().check(seed.toString(), text);
        assertNotEquals(plain, for2019);

        Checker.prefetchDefaults();
        assertEquals(plain, Checker.builder().build().check(seed.toString(), text));
        Checker.prefetchDefaults();
        assertEquals(for2019, Checker.builder().reportYear(2019).build().check(seed.toString(), text));
        Checker.prefetchDefaults();
        List<Finding> extended = Checker.builder().extendList("placeholders.txt", List.of("待补充内容")).build()
                .check(seed.toString(), text);
        assertTrue(extended.stream().anyMatch(f -> f.excerpt().equals("待补充内容")), extended.toString());
        assertTrue(plain.stream().noneMatch(f -> f.excerpt().equals("待补充内容")), plain.toString());
        // the prefetch left by the extended builder goes to the next default one
        assertEquals(plain, Checker.builder().build().check(seed.toString(), text));
    }

    /**
     * The executable model finds what the DRL it was made from finds, over the real reports: an
     * edited default rule falls back to the DRL, which must mean the same.
     */
    @Test
    void theModelFindsWhatItsDrlFinds() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        Checker.Builder fromDrl = Checker.builder().defaultRules(false);
        for (RuleSource s : RuleSource.defaults(loader)) {
            // an edit, so that the precompiled model does not fit these sources
            fromDrl.rules(s.name(), s.drl() + "\n// compiled from DRL\n");
        }
        List<Path> reports = List.of(DefaultChecker.dir("gongwen.seeds"), DefaultChecker.dir("gongwen.corpus"));
        RunResult drl = fromDrl.build().checkAll(reports, 2);
        RunResult model = DefaultChecker.get().checkAll(reports, 2);
        assertTrue(model.findings().size() > 100, "findings: " + model.findings().size());
        assertEquals(model.findings(), drl.findings());
    }
}
