package io.github.gongwen.kit;

import io.github.gongwen.Checker;
import io.github.gongwen.Finding;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.engine.RuleSource;
import io.github.gongwen.fix.Fixes;
import io.github.gongwen.text.SourceText;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Runs the examples of every rule a checker has, default and user rules alike, and reports what
 * does not hold: a flag example whose spans are not exactly what the rule reports (or whose stated
 * corrections are not what it suggests), a pass example the rule flags, a rule without flag and
 * pass examples, an example for an unknown rule. A rule marked {@code @fix("safe")} must state its
 * correction in a flag example, and its flag examples, once fixed, must no longer be flagged.
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

    /** Runs the examples of all of {@code checker}'s rules. */
    public static Result run(Checker checker) {
        return run(checker, s -> true);
    }

    /**
     * Runs the examples of the rules from the sources {@code which} accepts (the checker is compiled
     * with the others too, so examples see the facts and rules they would in real use). Fails a
     * selected rule without both flag and pass examples, an example naming no rule, an example of a
     * rule the settings turned off.
     */
    public static Result run(Checker checker, Predicate<RuleSource> which) {
        List<Example> examples = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Set<String> selected = new HashSet<>();
        for (RuleSource s : checker.ruleSources()) {
            if (!which.test(s)) {
                continue;
            }
            selected.add(s.name());
            if (s.examples() == null) {
                continue;
            }
            try {
                examples.addAll(ExampleFile.parse(RuleSource.examplesName(s.name()), s.examples()));
            } catch (IllegalArgumentException e) {
                failures.add(e.getMessage());
            }
        }
        Map<String, RuleInfo> declared = new HashMap<>();
        checker.declaredRules().forEach(r -> declared.put(r.id(), r));
        Set<String> enabled = new HashSet<>();
        checker.rules().forEach(r -> enabled.add(r.id()));
        Map<String, int[]> counts = new HashMap<>();
        Set<String> corrected = new HashSet<>();
        for (Example ex : examples) {
            if (ex.flag() && ex.statesCorrections()) {
                corrected.add(ex.ruleId());
            }
            if (!declared.containsKey(ex.ruleId())) {
                failures.add(ex.where() + ": no rule has this id");
                continue;
            }
            counts.computeIfAbsent(ex.ruleId(), k -> new int[2])[ex.flag() ? 0 : 1]++;
            String failure = enabled.contains(ex.ruleId()) ? check(checker, ex)
                    : ex.where() + ": the rule is turned off by the settings, so its examples cannot run";
            if (failure != null) {
                failures.add(failure);
            }
        }
        List<RuleInfo> rules = new TreeSet<>(declared.keySet()).stream().map(declared::get)
                .filter(r -> selected.contains(r.source())).toList();
        for (RuleInfo r : rules) {
            int[] c = counts.getOrDefault(r.id(), new int[2]);
            if (c[0] == 0 || c[1] == 0) {
                failures.add(r.source() + ":" + r.line() + ": rule " + r.id() + " needs examples that must be flagged"
                        + " and examples that must pass (has " + c[0] + " flag, " + c[1] + " pass) in "
                        + RuleSource.examplesName(r.source()));
            }
            if (r.safeFix() && !corrected.contains(r.id())) {
                failures.add(r.source() + ":" + r.line() + ": rule " + r.id() + " is marked @fix(\"safe\") but no"
                        + " flag example states its correction (" + ExampleFile.OPEN + "text" + ExampleFile.ARROW
                        + "correction" + ExampleFile.CLOSE + ") in " + RuleSource.examplesName(r.source()));
            }
        }
        return new Result(examples.size(), rules.size(), failures);
    }

    /**
     * Accepts the rule sources read from the {@code .drl} files under {@code dir} (for
     * {@link #run(Checker, Predicate)}); the default rules from the class path are never accepted.
     */
    public static Predicate<RuleSource> under(Path dir) throws IOException {
        Set<Path> files = new HashSet<>();
        for (RuleSource s : RuleSource.directory(dir)) {
            files.add(Path.of(s.name()).toAbsolutePath().normalize());
        }
        return s -> {
            try {
                return files.contains(Path.of(s.name()).toAbsolutePath().normalize())
                        && !s.name().startsWith(RuleSource.DEFAULT_DIR);
            } catch (InvalidPathException e) {
                return false;
            }
        };
    }

    /** Checks one example; returns a failure message, or {@code null} when it holds. */
    public static String check(Checker checker, Example ex) {
        List<Finding> all = checker.withReportYear(ex.year()).check(SourceText.of(ex.name(), ex.text()));
        List<Finding> mine = all.stream().filter(f -> f.ruleId().equals(ex.ruleId())).toList();
        if (!ex.flag()) {
            return mine.isEmpty() ? null : ex.where() + ": must not be flagged, but got " + describe(mine);
        }
        Map<String, String> stated = new HashMap<>();
        TreeSet<String> want = new TreeSet<>();
        for (int k = 0; k < ex.spans().size(); k++) {
            int[] s = ex.spans().get(k);
            String c = ex.corrections().get(k);
            String at = s[0] + "-" + s[1];
            if (c != null) {
                stated.put(at, c);
            }
            want.add(at + " «" + ex.text().substring(s[0], s[1]) + "»" + (c == null ? "" : ExampleFile.ARROW + "«" + c
                    + "»"));
        }
        if (ex.document()) {
            want.add("document");
        }
        TreeSet<String> got = new TreeSet<>();
        for (Finding f : mine) {
            String at = f.startOffset() + "-" + f.endOffset();
            got.add(f.isDocumentLevel() ? "document" : at + " «" + f.excerpt() + "»" + (!stated.containsKey(at) ? ""
                    : f.suggestion() == null ? ExampleFile.ARROW + "(no suggestion)"
                    : ExampleFile.ARROW + "«" + f.suggestion() + "»"));
        }
        if (!want.equals(got)) {
            return ex.where() + ": expected " + want + " but got " + (got.isEmpty() ? "nothing" : got)
                    + (mine.isEmpty() ? "" : " — " + describe(mine));
        }
        return fixedAgain(checker, ex, mine);
    }

    /**
     * For a rule with safe fixes: the example's text with them applied must no longer be flagged by
     * the rule ({@code null}), otherwise fixing would never end.
     */
    private static String fixedAgain(Checker checker, Example ex, List<Finding> mine) {
        RuleInfo rule = checker.rules().stream().filter(r -> r.id().equals(ex.ruleId())).findFirst().orElse(null);
        if (rule == null || !rule.safeFix()) {
            return null;
        }
        List<Finding> edits = Fixes.select(mine, Map.of(rule.id(), rule));
        if (edits.isEmpty()) {
            return null;
        }
        String fixed = Fixes.apply(ex.text(), edits);
        List<Finding> again = checker.withReportYear(ex.year()).check(SourceText.of(ex.name(), fixed)).stream()
                .filter(f -> f.ruleId().equals(ex.ruleId())).toList();
        return again.isEmpty() ? null : ex.where() + ": the text with the rule's safe fixes applied («" + fixed
                + "») is flagged again: " + describe(again);
    }

    private static String describe(List<Finding> fs) {
        return fs.stream().map(f -> f.line() + ":" + f.column() + " «" + f.excerpt() + "» " + f.message())
                .collect(Collectors.joining("; "));
    }
}
