package io.github.gongwen.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gongwen.io.AtomicFiles;
import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import io.github.gongwen.RunResult;
import io.github.gongwen.report.JsonTree;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings a team has accepted for now: a check with a baseline fails only on findings whose
 * {@linkplain Fingerprints fingerprint} is not in it. Stored as JSON,
 * {@code {"format":"gongwen-baseline","version":1,"findings":[{"fingerprint","file","rule","line","message"}]}};
 * only the fingerprint is used for matching, the rest is there for people reviewing the file.
 */
public final class Baseline {
    /** The value of the file's {@code format} member. */
    public static final String FORMAT = "gongwen-baseline";
    private static final JsonFactory FACTORY = new JsonFactory();

    /** One accepted finding. */
    public record Entry(String fingerprint, String file, String rule, int line, String message) {
    }

    /**
     * The result of applying a baseline.
     *
     * @param result the run without the baselined findings
     * @param suppressed how many findings the baseline matched
     * @param stale how many baseline entries matched nothing (defects fixed since)
     */
    public record Applied(RunResult result, int suppressed, int stale) {
    }

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** A baseline accepting every finding of {@code run}. */
    public static Baseline of(RunResult run) {
        List<Entry> entries = new ArrayList<>();
        for (FileResult file : run.files()) {
            List<String> prints = Fingerprints.of(file);
            for (int i = 0; i < prints.size(); i++) {
                Finding f = file.findings().get(i);
                entries.add(new Entry(prints.get(i), f.file(), f.ruleId(), f.line(), f.message()));
            }
        }
        return new Baseline(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Removes the findings this baseline accepts from {@code run}; unreadable files stay as they are. */
    public Applied apply(RunResult run) {
        Set<String> accepted = new HashSet<>();
        entries.forEach(e -> accepted.add(e.fingerprint()));
        Set<String> matched = new HashSet<>();
        List<FileResult> files = new ArrayList<>();
        int suppressed = 0;
        for (FileResult file : run.files()) {
            if (file.failed()) {
                files.add(file);
                continue;
            }
            List<String> prints = Fingerprints.of(file);
            List<Finding> kept = new ArrayList<>();
            for (int i = 0; i < prints.size(); i++) {
                if (accepted.contains(prints.get(i))) {
                    matched.add(prints.get(i));
                    suppressed++;
                } else {
                    kept.add(file.findings().get(i));
                }
            }
            files.add(new FileResult(file.path(), file.source(), kept, null));
        }
        return new Applied(new RunResult(files, run.rules()), suppressed, accepted.size() - matched.size());
    }

    /** Reads a baseline file. */
    public static Baseline read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new IOException("cannot read the baseline " + file + ": " + e.getMessage(), e);
        }
    }

    static Baseline read(Reader in, String name) throws IOException {
        Map<String, Object> root = JsonTree.object(JsonTree.read(in), name);
        if (!FORMAT.equals(root.get("format"))) {
            throw new IOException(name + ": not a gongwen baseline (no \"format\": \"" + FORMAT + "\")");
        }
        List<Entry> entries = new ArrayList<>();
        for (Object o : JsonTree.array(root.get("findings"), "findings")) {
            Map<String, Object> e = JsonTree.object(o, "a finding");
            String print = JsonTree.string(e, "fingerprint");
            if (print == null) {
                throw new IOException(name + ": a finding without a fingerprint");
            }
            entries.add(new Entry(print, JsonTree.string(e, "file"), JsonTree.string(e, "rule"),
                    e.get("line") instanceof Long l ? l.intValue() : 0, JsonTree.string(e, "message")));
        }
        return new Baseline(entries);
    }

    /** Writes the baseline to a file, creating its directory; atomically (see {@link AtomicFiles}). */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, this::write);
    }

    void write(Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", 1);
            g.writeArrayFieldStart("findings");
            for (Entry e : entries) {
                g.writeStartObject();
                g.writeStringField("fingerprint", e.fingerprint());
                g.writeStringField("file", e.file());
                g.writeStringField("rule", e.rule());
                g.writeNumberField("line", e.line());
                g.writeStringField("message", e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }
}
