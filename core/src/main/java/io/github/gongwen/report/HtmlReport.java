package io.github.gongwen.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import io.github.gongwen.Gongwen;
import io.github.gongwen.RunResult;
import io.github.gongwen.engine.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report for editors in a browser: one self-contained HTML file (no network access), with a
 * summary by category and severity, a list of findings that filters by category, severity, rule
 * and file, and each document's full text with the findings highlighted in place.
 *
 * <p>The page is a fixed shell (the resources {@code html/report.html}, {@code .css}, {@code .js})
 * and one JSON block with the data; the script renders only the document being looked at, so a
 * run over hundreds of reports stays light. Report text never becomes markup: the JSON escapes
 * {@code <}, {@code >} and {@code &}, and the script inserts text as text nodes.
 *
 * <p>Every finding has a stable anchor, {@code #f-<file>-<rule>-<line>-<column>}, where
 * {@code <file>} is a short hash of the file's path: a link to a finding works again in the report
 * of the next run over the same files. {@code #d-<file>} opens a document.
 */
public final class HtmlReport implements ReportWriter {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String[] SLOTS = {"generator", "style", "data", "script"};

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        Template page = Template.INSTANCE;
        String generator = Gongwen.NAME + " " + Gongwen.version();
        out.write(page.parts[0]);
        for (int i = 0; i < SLOTS.length; i++) {
            switch (SLOTS[i]) {
                case "generator" -> out.write(attribute(generator));
                case "style" -> out.write(page.style);
                case "script" -> out.write(page.script);
                default -> writeData(result, generator, out);
            }
            out.write(page.parts[i + 1]);
        }
        out.flush();
    }

    private static void writeData(RunResult result, String generator, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setCharacterEscapes(ScriptSafe.INSTANCE);
            g.writeStartObject();
            g.writeStringField("generator", generator);
            writeRules(g, result);
            g.writeObjectFieldStart("categories");
            for (var c : new TreeSet<>(Categories.names().keySet())) {
                g.writeStringField(c, Categories.chineseName(c));
            }
            g.writeEndObject();
            g.writeArrayFieldStart("docs");
            Anchors anchors = new Anchors();
            for (FileResult file : result.files()) {
                writeDoc(g, file, anchors);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeRules(JsonGenerator g, RunResult result) throws IOException {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        result.rules().forEach(r -> rules.put(r.id(), r));
        Set<String> used = new TreeSet<>(rules.keySet());
        result.findings().forEach(f -> used.add(f.ruleId()));
        g.writeArrayFieldStart("rules");
        for (String id : used) {
            RuleInfo r = rules.get(id);
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("title", r != null ? r.title() : id);
            g.writeStringField("description", r != null ? r.description() : "");
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeDoc(JsonGenerator g, FileResult file, Anchors anchors) throws IOException {
        String slug = anchors.slug(file.path());
        g.writeStartObject();
        g.writeStringField("path", file.path());
        g.writeStringField("slug", slug);
        if (file.failed()) {
            g.writeStringField("error", file.error());
        } else {
            g.writeStringField("text", file.source().text());
        }
        g.writeArrayFieldStart("findings");
        Map<String, Integer> taken = new LinkedHashMap<>();
        for (Finding f : file.findings()) {
            g.writeStartObject();
            g.writeStringField("id", anchors.finding(slug, f, taken));
            g.writeStringField("rule", f.ruleId());
            g.writeStringField("category", f.category());
            g.writeStringField("severity", f.severity().id());
            g.writeNumberField("line", f.line());
            g.writeNumberField("col", f.column());
            g.writeNumberField("start", f.startOffset());
            g.writeNumberField("end", f.endOffset());
            g.writeStringField("message", f.message());
            if (f.suggestion() != null) {
                g.writeStringField("suggestion", f.suggestion());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Escapes text for an attribute value. */
    private static String attribute(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Escapes {@code <}, {@code >} and {@code &} so that no text can close the script element. */
    private static final class ScriptSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        static final ScriptSafe INSTANCE = new ScriptSafe();
        private final int[] ascii = standardAsciiEscapesForJSON();

        private ScriptSafe() {
            for (char c : new char[] {'<', '>', '&'}) {
                ascii[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    /** The page shell split at its slots, with the style sheet and the script. */
    private static final class Template {
        static final Template INSTANCE = new Template();
        final String[] parts = new String[SLOTS.length + 1];
        final String style = resource("report.css");
        final String script = resource("report.js");

        private Template() {
            String html = resource("report.html");
            int from = 0;
            for (int i = 0; i < SLOTS.length; i++) {
                String slot = "{{" + SLOTS[i] + "}}";
                int at = html.indexOf(slot, from);
                if (at < 0) {
                    throw new IllegalStateException("report.html lacks the slot " + slot + " (in order)");
                }
                parts[i] = html.substring(from, at);
                from = at + slot.length();
            }
            parts[SLOTS.length] = html.substring(from);
            if (script.contains("</script") || style.contains("</style")) {
                throw new IllegalStateException("report.js/report.css must not close their element");
            }
        }

        private static String resource(String name) {
            try (InputStream in = HtmlReport.class.getResourceAsStream("html/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource html/" + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The anchors of the findings: stable for the same input, unique within a report. */
    static final class Anchors {
        private final Map<String, Integer> slugs = new LinkedHashMap<>();

        /** A short hash of the path; a second path with the same hash gets a suffix. */
        String slug(String path) {
            String base = hash(path);
            int n = slugs.merge(base, 1, Integer::sum);
            return n == 1 ? base : base + "-" + n;
        }

        String finding(String slug, Finding f, Map<String, Integer> taken) {
            String id = "f-" + slug + "-" + safe(f.ruleId()) + "-" + f.line() + "-" + f.column();
            int n = taken.merge(id, 1, Integer::sum);
            return n == 1 ? id : id + "-" + n;
        }

        /** The first 8 hex digits of the path's SHA-256. */
        static String hash(String path) {
            try {
                byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
                return java.util.HexFormat.of().formatHex(d, 0, 4);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is always available", e);
            }
        }

        /** Keeps letters, digits, {@code -} and {@code _}; anything else becomes {@code _}. */
        static String safe(String s) {
            StringBuilder b = new StringBuilder(s.length());
            s.chars().forEach(c -> b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_') ? (char) c : '_'));
            return b.toString();
        }
    }
}
