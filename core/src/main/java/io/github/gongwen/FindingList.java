package io.github.gongwen;

import io.github.gongwen.config.Suggestion;
import io.github.gongwen.engine.Findings;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.engine.RuleSet;
import io.github.gongwen.extract.Facts;
import io.github.gongwen.fact.SuppressionName;
import io.github.gongwen.text.LineIndex;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.Suppressions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings of one text as the user sees them: the rules run over its facts, then what the
 * user silenced is dropped (per-path ignores, suppression directives in the text), duplicates go,
 * and each rule keeps at most {@link Checker#MAX_FINDINGS_PER_RULE} findings.
 */
final class FindingList {
    private FindingList() {
    }

    /**
     * Runs {@code rules} over {@code facts} (with a fact for each rule name the suppression
     * directives of the text give) and makes the findings.
     *
     * @param ignored the rule ids and categories silenced for the file
     */
    static List<Finding> of(SourceText source, Facts facts, CompiledRules rules, Suppressions suppressions,
            Set<String> ignored) {
        if (!suppressions.names().isEmpty()) {
            Set<String> known = rules.names();
            for (Suppressions.Name n : suppressions.names()) {
                facts.add(new SuppressionName(n.name(), n.start(), n.end(), n.line(), known.contains(n.name()),
                        Suggestion.closest(n.name(), known)));
            }
        }
        RuleSet.Evaluation evaluation = rules.ruleSet().evaluateCounted(facts.all(), rules.enabled());
        List<Findings.Raw> raw = evaluation.raw();
        List<Finding> out = new ArrayList<>(raw.size());
        Set<Finding> seen = new HashSet<>();
        for (Findings.Raw r : raw) {
            RuleInfo rule = rules.effective().get(r.rule().id());
            if (ignored.contains(rule.id()) || ignored.contains(rule.category())) {
                continue;
            }
            Finding f = toFinding(source, rule, r);
            if (!suppressions.suppresses(rule.id(), rule.category(), f.line()) && seen.add(f)) {
                out.add(f);
            }
        }
        Collections.sort(out);
        Map<String, Integer> dropped = new HashMap<>();
        evaluation.dropped().forEach((r, n) -> {
            RuleInfo rule = rules.effective().get(r.id());
            if (rule != null && !ignored.contains(rule.id()) && !ignored.contains(rule.category())) {
                dropped.merge(rule.id(), n, Integer::sum);
            }
        });
        return capped(source.name(), out, dropped);
    }

    /**
     * At most {@link Checker#MAX_FINDINGS_PER_RULE} findings of each rule (the first ones in the
     * text), then one finding about the whole document that says how many more there are; the
     * list is returned as it is when no rule goes over.
     *
     * @param dropped findings per rule id that the rules reported beyond what was kept
     */
    static List<Finding> capped(String name, List<Finding> sorted, Map<String, Integer> dropped) {
        int max = Checker.MAX_FINDINGS_PER_RULE;
        Map<String, Integer> count = new HashMap<>();
        for (Finding f : sorted) {
            count.merge(f.ruleId(), 1, Integer::sum);
        }
        if (dropped.isEmpty() && count.values().stream().allMatch(n -> n <= max)) {
            return sorted;
        }
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> kept = new HashMap<>();
        Map<String, Finding> first = new LinkedHashMap<>();
        for (Finding f : sorted) {
            if (kept.merge(f.ruleId(), 1, Integer::sum) <= max) {
                out.add(f);
            } else {
                first.putIfAbsent(f.ruleId(), f);
            }
        }
        for (Finding f : first.values()) {
            int more = count.get(f.ruleId()) - max + dropped.getOrDefault(f.ruleId(), 0);
            out.add(summary(name, f, more));
        }
        dropped.forEach((id, n) -> {
            if (!first.containsKey(id) && n > 0) {
                sorted.stream().filter(f -> f.ruleId().equals(id)).findFirst()
                        .ifPresent(f -> out.add(summary(name, f, n)));
            }
        });
        Collections.sort(out);
        return out;
    }

    private static Finding summary(String name, Finding like, int more) {
        return new Finding(name, like.ruleId(), like.category(), like.severity(), "本规则在本文件还有 " + more
                + " 处同类问题未逐一列出（每条规则每个文件最多列出 " + Checker.MAX_FINDINGS_PER_RULE + " 处），第一处在第 "
                + like.line() + " 行", 0, 0, 0, 0, 0, 0, "", null);
    }

    private static Finding toFinding(SourceText source, RuleInfo rule, Findings.Raw r) {
        if (r.document()) {
            return new Finding(source.name(), rule.id(), rule.category(), rule.severity(), r.message(), 0, 0, 0, 0,
                    0, 0, "", r.suggestion());
        }
        LineIndex li = source.lines();
        int len = source.text().length();
        int s = Math.max(0, Math.min(r.start(), len));
        int e = Math.max(s, Math.min(r.end(), len));
        return new Finding(source.name(), rule.id(), rule.category(), rule.severity(), r.message(), li.line(s),
                li.column(s), li.line(e), li.column(e), s, e, source.text().substring(s, e), r.suggestion());
    }
}
