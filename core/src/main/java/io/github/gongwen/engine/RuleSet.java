package io.github.gongwen.engine;

import io.github.gongwen.Background;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.drools.base.base.ObjectType;
import org.drools.base.rule.EntryPointId;
import org.drools.core.impl.InternalRuleBase;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled set of DRL rules with their metadata. Compiled once, then used concurrently: each
 * {@link #evaluate} call runs one document in its own session.
 *
 * <p>Compiled by {@link RuleCompiler}, which reads each rule's metadata with {@link RuleMetadata}.
 */
public final class RuleSet {
    /** The name of the global the rules report through. */
    public static final String GLOBAL = "findings";

    /** The value of {@code @fix} that marks a rule's suggestions as always right. */
    public static final String SAFE_FIX = "safe";

    private final KieBase kieBase;
    private final Map<String, RuleInfo> byKey;
    private final List<RuleInfo> rules;
    private final boolean hasGlobal;
    /**
     * Whether some pattern of the rules can match a fact of a class: a fact no pattern matches is
     * not inserted, since it could only cost time (half the facts of a report are paragraphs the
     * default rules do not look at).
     */
    private final ClassValue<Boolean> matchable;

    private final int precompiledSources;

    /**
     * Sessions to reuse: one disposed goes back to the pool, reset, with the memories its network
     * built kept (building them is most of what a new session costs). Grows to one per thread that
     * evaluates at the same time.
     */
    private final KieSessionsPool sessions;

    RuleSet(KieBase kieBase, Map<String, RuleInfo> byKey, int precompiledSources) {
        this.kieBase = kieBase;
        this.byKey = byKey;
        List<RuleInfo> list = new ArrayList<>(byKey.values());
        list.sort((a, b) -> a.id().compareTo(b.id()));
        this.rules = Collections.unmodifiableList(list);
        this.hasGlobal = kieBase.getKiePackages().stream().anyMatch(p -> p.getGlobalVariables().stream()
                .anyMatch(g -> g.getName().equals(GLOBAL)));
        this.precompiledSources = precompiledSources;
        this.matchable = matchable(kieBase);
        this.sessions = kieBase.newKieSessionsPool(1);
    }

    /**
     * Which classes the patterns of {@code kieBase} match: those its object type nodes (one per
     * type a pattern names, {@code Object} included) accept. Every class when the network cannot
     * be read.
     */
    private static ClassValue<Boolean> matchable(KieBase kieBase) {
        List<ObjectType> types = kieBase instanceof InternalRuleBase rb
                ? List.copyOf(rb.getRete().getObjectTypeNodes(EntryPointId.DEFAULT).keySet())
                : null;
        return new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> type) {
                return types == null || types.stream().anyMatch(t -> t.isAssignableFrom(type));
            }
        };
    }

    /**
     * Compiles DRL sources. Every rule must declare {@code @id} (kebab-case, unique),
     * {@code @category} (UPPER_SNAKE), {@code @severity} (error, warning or info) and {@code @message}.
     *
     * @throws RuleCompileException listing every problem with its file and line
     */
    public static RuleSet compile(List<RuleSource> sources, ClassLoader loader) throws RuleCompileException {
        Prefetched p = PREFETCHED.get();
        if (p != null && p.loader() == loader && p.sources().equals(sources) && PREFETCHED.compareAndSet(p, null)) {
            try {
                return p.rules().join();
            } catch (CompletionException e) {
                // compiled again below, for the exception with its problems
            }
        }
        return RuleCompiler.compile(sources, loader);
    }

    /**
     * The default rules being compiled ahead of need by {@link #prefetchDefaults}, for the first
     * {@link #compile} of exactly those sources; {@code null} when none is waiting.
     */
    private static final AtomicReference<Prefetched> PREFETCHED = new AtomicReference<>();

    private record Prefetched(ClassLoader loader, List<RuleSource> sources, CompletableFuture<RuleSet> rules) {
    }

    /**
     * Starts compiling the default rules of {@code loader} on a thread of its own; the next
     * {@link #compile} of exactly those sources with that loader takes the result (once) instead
     * of compiling them again. For a short-lived process that knows it will need them, at its
     * very start: they then load while it parses its arguments and configuration. A prefetch
     * nobody takes costs only the work done in the background.
     */
    public static void prefetchDefaults(ClassLoader loader) {
        List<RuleSource> sources = RuleSource.defaults(loader);
        CompletableFuture<RuleSet> rules = Background.supply("rules", () -> RuleCompiler.compile(sources, loader));
        PREFETCHED.set(new Prefetched(loader, List.copyOf(sources), rules));
    }

    static String key(String pkg, String name) {
        return pkg + "\u0000" + name;
    }

    /** Every rule's metadata, sorted by id. */
    public List<RuleInfo> rules() {
        return rules;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /**
     * The most rule firings for one document. A document of ordinary size fires a few thousand at
     * most; a rule that re-fires itself ({@code update} in a loop) stops here.
     */
    public static final int MAX_FIRINGS = 1_000_000;

    /**
     * Runs the rules over one document's facts in a new session.
     *
     * @param enabled which rules may fire (by their metadata)
     * @throws RuleLimitException when the rules fire {@link #MAX_FIRINGS} times
     * @throws io.github.gongwen.text.CheckInterruptedException when the thread is interrupted
     */
    public List<Findings.Raw> evaluate(Collection<?> facts, Predicate<RuleInfo> enabled) {
        return evaluateCounted(facts, enabled).raw();
    }

    /** The findings of {@link #evaluate} with how many of each rule were dropped over the cap. */
    public record Evaluation(List<Findings.Raw> raw, Map<RuleInfo, Integer> dropped) {
    }

    /** {@link #evaluate}, with the count of findings beyond {@link Findings#KEEP_PER_RULE}. */
    public Evaluation evaluateCounted(Collection<?> facts, Predicate<RuleInfo> enabled) {
        Findings findings = new Findings(byKey);
        KieSession session = sessions.newKieSession();
        Running running = new Running(session);
        RUNNING.put(Thread.currentThread(), running);
        try {
            if (hasGlobal) {
                session.setGlobal(GLOBAL, findings);
            }
            for (Object f : facts) {
                if (matchable.get(f.getClass())) {
                    session.insert(f);
                }
            }
            int fired = session.fireAllRules(match -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new io.github.gongwen.text.CheckInterruptedException();
                }
                Rule r = match.getRule();
                RuleInfo info = byKey.get(key(r.getPackageName(), r.getName()));
                boolean fire = info != null && enabled.test(info);
                if (fire) {
                    running.rule = info.id();
                }
                return fire;
            }, MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new RuleLimitException("规则触发次数达到上限（" + MAX_FIRINGS + " 次），可能有规则反复触发自身");
            }
        } finally {
            RUNNING.remove(Thread.currentThread());
            session.dispose();
        }
        return new Evaluation(findings.raw(), findings.dropped());
    }

    /** The session a thread is running rules in, and the id of the rule it last let fire. */
    private static final class Running {
        final KieSession session;
        volatile String rule;

        Running(KieSession session) {
            this.session = session;
        }
    }

    private static final Map<Thread, Running> RUNNING = new ConcurrentHashMap<>();

    /**
     * Asks the rules running on {@code thread} (one whose time is up) to stop: halts its session,
     * which ends the run after the consequence under way. A consequence is Java: one that loops
     * without end cannot be stopped from outside, and its thread is lost (see docs/limits.md).
     *
     * @return the id of the rule whose consequence the thread last started, or {@code null} when
     *     the thread is not running rules
     */
    public static String halt(Thread thread) {
        Running r = RUNNING.get(thread);
        if (r == null) {
            return null;
        }
        try {
            r.session.halt();
        } catch (RuntimeException e) { // a session being disposed: nothing to halt
        }
        return r.rule;
    }

    /** The metadata of the rule with this id, or {@code null}. */
    public RuleInfo rule(String id) {
        for (RuleInfo r : rules) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    /** How many of the sources (the first ones) were loaded precompiled rather than compiled from DRL. */
    public int precompiledSources() {
        return precompiledSources;
    }
}
