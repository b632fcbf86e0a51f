package io.github.gongwen;

import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.text.LineIndex;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.List;

/** Hand-made rules, findings and results for the tests of report writers, baselines and caches. */
public final class Samples {
    public static final RuleInfo PLACEHOLDER = new RuleInfo("placeholder", "PLACEHOLDER", Severity.ERROR,
            "未替换的占位符“{0}”", "未替换的占位符", "Template filler left in the report.", "placeholder.drl", 8);
    public static final RuleInfo NUM_STYLE = new RuleInfo("num-style", "NUM_STYLE", Severity.WARNING,
            "序号格式不规范", "序号格式", "", "num-style.drl", 3);
    public static final RuleInfo MISSING_TITLE = new RuleInfo("missing-title", "STRUCTURE", Severity.INFO,
            "缺少标题", "缺少标题", "The report has no title.", "structure.drl", 5);

    private Samples() {
    }

    /** A finding of {@code rule} on the {@code nth} (0-based) occurrence of {@code excerpt} in {@code source}. */
    public static Finding at(SourceText source, RuleInfo rule, String excerpt, int nth) {
        String text = source.text();
        int start = -1;
        for (int i = 0; i <= nth; i++) {
            start = text.indexOf(excerpt, start + 1);
            if (start < 0) {
                throw new IllegalArgumentException("no occurrence " + nth + " of " + excerpt);
            }
        }
        int end = start + excerpt.length();
        LineIndex li = source.lines();
        return new Finding(source.name(), rule.id(), rule.category(), rule.severity(), rule.format(excerpt),
                li.line(start), li.column(start), li.line(end), li.column(end), start, end, excerpt, null);
    }

    /** A finding about the whole document. */
    public static Finding document(SourceText source, RuleInfo rule) {
        return new Finding(source.name(), rule.id(), rule.category(), rule.severity(), rule.message(), 0, 0, 0, 0, 0,
                0, "", null);
    }

    /** A file result with its findings sorted. */
    public static FileResult file(SourceText source, Finding... findings) {
        List<Finding> list = new ArrayList<>(List.of(findings));
        list.sort(null);
        return FileResult.ok(source, list);
    }

    public static RunResult run(FileResult... files) {
        return new RunResult(List.of(files), List.of(MISSING_TITLE, NUM_STYLE, PLACEHOLDER));
    }
}
