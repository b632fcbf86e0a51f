package io.github.gongwen.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import io.github.gongwen.Gongwen;
import io.github.gongwen.RunResult;
import io.github.gongwen.Severity;
import io.github.gongwen.baseline.Fingerprints;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.fix.Fixes;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0, as GitHub code scanning and other viewers read it: one run whose driver lists the
 * rules (id, name, short and full description, help, default level, category; the name, an
 * identifier-like form of the id, is left out where it would equal the id, as the specification
 * asks), one result per finding
 * with a physical location (the file as a relative URI, a region with 1-based lines and columns
 * counted in code points, as declared by {@code columnKind}) and a {@code partialFingerprints}
 * entry that survives edits elsewhere in the file. Findings about a whole document point at line 1,
 * since code scanning requires a region. Files that could not be checked become error
 * notifications of the invocation.
 */
public final class SarifReport implements ReportWriter {
    /** The JSON schema the output follows. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The key of the fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT_KEY = "gongwen/v1";
    private static final String INFORMATION_URI = "https://github.com/gongwen/gongwen";
    /** Where each rule is described: {@code docs/rules.md}, at the rule's heading. */
    static final String RULES_URI = INFORMATION_URI + "/blob/main/docs/rules.md#";
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String extension() {
        return "sarif";
    }

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        Map<String, RuleInfo> rules = new HashMap<>();
        for (RuleInfo r : result.rules()) {
            ruleIndex.put(r.id(), ruleIndex.size());
            rules.put(r.id(), r);
        }
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            writeTool(g, result.rules());
            g.writeStringField("columnKind", "unicodeCodePoints");
            writeInvocation(g, result.errors());
            g.writeArrayFieldStart("results");
            for (FileResult file : result.files()) {
                List<String> prints = Fingerprints.of(file);
                for (int i = 0; i < file.findings().size(); i++) {
                    Finding f = file.findings().get(i);
                    writeResult(g, f, prints.get(i), ruleIndex, Fixes.isSafe(f, rules.get(f.ruleId())));
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeTool(JsonGenerator g, List<RuleInfo> rules) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", Gongwen.NAME);
        g.writeStringField("version", Gongwen.version());
        g.writeStringField("informationUri", INFORMATION_URI);
        g.writeArrayFieldStart("rules");
        for (RuleInfo r : rules) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            String name = pascalCase(r.id());
            if (!name.equalsIgnoreCase(r.id())) {
                g.writeStringField("name", name);
            }
            String description = r.description().isEmpty() ? r.title() : r.description();
            text(g, "shortDescription", r.title());
            text(g, "fullDescription", description);
            text(g, "help", r.title() + ": " + description + " (category " + r.category() + ", " + r.severity().id()
                    + ")");
            g.writeStringField("helpUri", RULES_URI + r.id());
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(r.severity()));
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeStringField("category", r.category());
            g.writeArrayFieldStart("tags");
            g.writeString(r.category());
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeInvocation(JsonGenerator g, List<FileResult> errors) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (FileResult e : errors) {
            g.writeStartObject();
            g.writeStringField("level", "error");
            text(g, "message", e.path() + ": " + e.error());
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            artifact(g, e.path());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void writeResult(JsonGenerator g, Finding f, String fingerprint, Map<String, Integer> ruleIndex,
            boolean safeFix) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            g.writeNumberField("ruleIndex", index);
        }
        g.writeStringField("level", level(f.severity()));
        text(g, "message", f.message());
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        artifact(g, f.file());
        g.writeObjectFieldStart("region");
        if (f.isDocumentLevel()) {
            g.writeNumberField("startLine", 1);
        } else {
            g.writeNumberField("startLine", f.line());
            g.writeNumberField("startColumn", f.column());
            g.writeNumberField("endLine", f.endLine());
            g.writeNumberField("endColumn", f.endColumn());
            text(g, "snippet", f.excerpt());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT_KEY, fingerprint);
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("category", f.category());
        if (f.suggestion() != null) {
            g.writeStringField("suggestion", f.suggestion());
        }
        g.writeEndObject();
        if (safeFix) {
            writeFix(g, f);
        }
        g.writeEndObject();
    }

    /** A safe suggestion as a SARIF fix: the flagged region replaced by the suggestion. */
    private static void writeFix(JsonGenerator g, Finding f) throws IOException {
        g.writeArrayFieldStart("fixes");
        g.writeStartObject();
        text(g, "description", f.suggestion().isEmpty() ? "删除“" + f.excerpt() + "”"
                : "将“" + f.excerpt() + "”改为“" + f.suggestion() + "”");
        g.writeArrayFieldStart("artifactChanges");
        g.writeStartObject();
        artifact(g, f.file());
        g.writeArrayFieldStart("replacements");
        g.writeStartObject();
        g.writeObjectFieldStart("deletedRegion");
        g.writeNumberField("startLine", f.line());
        g.writeNumberField("startColumn", f.column());
        g.writeNumberField("endLine", f.endLine());
        g.writeNumberField("endColumn", f.endColumn());
        g.writeEndObject();
        text(g, "insertedContent", f.suggestion());
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void artifact(JsonGenerator g, String file) throws IOException {
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(file));
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    /** SARIF's level for a severity: {@code error}, {@code warning} or {@code note}. */
    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * A file name as a URI reference: a relative name becomes a relative URI with forward slashes
     * and non-ASCII characters percent-encoded; an absolute path becomes a {@code file:} URI.
     */
    static String uri(String file) {
        String slashed = file.replace('\\', '/');
        Path p = Path.of(file);
        if (p.isAbsolute()) {
            return p.toUri().toASCIIString();
        }
        int slash = slashed.indexOf('/');
        String first = slash < 0 ? slashed : slashed.substring(0, slash);
        String path = first.contains(":") ? "./" + slashed : slashed;
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable file name: " + file, e);
        }
    }

    /** {@code num-gap} → {@code NumGap}: SARIF's rule name, an identifier-like form of the id. */
    static String pascalCase(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return b.isEmpty() ? id : b.toString();
    }
}
