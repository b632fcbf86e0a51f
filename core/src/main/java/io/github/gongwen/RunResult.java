package io.github.gongwen;

import io.github.gongwen.engine.RuleInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of checking several files: one {@link FileResult} per file, sorted by path, and
 * the rules that were applied (report writers describe them).
 */
public record RunResult(List<FileResult> files, List<RuleInfo> rules) {
    public RunResult {
        List<FileResult> sorted = new ArrayList<>(files);
        sorted.sort((a, b) -> a.path().compareTo(b.path()));
        files = Collections.unmodifiableList(sorted);
        rules = List.copyOf(rules);
    }

    /** Every finding of every file, in order. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        files.forEach(f -> all.addAll(f.findings()));
        return all;
    }

    /** The files that could not be checked. */
    public List<FileResult> errors() {
        return files.stream().filter(FileResult::failed).toList();
    }

    /** How many findings are at or above {@code threshold}. */
    public long count(Severity threshold) {
        return findings().stream().filter(f -> f.severity().atLeast(threshold)).count();
    }

    public Map<Severity, Integer> countBySeverity() {
        Map<Severity, Integer> m = new EnumMap<>(Severity.class);
        for (Finding f : findings()) {
            m.merge(f.severity(), 1, Integer::sum);
        }
        return m;
    }

    /** Number of findings per category, sorted by category name. */
    public Map<String, Integer> countByCategory() {
        Map<String, Integer> m = new TreeMap<>();
        for (Finding f : findings()) {
            m.merge(f.category(), 1, Integer::sum);
        }
        return m;
    }
}
