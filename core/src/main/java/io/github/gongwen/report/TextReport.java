package io.github.gongwen.report;

import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import io.github.gongwen.RunResult;
import io.github.gongwen.Severity;
import io.github.gongwen.text.LineIndex;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The report for people: findings grouped by file, one {@code file:line:col  severity  rule  message}
 * line each, the source line with the span underlined, then a summary by category and severity.
 */
public final class TextReport implements ReportWriter {
    /** Characters of context shown on each side of a span. */
    private static final int CONTEXT = 24;

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
            out.write("== " + Printable.escape(file.path()) + " (" + file.findings().size() + ")\n");
            for (Finding f : file.findings()) {
                writeFinding(out, file, f);
            }
            out.write("\n");
        }
        writeSummary(out, result);
        out.flush();
    }

    private static void writeFinding(Writer out, FileResult file, Finding f) throws IOException {
        out.write(Printable.escape(f.file()) + ":" + f.line() + ":" + f.column() + "  " + f.severity().id() + "  "
                + f.ruleId() + "  " + Printable.escape(f.message()));
        if (f.suggestion() != null) {
            out.write(f.suggestion().isEmpty() ? "（建议删除）" : "（建议：" + Printable.escape(f.suggestion()) + "）");
        }
        out.write("\n");
        if (f.isDocumentLevel() || file.source() == null) {
            return;
        }
        LineIndex lines = file.source().lines();
        String text = lines.lineText(f.line()).stripTrailing();
        int from = Math.min(f.column() - 1, text.length());
        int to = f.endLine() == f.line() ? Math.min(f.endColumn() - 1, text.length()) : text.length();
        // Long paragraphs are cut to a window around the span.
        int left = Math.max(0, from - CONTEXT);
        int right = Math.min(text.length(), Math.max(to, from + 1) + CONTEXT);
        String prefix = (left > 0 ? "…" : "") + Printable.escape(text.substring(left, from));
        String span = Printable.escape(text.substring(from, to));
        String shown = prefix + span + Printable.escape(text.substring(to, right)) + (right < text.length() ? "…" : "");
        int pad = width(prefix, 0, prefix.length());
        out.write("    " + shown + "\n");
        out.write("    " + " ".repeat(pad) + "^".repeat(Math.max(1, width(span, 0, span.length()))) + "\n");
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
            b.append(String.format("  %-16s %5d%n", e.getKey(), e.getValue()));
        }
        out.write(b.toString());
    }
}
