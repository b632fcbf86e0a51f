package io.github.gongwen;

import io.github.gongwen.config.Suggestion;
import io.github.gongwen.engine.Findings;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.engine.RuleSet;
import io.github.gongwen.extract.FactLimitException;
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
            try {
                for (Suppressions.Name n : suppressions.names()) {
                    facts.add(new SuppressionName(n.name(), n.start(), n.end(), n.line(), known.contains(n.name()),
                            Suggestion.closest(n.name(), known)));
                }
            } catch (FactLimitException full) {
                // no more suppression names than facts of any other type
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
        return capped(source.name(), out, dropped, facts.cut() ? facts.limit() : 0);
    }

    /**
     * At most {@link Checker#MAX_FINDINGS_PER_RULE} findings of each rule (the first ones in the
     * text), then one finding about the whole document that says how many more there are; the
     * list is returned as it is when no rule goes over.
     *
     * @param dropped findings per rule id that the rules reported beyond what was kept
     */
    static List<Finding> capped(String name, List<Finding> sorted, Map<String, Integer> dropped) {
        return capped(name, sorted, dropped, 0);
    }

    /**
     * {@link #capped(String, List, Map)}, for a document whose facts were cut at {@code cutAt} of a
     * type ({@link Facts#limit}; 0: not cut): the summaries then give the count as a lower bound, and
     * when no rule went over the cap the file is an error rather than silently half-checked.
     */
    static List<Finding> capped(String name, List<Finding> sorted, Map<String, Integer> dropped, int cutAt) {
        List<Finding> out = cappedOnly(name, sorted, dropped, cutAt);
        if (cutAt > 0 && out.stream().noneMatch(FindingList::isSummary)) {
            throw new FactLimitReached(cutAt);
        }
        return out;
    }

    private static List<Finding> cappedOnly(String name, List<Finding> sorted, Map<String, Integer> dropped,
            int cutAt) {
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
            out.add(summary(name, f, more, cutAt));
        }
        dropped.forEach((id, n) -> {
            if (!first.containsKey(id) && n > 0) {
                sorted.stream().filter(f -> f.ruleId().equals(id)).findFirst()
                        .ifPresent(f -> out.add(summary(name, f, n, cutAt)));
            }
        });
        Collections.sort(out);
        return out;
    }

    private static final String SUMMARY = "本规则在本文件还有";

    private static Finding summary(String name, Finding like, int more, int cutAt) {
        return new Finding(name, like.ruleId(), like.category(), like.severity(), SUMMARY + (cutAt > 0 ? "至少 " : " ")
                + more + " 处同类问题未逐一列出（每条规则每个文件最多列出 " + Checker.MAX_FINDINGS_PER_RULE + " 处"
                + (cutAt > 0 ? "；待查内容过多，每类只查了前 " + cutAt + " 处" : "") + "），第一处在第 "
                + like.line() + " 行", 0, 0, 0, 0, 0, 0, "", null);
    }

    private static boolean isSummary(Finding f) {
        return f.isDocumentLevel() && f.message().startsWith(SUMMARY);
    }

    /** The error of a file with more facts of a type than {@link Facts#limit} and no summary to say so. */
    static final String FACT_LIMIT = "待查内容过多，未能完整检查本文件";

    /** A document whose facts were cut although no rule's findings went over the cap: not fully checked. */
    static final class FactLimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FactLimitReached(int cutAt) {
            super(FACT_LIMIT + "（同类待查内容超过 " + cutAt + " 处）", null, false, false);
        }
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
