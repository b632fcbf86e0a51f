package io.github.gongwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.gongwen.Checker;
import io.github.gongwen.Finding;
import io.github.gongwen.TestRules;
import java.io.OutputStream;
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
            try (OutputStream out = Files.newOutputStream(dir.resolve(PrecompiledRules.RESOURCE))) {
                PrecompiledRules.write(RuleSource.defaults(loader), loader, out);
            }
        }
        return loader;
    }

    @Test
    void theDefaultRulesAreLoadedPrecompiledWhenTheirDrlIsUnchanged() throws Exception {
        ClassLoader loader = rulesOnClassPath(TestRules.PLACEHOLDER_RULE, true);
        List<RuleSource> defaults = RuleSource.defaults(loader);
        PrecompiledRules.Loaded loaded = PrecompiledRules.load(defaults, loader);
        assertEquals(1, loaded.sourceCount());
        assertFalse(loaded.packages().isEmpty());
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
}
