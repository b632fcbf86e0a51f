package io.github.gongwen.kit;

import io.github.gongwen.Checker;
import io.github.gongwen.Finding;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.engine.RuleSource;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs the examples of every rule a checker has, default and user rules alike, and reports what
 * does not hold: a flag example whose spans are not exactly what the rule reports, a pass example
 * the rule flags, a rule without flag and pass examples, an example for an unknown rule.
 */
public final class ExampleRunner {
    private ExampleRunner() {
    }

    /** The outcome: how many examples ran, and the failures (empty when all hold). */
    public record Result(int examples, int rules, List<String> failures) {
        public boolean ok() {
            return failures.isEmpty();
        }
    }

    /** Runs the examples files of all of {@code checker}'s rule sources. */
    public static Result run(Checker checker) {
        List<Example> examples = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (RuleSource s : checker.ruleSources()) {
            if (s.examples() == null) {
                continue;
            }
            try {
                examples.addAll(ExampleFile.parse(RuleSource.examplesName(s.name()), s.examples()));
            } catch (IllegalArgumentException e) {
                failures.add(e.getMessage());
            }
        }
        Map<String, RuleInfo> rules = new HashMap<>();
        checker.rules().forEach(r -> rules.put(r.id(), r));
        Map<String, int[]> counts = new HashMap<>();
        for (Example ex : examples) {
            if (!rules.containsKey(ex.ruleId())) {
                failures.add(ex.where() + ": no rule has this id");
                continue;
            }
            counts.computeIfAbsent(ex.ruleId(), k -> new int[2])[ex.flag() ? 0 : 1]++;
            String failure = check(checker, ex);
            if (failure != null) {
                failures.add(failure);
            }
        }
        for (RuleInfo r : new TreeSet<>(rules.keySet()).stream().map(rules::get).toList()) {
            int[] c = counts.getOrDefault(r.id(), new int[2]);
            if (c[0] == 0 || c[1] == 0) {
                failures.add(r.source() + ":" + r.line() + ": rule " + r.id() + " needs examples that must be flagged"
                        + " and examples that must pass (has " + c[0] + " flag, " + c[1] + " pass) in "
                        + RuleSource.examplesName(r.source()));
            }
        }
        return new Result(examples.size(), rules.size(), failures);
    }

    /** Checks one example; returns a failure message, or {@code null} when it holds. */
    public static String check(Checker checker, Example ex) {
        List<Finding> all = checker.withReportYear(ex.year()).check(SourceText.of(ex.name(), ex.text()));
        List<Finding> mine = all.stream().filter(f -> f.ruleId().equals(ex.ruleId())).toList();
        if (!ex.flag()) {
            return mine.isEmpty() ? null : ex.where() + ": must not be flagged, but got " + describe(mine);
        }
        TreeSet<String> want = new TreeSet<>();
        for (int[] s : ex.spans()) {
            want.add(s[0] + "-" + s[1] + " «" + ex.text().substring(s[0], s[1]) + "»");
        }
        if (ex.document()) {
            want.add("document");
        }
        TreeSet<String> got = new TreeSet<>();
        for (Finding f : mine) {
            got.add(f.isDocumentLevel() ? "document"
                    : f.startOffset() + "-" + f.endOffset() + " «" + f.excerpt() + "»");
        }
        if (want.equals(got)) {
            return null;
        }
        return ex.where() + ": expected " + want + " but got " + (got.isEmpty() ? "nothing" : got)
                + (mine.isEmpty() ? "" : " — " + describe(mine));
    }

    private static String describe(List<Finding> fs) {
        return fs.stream().map(f -> f.line() + ":" + f.column() + " «" + f.excerpt() + "» " + f.message())
                .collect(Collectors.joining("; "));
    }
}
