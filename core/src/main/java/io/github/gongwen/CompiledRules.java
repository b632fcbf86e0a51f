package io.github.gongwen;

import io.github.gongwen.engine.RuleCompileException;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.engine.RuleSet;
import io.github.gongwen.engine.RuleSettings;
import io.github.gongwen.engine.RuleSource;
import io.github.gongwen.engine.UncheckedRuleCompileException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;

/**
 * The compiled rules of a checker and what its settings make of them: the rules by id with their
 * effective severity (a rule turned off is absent), and the test the engine applies per rule.
 */
record CompiledRules(RuleSet ruleSet, Map<String, RuleInfo> effective, Predicate<RuleInfo> enabled) {
    CompiledRules(RuleSet ruleSet, Map<String, RuleInfo> effective) {
        this(ruleSet, effective, r -> effective.containsKey(r.id()));
    }

    /** Every id and category of the compiled rules (on or off): the names a user may write. */
    Set<String> names() {
        Set<String> names = new HashSet<>();
        for (RuleInfo r : ruleSet.rules()) {
            names.add(r.id());
            names.add(r.category());
        }
        return names;
    }

    /** Compiles {@code sources} and applies {@code settings}. */
    static CompiledRules compile(List<RuleSource> sources, ClassLoader loader, RuleSettings settings)
            throws RuleCompileException {
        RuleSet ruleSet = RuleSet.compile(sources, loader);
        Map<String, RuleInfo> effective = new LinkedHashMap<>();
        for (RuleInfo r : ruleSet.rules()) {
            RuleInfo e = settings.apply(r);
            if (e != null) {
                effective.put(e.id(), e);
            }
        }
        return new CompiledRules(ruleSet, Collections.unmodifiableMap(effective));
    }

    /**
     * The compiled rules once {@code compiling} is done; rules that did not compile throw an
     * {@link UncheckedRuleCompileException}, other failures as they are.
     */
    static CompiledRules await(CompletableFuture<CompiledRules> compiling) {
        try {
            return compiling.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuleCompileException rce) {
                throw new UncheckedRuleCompileException(rce);
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
