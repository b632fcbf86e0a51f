package io.github.gongwen.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import io.github.gongwen.Gongwen;
import io.github.gongwen.RunResult;
import io.github.gongwen.Severity;
import io.github.gongwen.engine.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The exchange format: {@code {"tool":{…},"files":[{"path","findings":[…]}],"errors":[…],
 * "summary":{…},"rules":[…]}}. Field names are stable; new fields may be added.
 */
public final class JsonReport implements ReportWriter {
    /** Jackson loads ~50 classes: only when a JSON report is written, not whenever formats are listed. */
    private static final class Factory {
        static final JsonFactory INSTANCE = new JsonFactory();
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        try (JsonGenerator g = Factory.INSTANCE.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", Gongwen.NAME);
            g.writeStringField("version", Gongwen.version());
            g.writeEndObject();

            g.writeArrayFieldStart("files");
            for (FileResult file : result.files()) {
                if (file.failed()) {
                    continue;
                }
                g.writeStartObject();
                g.writeStringField("path", file.path());
                g.writeArrayFieldStart("findings");
                for (Finding f : file.findings()) {
                    writeFinding(g, f);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayFieldStart("errors");
            for (FileResult file : result.errors()) {
                g.writeStartObject();
                g.writeStringField("path", file.path());
                g.writeStringField("message", file.error());
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", result.files().size());
            g.writeNumberField("findings", result.findings().size());
            g.writeNumberField("errors", result.errors().size());
            g.writeObjectFieldStart("bySeverity");
            for (Severity s : Severity.values()) {
                g.writeNumberField(s.id(), result.countBySeverity().getOrDefault(s, 0));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("byCategory");
            for (Map.Entry<String, Integer> e : result.countByCategory().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();

            g.writeArrayFieldStart("rules");
            for (RuleInfo r : result.rules()) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("category", r.category());
                g.writeStringField("severity", r.severity().id());
                g.writeStringField("title", r.title());
                g.writeStringField("description", r.description());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeFinding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("category", f.category());
        g.writeStringField("severity", f.severity().id());
        g.writeNumberField("line", f.line());
        g.writeNumberField("column", f.column());
        g.writeNumberField("endLine", f.endLine());
        g.writeNumberField("endColumn", f.endColumn());
        g.writeStringField("message", f.message());
        g.writeStringField("excerpt", f.excerpt());
        if (f.suggestion() != null) {
            g.writeStringField("suggestion", f.suggestion());
        } else {
            g.writeNullField("suggestion");
        }
        g.writeEndObject();
    }
}
