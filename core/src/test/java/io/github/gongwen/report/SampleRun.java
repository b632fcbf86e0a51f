package io.github.gongwen.report;

import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import io.github.gongwen.RunResult;
import io.github.gongwen.Severity;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.text.LineIndex;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.List;

/** Builds run results by hand for the report tests: findings are placed by the text they flag. */
final class SampleRun {
    static final List<RuleInfo> RULES = List.of(
            rule("placeholder", "PLACEHOLDER", Severity.ERROR, "占位符"),
            rule("num-gap", "NUM_GAP", Severity.ERROR, "序号不连续"),
            rule("num-style", "NUM_STYLE", Severity.WARNING, "序号格式"),
            rule("residue", "RESIDUE", Severity.WARNING, "残留文字"),
            rule("report-year", "DOCUMENT", Severity.INFO, "年份未知"));

    private final List<FileResult> files = new ArrayList<>();

    static RuleInfo rule(String id, String category, Severity severity, String title) {
        return new RuleInfo(id, category, severity, "{0}", title, "A test rule.", "test.drl", 1);
    }

    /** A document and its findings. */
    final class Doc {
        private final SourceText source;
        private final List<Finding> findings = new ArrayList<>();

        Doc(String name, String text) {
            this.source = SourceText.of(name, text);
        }

        /** Flags the {@code nth} (0-based) occurrence of {@code excerpt}. */
        Doc flag(String ruleId, String excerpt, int nth, String message, String suggestion) {
            int at = -1;
            for (int i = 0; i <= nth; i++) {
                at = source.text().indexOf(excerpt, at + 1);
                if (at < 0) {
                    throw new IllegalArgumentException("no occurrence " + nth + " of " + excerpt);
                }
            }
            return flagAt(ruleId, at, at + excerpt.length(), message, suggestion);
        }

        Doc flag(String ruleId, String excerpt, String message) {
            return flag(ruleId, excerpt, 0, message, null);
        }

        /** Flags the offsets {@code [start, end)}. */
        Doc flagAt(String ruleId, int start, int end, String message, String suggestion) {
            RuleInfo r = ruleFor(ruleId);
            LineIndex li = source.lines();
            findings.add(new Finding(source.name(), r.id(), r.category(), r.severity(), message, li.line(start),
                    li.column(start), li.line(end), li.column(end), start, end, source.text().substring(start, end),
                    suggestion));
            return this;
        }

        /** A finding about the whole document. */
        Doc flagDocument(String ruleId, String message) {
            RuleInfo r = ruleFor(ruleId);
            findings.add(new Finding(source.name(), r.id(), r.category(), r.severity(), message, 0, 0, 0, 0, 0, 0, "",
                    null));
            return this;
        }

        SampleRun done() {
            findings.sort(null);
            files.add(FileResult.ok(source, findings));
            return SampleRun.this;
        }
    }

    Doc doc(String name, String text) {
        return new Doc(name, text);
    }

    SampleRun failed(String name, String reason) {
        files.add(FileResult.failed(name, reason));
        return this;
    }

    RunResult result() {
        return new RunResult(files, RULES);
    }

    private static RuleInfo ruleFor(String id) {
        return RULES.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
