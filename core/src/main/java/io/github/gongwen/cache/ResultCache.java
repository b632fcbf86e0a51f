package io.github.gongwen.cache;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gongwen.Checker;
import io.github.gongwen.Finding;
import io.github.gongwen.Gongwen;
import io.github.gongwen.Severity;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.io.AtomicFiles;
import io.github.gongwen.engine.RuleSource;
import io.github.gongwen.report.JsonTree;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The findings of earlier runs, per file, so that unchanged files need not be checked again, and
 * the rules they were checked with (so that a run in which nothing changed needs no compiled
 * rules). An entry is reused only when the file's content hash is the same and the whole cache was
 * written under the same {@linkplain #key key}: the Gongwen version and code, the rule sources and
 * the caller's settings (disabled rules, encoding, report year …). A missing, unreadable or foreign
 * cache file is simply an empty cache. Thread-safe.
 *
 * <p>The cache is not trusted: its first line is an HMAC-SHA256 of the rest, keyed with a secret of
 * this machine's user ({@link MachineKey}), so a cache edited by hand or brought in from elsewhere
 * (empty findings to pass a build, forged positions) is ignored and every file is checked again.
 */
public final class ResultCache {
    private static final String FORMAT = "gongwen-cache";
    private static final int VERSION = 2;
    private static final JsonFactory FACTORY = new JsonFactory();

    private record Entry(String hash, List<Finding> findings) {
    }

    private final Path file;
    private final String key;
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile List<RuleInfo> rules;

    private ResultCache(Path file, String key) {
        this.file = file;
        this.key = key;
    }

    /** An empty cache that {@link #save()} will write to {@code file}. */
    public static ResultCache empty(Path file, String key) {
        return new ResultCache(file, key);
    }

    /** The cache stored in {@code file} if it was written under {@code key}; otherwise an empty one. */
    public static ResultCache load(Path file, String key) {
        ResultCache cache = new ResultCache(file, key);
        if (!Files.isRegularFile(file)) {
            return cache;
        }
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int nl = content.indexOf('\n');
            byte[] secret = MachineKey.get();
            if (nl < 0 || secret == null || !MessageDigest.isEqual(
                    content.substring(0, nl).getBytes(StandardCharsets.US_ASCII),
                    MachineKey.mac(secret, content.substring(nl + 1)).getBytes(StandardCharsets.US_ASCII))) {
                return cache; // not written here, or edited since
            }
            Map<String, Object> root = JsonTree.object(JsonTree.read(new StringReader(content.substring(nl + 1))),
                    "cache");
            if (!FORMAT.equals(root.get("format")) || !Long.valueOf(VERSION).equals(root.get("version"))
                    || !key.equals(root.get("key"))) {
                return cache;
            }
            if (root.get("rules") != null) {
                List<RuleInfo> rules = new ArrayList<>();
                for (Object o : JsonTree.array(root.get("rules"), "rules")) {
                    rules.add(rule(JsonTree.object(o, "rule")));
                }
                cache.rules = List.copyOf(rules);
            }
            Map<String, Object> files = JsonTree.object(root.get("files"), "files");
            for (Map.Entry<String, Object> e : files.entrySet()) {
                Map<String, Object> f = JsonTree.object(e.getValue(), e.getKey());
                List<Finding> findings = new ArrayList<>();
                for (Object o : JsonTree.array(f.get("findings"), "findings")) {
                    findings.add(finding(e.getKey(), JsonTree.object(o, "finding")));
                }
                cache.entries.put(e.getKey(), new Entry(JsonTree.string(f, "hash"), List.copyOf(findings)));
            }
        } catch (IOException | RuntimeException e) {
            cache.entries.clear();
            cache.rules = null;
        }
        return cache;
    }

    /** The findings cached for {@code name} when its content still hashes to {@code hash}, else {@code null}. */
    public List<Finding> get(String name, String hash) {
        Entry e = entries.get(name);
        return e != null && e.hash().equals(hash) ? e.findings() : null;
    }

    /** The rules of the run that wrote the cache, or {@code null} when unknown. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** Records the rules the cached findings were made with. */
    public void rules(List<RuleInfo> applied) {
        this.rules = List.copyOf(applied);
    }

    public void put(String name, String hash, List<Finding> findings) {
        entries.put(name, new Entry(hash, List.copyOf(findings)));
    }

    /** Forgets the files not in {@code names} (deleted or no longer selected). */
    public void retainOnly(Collection<String> names) {
        Set<String> keep = Set.copyOf(names);
        entries.keySet().removeIf(n -> !keep.contains(n));
    }

    public int size() {
        return entries.size();
    }

    /** Writes the cache to its file (atomically, see {@link AtomicFiles}: a reader never sees half of it). */
    public void save() throws IOException {
        byte[] secret = MachineKey.get();
        if (secret == null) {
            return; // no key to sign it with: a cache could not be trusted, so none is kept
        }
        StringWriter body = new StringWriter();
        {
            try (JsonGenerator g = FACTORY.createGenerator(body)) {
                g.writeStartObject();
                g.writeStringField("format", FORMAT);
                g.writeNumberField("version", VERSION);
                g.writeStringField("key", key);
                List<RuleInfo> known = rules;
                if (known != null) {
                    g.writeArrayFieldStart("rules");
                    for (RuleInfo r : known) {
                        write(g, r);
                    }
                    g.writeEndArray();
                }
                g.writeObjectFieldStart("files");
                for (Map.Entry<String, Entry> e : new TreeMap<>(entries).entrySet()) {
                    g.writeObjectFieldStart(e.getKey());
                    g.writeStringField("hash", e.getValue().hash());
                    g.writeArrayFieldStart("findings");
                    for (Finding f : e.getValue().findings()) {
                        write(g, f);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
        }
        String json = body.toString();
        String mac = MachineKey.mac(secret, json);
        AtomicFiles.write(file, out -> {
            out.write(mac);
            out.write('\n');
            out.write(json);
        });
    }

    private static void write(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("category", f.category());
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("message", f.message());
        g.writeArrayFieldStart("at");
        for (int n : new int[] {f.line(), f.column(), f.endLine(), f.endColumn(), f.startOffset(), f.endOffset()}) {
            g.writeNumber(n);
        }
        g.writeEndArray();
        g.writeStringField("excerpt", f.excerpt());
        if (f.suggestion() != null) {
            g.writeStringField("suggestion", f.suggestion());
        }
        g.writeEndObject();
    }

    private static void write(JsonGenerator g, RuleInfo r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("category", r.category());
        g.writeStringField("severity", r.severity().id());
        g.writeStringField("message", r.message());
        g.writeStringField("title", r.title());
        g.writeStringField("description", r.description());
        g.writeStringField("source", r.source());
        g.writeNumberField("line", r.line());
        if (r.safeFix()) {
            g.writeBooleanField("safeFix", true);
        }
        g.writeEndObject();
    }

    private static RuleInfo rule(Map<String, Object> o) throws IOException {
        return new RuleInfo(JsonTree.string(o, "id"), JsonTree.string(o, "category"),
                Severity.parse(JsonTree.string(o, "severity")), JsonTree.string(o, "message"),
                JsonTree.string(o, "title"), JsonTree.string(o, "description"), JsonTree.string(o, "source"),
                JsonTree.integer(o, "line"), Boolean.TRUE.equals(o.get("safeFix")));
    }

    private static Finding finding(String file, Map<String, Object> o) throws IOException {
        List<?> at = JsonTree.array(o.get("at"), "at");
        if (at.size() != 6) {
            throw new IOException("bad position");
        }
        int[] n = new int[6];
        for (int i = 0; i < 6; i++) {
            n[i] = ((Number) at.get(i)).intValue();
        }
        return new Finding(file, JsonTree.string(o, "rule"), JsonTree.string(o, "category"),
                Severity.parse(JsonTree.string(o, "severity")), JsonTree.string(o, "message"), n[0], n[1], n[2], n[3],
                n[4], n[5], JsonTree.string(o, "excerpt"), JsonTree.string(o, "suggestion"));
    }

    /** The SHA-256 of a file's bytes, in hex. */
    public static String hash(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }

    /**
     * The key a cache is valid under: what decides a file's findings besides its content. It covers
     * the Gongwen version, the size and date of the jars the code and default rules come from (so a
     * rebuilt snapshot invalidates the cache), every rule source, and {@code settings}: everything
     * else the caller configures (disabled rules, encoding, report year …).
     *
     * @param sources the rule sources the checker is (or would be) built from
     * @param loader the class loader the code and the default rules come from
     */
    public static String key(List<RuleSource> sources, ClassLoader loader, String settings) {
        MessageDigest d = sha256();
        add(d, Gongwen.version());
        add(d, stamp(Checker.class.getProtectionDomain().getCodeSource()));
        add(d, stamp(loader.getResource(RuleSource.INDEX)));
        for (RuleSource s : sources) {
            add(d, s.name());
            add(d, s.drl());
        }
        add(d, settings);
        return HexFormat.of().formatHex(d.digest());
    }

    private static void add(MessageDigest d, String s) {
        d.update(s.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
    }

    private static String stamp(CodeSource source) {
        return source == null || source.getLocation() == null ? "" : stamp(source.getLocation());
    }

    /** The path, size and modification time of the file or jar a class-path URL points into. */
    private static String stamp(URL url) {
        if (url == null) {
            return "";
        }
        String s = url.toString();
        int bang = s.indexOf("!/");
        String target = s.startsWith("jar:") && bang > 0 ? s.substring(4, bang) : s;
        try {
            Path p = Path.of(new URI(target));
            return p + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return s;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
