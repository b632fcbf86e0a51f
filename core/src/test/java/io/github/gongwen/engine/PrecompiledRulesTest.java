package io.github.gongwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.gongwen.Checker;
import io.github.gongwen.Finding;
import io.github.gongwen.TestRules;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecompiledRulesTest {
    private static final String USER_RULE = TestRules.PLACEHOLDER_RULE.replace("house-placeholder", "user-placeholder");

    @TempDir
    Path dir;

    /** A class loader with one default rule file, precompiled into the resource when {@code precompile}. */
    private ClassLoader rulesOnClassPath(String drl, boolean precompile) throws Exception {
        Path rules = Files.createDirectories(dir.resolve(RuleSource.DEFAULT_DIR));
        Files.writeString(rules.resolve("rules.index"), "house.drl\n", StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("house.drl"), drl, StandardCharsets.UTF_8);
        ClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
        if (precompile) {
            PrecompiledRulesWriter.write(RuleSource.defaults(loader), loader, dir);
        }
        return loader;
    }

    @Test
    void theDefaultRulesAreLoadedPrecompiledWhenTheirDrlIsUnchanged() throws Exception {
        ClassLoader loader = rulesOnClassPath(TestRules.PLACEHOLDER_RULE, true);
        List<RuleSource> defaults = RuleSource.defaults(loader);
        PrecompiledRules.Loaded loaded = PrecompiledRules.load(defaults, loader);
        assertEquals(1, loaded.sourceCount());
        assertFalse(loaded.models().isEmpty());
    }

    @Test
    void changedDrlIsCompiledFromSource() throws Exception {
        ClassLoader loader = rulesOnClassPath(TestRules.PLACEHOLDER_RULE, true);
        List<RuleSource> edited = List.of(new RuleSource(RuleSource.DEFAULT_DIR + "house.drl",
                TestRules.PLACEHOLDER_RULE.replace("warning", "error")));
        assertSame(PrecompiledRules.Loaded.NONE, PrecompiledRules.load(edited, loader));
        RuleSet rules = RuleSet.compile(edited, loader);
        assertEquals("error", rules.rule("house-placeholder").severity().id());
    }

    @Test
    void userRulesAreCompiledNextToThePrecompiledOnesWithTheSameFindings() throws Exception {
        String text = "全镇共有X个村，*名干部。\n";
        List<Finding> fromDrl = withUserRule(rulesOnClassPath(TestRules.PLACEHOLDER_RULE, false)).check("a.txt", text);
        ClassLoader loader = rulesOnClassPath(TestRules.PLACEHOLDER_RULE, true);
        List<RuleSource> sources = new ArrayList<>(RuleSource.defaults(loader));
        sources.add(new RuleSource("user.drl", USER_RULE));
        assertEquals(1, PrecompiledRules.load(sources, loader).sourceCount());
        List<Finding> precompiled = withUserRule(loader).check("a.txt", text);
        assertEquals(4, precompiled.size());
        assertEquals(fromDrl, precompiled);
    }

    private static Checker withUserRule(ClassLoader loader) throws Exception {
        return TestRules.builder().defaultRules(true).classLoader(loader).rules("user.drl", USER_RULE).build();
    }

    /** The model resolves the escapes in metadata strings; rules compiled from DRL read the same. */
    @Test
    void metadataReadsTheSameFromTheModelAsFromDrl() throws Exception {
        String drl = TestRules.PLACEHOLDER_RULE.replace("@message(\"占位符“{0}”\")",
                "@message(\"占位符\\\"{0}\\\"\")\n    @description(\"a \\\"quoted\\\" \\\\ word\")");
        ClassLoader plain = rulesOnClassPath(drl, false);
        RuleInfo fromDrl = RuleSet.compile(RuleSource.defaults(plain), plain).rule("house-placeholder");
        assertEquals("占位符\"{0}\"", fromDrl.message());
        assertEquals("a \"quoted\" \\ word", fromDrl.description());
        ClassLoader loader = rulesOnClassPath(drl, true);
        RuleSet precompiled = RuleSet.compile(RuleSource.defaults(loader), loader);
        assertEquals(1, precompiled.precompiledSources());
        RuleInfo modelled = precompiled.rule("house-placeholder");
        assertEquals(List.of(fromDrl.message(), fromDrl.description(), fromDrl.source(), fromDrl.line()),
                List.of(modelled.message(), modelled.description(), modelled.source(), modelled.line()));
    }
}
