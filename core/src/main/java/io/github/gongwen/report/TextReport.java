package io.github.gongwen.report;

import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import io.github.gongwen.RunResult;
import io.github.gongwen.Severity;
import io.github.gongwen.text.LineIndex;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The report for people at a terminal: findings grouped by file, one line each,
 * {@code file:line:col  级别  类别 rule-id  message}, then a window of about 40 characters of the
 * source line with the span underlined; findings of one rule on one line are one entry
 * ({@code ×3}, every span underlined); a suggestion shows only what changes ({@code “,”→“，”}).
 * A summary by category and severity closes the report. Full detail is in the JSON and HTML reports.
 */
public final class TextReport implements ReportWriter {
    /** Characters of context shown on each side of a span. */
    private static final int CONTEXT = 16;
    /** The longest part of a suggestion shown on each side of the arrow. */
    private static final int CHANGE = 16;

    private final boolean summary;

    /** The report with its closing summary. */
    public TextReport() {
        this(true);
    }

    /** The report, with or without the closing summary (the command line's {@code --quiet}: findings only). */
    public TextReport(boolean summary) {
        this.summary = summary;
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        for (FileResult file : result.files()) {
            if (file.failed()) {
                out.write(Printable.escape(file.path()) + ": 无法检查: " + Printable.escape(file.error()) + "\n\n");
                continue;
            }
            if (file.findings().isEmpty()) {
                continue;
            }
            out.write("== " + Printable.escape(file.path()) + "（" + file.findings().size() + " 个问题）\n");
            List<Finding> all = file.findings();
            for (int i = 0; i < all.size(); ) {
                int j = i + 1;
                while (j < all.size() && sameEntry(all.get(i), all.get(j))) {
                    j++;
                }
                writeEntry(out, file, all.subList(i, j));
                i = j;
            }
            out.write("\n");
        }
        if (summary) {
            writeSummary(out, result);
        }
        out.flush();
    }

    /** Findings of one rule on one line (not about the whole document) make one entry. */
    private static boolean sameEntry(Finding a, Finding b) {
        return !a.isDocumentLevel() && a.ruleId().equals(b.ruleId()) && a.line() == b.line() && b.endLine() == b.line();
    }

    private static void writeEntry(Writer out, FileResult file, List<Finding> group) throws IOException {
        Finding f = group.get(0);
        StringBuilder head = new StringBuilder();
        head.append(Printable.escape(f.file())).append(':').append(f.line()).append(':').append(f.column())
                .append("  ").append(f.severity().chineseName()).append("  ")
                .append(Categories.chineseName(f.category())).append(' ').append(f.ruleId()).append("  ")
                .append(Printable.escape(f.message()));
        if (group.size() > 1) {
            head.append(" ×").append(group.size());
        }
        if (group.size() == 1 && f.suggestion() != null) {
            head.append("（建议：").append(Printable.escape(change(f.excerpt(), f.suggestion()))).append("）");
        }
        out.write(head.append('\n').toString());
        if (f.isDocumentLevel() || file.source() == null) {
            return;
        }
        LineIndex lines = file.source().lines();
        String text = lines.lineText(f.line()).stripTrailing();
        int[][] spans = new int[group.size()][];
        for (int k = 0; k < group.size(); k++) {
            Finding g = group.get(k);
            int from = Math.min(g.column() - 1, text.length());
            int to = g.endLine() == g.line() ? Math.min(g.endColumn() - 1, text.length()) : text.length();
            spans[k] = new int[] {from, Math.max(from, to)};
        }
        // A window around the first span, widened to the last one while it stays short.
        int first = spans[0][0];
        int last = spans[0][1];
        for (int[] sp : spans) {
            if (sp[1] - first <= 3 * CONTEXT) {
                last = Math.max(last, sp[1]);
            }
        }
        int left = Math.max(0, first - CONTEXT);
        int right = Math.min(text.length(), Math.max(last, first + 1) + CONTEXT);
        StringBuilder shown = new StringBuilder(left > 0 ? "…" : "");
        StringBuilder marks = new StringBuilder(left > 0 ? " " : "");
        int pos = left;
        for (int[] sp : spans) {
            if (sp[0] < pos || sp[1] > right) {
                continue;
            }
            String before = Printable.escape(text.substring(pos, sp[0]));
            // A long span (a whole paragraph) is shown by its start.
            boolean cut = sp[1] - sp[0] > 3 * CONTEXT;
            String span = Printable.escape(text.substring(sp[0], cut ? sp[0] + 3 * CONTEXT : sp[1]));
            shown.append(before).append(span);
            marks.append(" ".repeat(width(before, 0, before.length())))
                    .append("^".repeat(Math.max(1, width(span, 0, span.length()))));
            pos = sp[1];
            if (cut) {
                right = pos;
                shown.append('…');
                break;
            }
        }
        shown.append(Printable.escape(text.substring(pos, right))).append(right < text.length() && pos < right ? "…" : "");
        out.write("    " + shown + "\n");
        out.write("    " + marks.toString().stripTrailing() + "\n");
    }

    /**
     * What a suggestion changes in the flagged text, without the parts both share:
     * {@code “,”→“，”}, {@code 删除“动”}; long parts are cut.
     */
    static String change(String from, String to) {
        if (to.isEmpty()) {
            return "删除“" + clip(from) + "”";
        }
        int p = 0;
        while (p < from.length() && p < to.length() && from.charAt(p) == to.charAt(p)) {
            p++;
        }
        int q = 0;
        while (q < from.length() - p && q < to.length() - p
                && from.charAt(from.length() - 1 - q) == to.charAt(to.length() - 1 - q)) {
            q++;
        }
        String a = from.substring(p, from.length() - q);
        String b = to.substring(p, to.length() - q);
        if (a.length() == b.length() && a.length() > CHANGE / 2) { // substitutions in place: the first, and 等 for more
            int e = 1;
            while (e < a.length() && a.charAt(e) != b.charAt(e)) {
                e++;
            }
            if (e < a.length()) {
                return "“" + clip(a.substring(0, e)) + "”→“" + clip(b.substring(0, e)) + "”等";
            }
        }
        if (a.isEmpty() && b.isEmpty()) {
            return "“" + clip(to) + "”";
        }
        if (a.isEmpty() || b.isEmpty()) { // an insertion or a deletion: show a character around it
            if (p > 0) {
                a = from.charAt(p - 1) + a;
                b = to.charAt(p - 1) + b;
            } else if (q > 0) {
                a = a + from.charAt(from.length() - q);
                b = b + to.charAt(to.length() - q);
            }
        }
        return "“" + clip(a) + "”→“" + clip(b) + "”";
    }

    private static String clip(String s) {
        return s.length() <= CHANGE ? s : s.substring(0, CHANGE) + "…";
    }

    /** Display width in a terminal: wide (CJK, full-width) characters take two cells. */
    static int width(String s, int from, int to) {
        int w = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                w += 4;
            } else if (Character.isLowSurrogate(c)) {
                continue;
            } else {
                w += wide(s.codePointAt(i)) ? 2 : 1;
            }
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    private static void writeSummary(Writer out, RunResult result) throws IOException {
        int files = result.files().size();
        int findings = result.findings().size();
        Map<Severity, Integer> bySeverity = result.countBySeverity();
        StringBuilder b = new StringBuilder();
        b.append("检查了 ").append(files).append(" 个文件，发现 ").append(findings).append(" 个问题");
        if (findings > 0) {
            b.append("（");
            String sep = "";
            for (Severity s : Severity.values()) {
                b.append(sep).append(s.chineseName()).append(' ').append(bySeverity.getOrDefault(s, 0));
                sep = "，";
            }
            b.append("）");
        }
        if (!result.errors().isEmpty()) {
            b.append("，").append(result.errors().size()).append(" 个文件无法检查");
        }
        b.append("。\n");
        for (Map.Entry<String, Integer> e : result.countByCategory().entrySet()) {
            String name = Categories.chineseName(e.getKey());
            String label = name.equals(e.getKey()) ? name : name + " " + e.getKey();
            b.append("  ").append(label).append(" ".repeat(Math.max(1, 28 - width(label, 0, label.length()))))
                    .append(String.format("%5d%n", e.getValue()));
        }
        out.write(b.toString());
    }
}
