package io.github.gongwen.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles rule sources into a {@link RuleSet}: the precompiled ones are loaded from the
 * executable model, the others built from DRL with a {@link KnowledgeBuilder} on an explicit class
 * loader (the one that sees the fact classes: in a Maven plugin, the plugin realm), never with a
 * shared default module. Every problem is collected with its file and line.
 */
final class RuleCompiler {
    private static final Pattern RULE_DECL = Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

    private RuleCompiler() {
    }

    /** Compiles {@code sources}, those precompiled into the executable model first (see {@link PrecompiledRules}). */
    static RuleSet compile(List<RuleSource> sources, ClassLoader loader) throws RuleCompileException {
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
                RuleInfo info = RuleMetadata.read(rule, fromDrl, source, line, problems);
                if (info == null) {
                    continue;
                }
                RuleInfo dup = byId.put(info.id(), info);
                if (dup != null) {
                    problems.add(new RuleCompileException.Problem(source, line, "rule id '" + info.id()
                            + "' is already used by " + dup.source() + ":" + dup.line()));
                }
                infos.put(RuleSet.key(p.getName(), rule.getName()), info);
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
}
