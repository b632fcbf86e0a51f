package io.github.gongwen.engine;

import io.github.gongwen.Background;
import io.github.gongwen.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.base.ObjectType;
import org.drools.base.rule.EntryPointId;
import org.drools.core.impl.InternalRuleBase;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * A compiled set of DRL rules with their metadata. Compiled once, then used concurrently: each
 * {@link #evaluate} call runs one document in its own session.
 *
 * <p>Built with a {@link KnowledgeBuilder} on an explicit class loader (the one that sees the fact
 * classes: in a Maven plugin, the plugin realm), never with a shared default module.
 */
public final class RuleSet {
    /** The name of the global the rules report through. */
    public static final String GLOBAL = "findings";

    /** The value of {@code @fix} that marks a rule's suggestions as always right. */
    public static final String SAFE_FIX = "safe";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");
    private static final Pattern RULE_DECL = Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

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

    private RuleSet(KieBase kieBase, Map<String, RuleInfo> byKey, int precompiledSources) {
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
        return compileNow(sources, loader);
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
        CompletableFuture<RuleSet> rules = Background.supply("rules", () -> compileNow(sources, loader));
        PREFETCHED.set(new Prefetched(loader, List.copyOf(sources), rules));
    }

    private static RuleSet compileNow(List<RuleSource> sources, ClassLoader loader) throws RuleCompileException {
        Map<String, RuleSource> byName = new HashMap<>();
        for (RuleSource s : sources) {
            byName.put(s.name(), s);
        }
        List<RuleCompileException.Problem> problems = new ArrayList<>();
        PrecompiledRules.Loaded precompiled = PrecompiledRules.load(sources, loader);
        List<RuleSource> rest = sources.subList(precompiled.sourceCount(), sources.size());
        Collection<KiePackage> compiled = rest.isEmpty() ? List.of() : build(rest, byName, loader);
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration(null, loader);
        InternalKnowledgeBase kbase = precompiled.models().isEmpty()
                ? KnowledgeBaseFactory.newKnowledgeBase(conf)
                : KieBaseBuilder.createKieBaseFromModel(precompiled.models(), conf);
        if (!compiled.isEmpty()) {
            kbase.addPackages(compiled);
        }

        // where each rule is declared: the executable model does not keep its rules' files
        Map<String, Map<String, Integer>> lines = new HashMap<>();
        for (RuleSource s : sources) {
            lines.put(s.name(), declarations(s.drl()));
        }
        List<RuleSource> modelled = sources.subList(0, precompiled.sourceCount());
        Map<String, RuleInfo> infos = new LinkedHashMap<>();
        Map<String, RuleInfo> byId = new HashMap<>();
        for (KiePackage p : kbase.getKiePackages()) {
            for (Rule rule : p.getRules()) {
                String source = sourceOf(rule);
                boolean fromDrl = source != null;
                if (source == null) {
                    source = modelled.stream().map(RuleSource::name)
                            .filter(n -> lines.get(n).containsKey(rule.getName())).findFirst().orElse("?");
                }
                int line = lines.getOrDefault(source, Map.of()).getOrDefault(rule.getName(), 0);
                RuleInfo info = metadata(rule, fromDrl, source, line, problems);
                if (info == null) {
                    continue;
                }
                RuleInfo dup = byId.put(info.id(), info);
                if (dup != null) {
                    problems.add(new RuleCompileException.Problem(source, line, "rule id '" + info.id()
                            + "' is already used by " + dup.source() + ":" + dup.line()));
                }
                infos.put(key(p.getName(), rule.getName()), info);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> a.file().equals(b.file()) ? Integer.compare(a.line(), b.line())
                    : a.file().compareTo(b.file()));
            throw new RuleCompileException(problems);
        }
        return new RuleSet(kbase, infos, precompiled.sourceCount());
    }

    /** Compiles DRL sources into knowledge packages. */
    static Collection<KiePackage> build(List<RuleSource> sources, Map<String, RuleSource> byName,
            ClassLoader loader) throws RuleCompileException {
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        for (RuleSource s : sources) {
            Resource r = ResourceFactory.newByteArrayResource(s.drl().getBytes(StandardCharsets.UTF_8));
            r.setSourcePath(s.name());
            r.setResourceType(ResourceType.DRL);
            builder.add(r, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            List<RuleCompileException.Problem> problems = new ArrayList<>();
            for (KnowledgeBuilderError e : builder.getErrors()) {
                String file = e.getResource() != null && e.getResource().getSourcePath() != null
                        ? e.getResource().getSourcePath() : "?";
                int[] lines = e.getLines();
                problems.add(new RuleCompileException.Problem(file, lines != null && lines.length > 0 ? lines[0] : 0,
                        e.getMessage().strip()));
            }
            throw new RuleCompileException(RuleProblems.explain(problems, byName, loader));
        }
        return builder.getKnowledgePackages();
    }

    private static RuleInfo metadata(Rule rule, boolean fromDrl, String source, int line,
            List<RuleCompileException.Problem> problems) {
        Map<String, Object> meta = fromDrl ? unescaped(rule.getMetaData()) : rule.getMetaData();
        List<String> missing = new ArrayList<>();
        for (String k : List.of("id", "category", "severity", "message")) {
            Object v = meta.get(k);
            if (v == null || v.toString().isBlank()) {
                missing.add("@" + k);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new RuleCompileException.Problem(source, line, "rule \"" + rule.getName()
                    + "\" lacks required metadata " + String.join(", ", missing)));
            return null;
        }
        String id = str(meta, "id");
        String category = str(meta, "category");
        if (!ID.matcher(id).matches()) {
            problems.add(new RuleCompileException.Problem(source, line, "rule \"" + rule.getName() + "\": @id '" + id
                    + "' must be kebab-case (lower-case words joined by '-', e.g. house-banned-words)"));
            return null;
        }
        if (!CATEGORY.matcher(category).matches()) {
            problems.add(new RuleCompileException.Problem(source, line, "rule \"" + rule.getName() + "\": @category '"
                    + category + "' must be UPPER_SNAKE (e.g. HOUSE_STYLE)"));
            return null;
        }
        Severity severity;
        try {
            severity = Severity.parse(meta.get("severity").toString());
        } catch (IllegalArgumentException e) {
            problems.add(new RuleCompileException.Problem(source, line, "rule \"" + rule.getName() + "\": "
                    + e.getMessage()));
            return null;
        }
        String fix = str(meta, "fix");
        if (fix != null && !fix.equals(SAFE_FIX)) {
            problems.add(new RuleCompileException.Problem(source, line, "rule \"" + rule.getName() + "\": @fix '"
                    + fix + "' must be \"" + SAFE_FIX + "\" (leave it out when a suggestion needs an editor's look)"));
            return null;
        }
        return new RuleInfo(id, category, severity, str(meta, "message"),
                str(meta, "title"), description(meta), source, line, fix != null);
    }

    /** Drools files {@code @description} under the name of its own annotation class. */
    private static String description(Map<String, Object> meta) {
        String d = str(meta, "description");
        return d != null ? d : str(meta, org.kie.api.definition.type.Description.class.getName());
    }

    /**
     * Metadata of a rule compiled from DRL with the escapes of its string literals resolved
     * ({@code \\"} is {@code "}), as the executable model has them.
     */
    private static Map<String, Object> unescaped(Map<String, Object> meta) {
        Map<String, Object> out = new HashMap<>(meta);
        out.replaceAll((k, v) -> v instanceof String t && t.indexOf('\\') >= 0 ? unescape(t) : v);
        return out;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "\"'\\".indexOf(s.charAt(i + 1)) >= 0) {
                c = s.charAt(++i);
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String str(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        return v == null ? null : v.toString().strip();
    }

    /**
     * The file a rule compiled from DRL came from ({@code "?"} when its resource has no path);
     * {@code null} for a rule of the executable model, which keeps no resource.
     */
    private static String sourceOf(Rule rule) {
        if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null) {
            String p = impl.getResource().getSourcePath();
            return p != null ? p : "?";
        }
        return null;
    }

    /** The line of each rule declared in a DRL text, by rule name. */
    private static Map<String, Integer> declarations(String drl) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = RULE_DECL.matcher(drl);
        int line = 1;
        int at = 0;
        while (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            for (; at < m.start(g); at++) {
                if (drl.charAt(at) == '\n') {
                    line++;
                }
            }
            out.putIfAbsent(m.group(g), line);
        }
        return out;
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
                return info != null && enabled.test(info);
            }, MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new RuleLimitException("规则触发次数达到上限（" + MAX_FIRINGS + " 次），可能有规则反复触发自身");
            }
        } finally {
            session.dispose();
        }
        return new Evaluation(findings.raw(), findings.dropped());
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
