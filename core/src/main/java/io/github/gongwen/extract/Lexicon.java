package io.github.gongwen.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists and tables the extractors read (placeholder patterns, residue patterns,
 * conventional headings, …). Each list is a UTF-8 data file named like {@code residue.txt}; the
 * defaults are resources under {@code gongwen/data/} on the class path (the rules module ships
 * them), and users can extend or replace any list. A line starting with {@code "# "} (or a lone
 * {@code #}) is a comment; blank lines are skipped; table columns are separated by tabs.
 * Immutable and thread-safe.
 */
public final class Lexicon {
    /** Where the default data files live on the class path. */
    public static final String RESOURCE_DIR = "gongwen/data/";

    private final ClassLoader loader;
    private final Map<String, List<String>> replaced;
    private final Map<String, List<String>> extra;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    private Lexicon(ClassLoader loader, Map<String, List<String>> replaced, Map<String, List<String>> extra) {
        this.loader = loader;
        this.replaced = replaced;
        this.extra = extra;
    }

    /** The default lists from {@code loader}'s class path. */
    public static Lexicon defaults(ClassLoader loader) {
        return builder(loader).build();
    }

    /** Lists given in full, nothing from the class path: for tests and embedding. */
    public static Lexicon of(Map<String, List<String>> lists) {
        Builder b = builder(null);
        lists.forEach(b::replace);
        return b.build();
    }

    public static Builder builder(ClassLoader loader) {
        return new Builder(loader);
    }

    /** The entries of a list (comments and blank lines removed, lines trimmed at the end). */
    public List<String> lines(String name) {
        return cache.computeIfAbsent(name, this::resolve);
    }

    /** The rows of a tab-separated table; short rows are padded with empty strings to {@code columns}. */
    public List<String[]> table(String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(name)) {
            String[] cells = line.split("\t", -1);
            if (cells.length < columns) {
                String[] padded = new String[columns];
                for (int i = 0; i < columns; i++) {
                    padded[i] = i < cells.length ? cells[i].strip() : "";
                }
                cells = padded;
            } else {
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private List<String> resolve(String name) {
        List<String> base = replaced.containsKey(name) ? replaced.get(name) : fromClassPath(name);
        List<String> more = extra.getOrDefault(name, List.of());
        List<String> all = new ArrayList<>(base.size() + more.size());
        all.addAll(base);
        all.addAll(more);
        return Collections.unmodifiableList(all);
    }

    private List<String> fromClassPath(String name) {
        if (loader == null) {
            return List.of();
        }
        try (InputStream in = loader.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                return List.of();
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + RESOURCE_DIR + name, e);
        }
    }

    /** Splits a data file into entries. */
    public static List<String> parse(String content) {
        List<String> out = new ArrayList<>();
        for (String line : content.split("\r?\n|\r")) {
            String l = line.stripTrailing();
            if (l.startsWith("\uFEFF")) {
                l = l.substring(1);
            }
            if (l.isBlank() || l.equals("#") || l.startsWith("# ")) {
                continue;
            }
            out.add(l);
        }
        return out;
    }

    /** Builds a lexicon from the defaults plus user additions and replacements. */
    public static final class Builder {
        private final ClassLoader loader;
        private final Map<String, List<String>> replaced = new HashMap<>();
        private final Map<String, List<String>> extra = new HashMap<>();

        private Builder(ClassLoader loader) {
            this.loader = loader;
        }

        /** Appends entries to the named list. */
        public Builder extend(String name, List<String> entries) {
            extra.computeIfAbsent(name, k -> new ArrayList<>()).addAll(entries);
            return this;
        }

        /** Uses these entries instead of the default list. */
        public Builder replace(String name, List<String> entries) {
            replaced.put(name, List.copyOf(Objects.requireNonNull(entries)));
            return this;
        }

        public Lexicon build() {
            Map<String, List<String>> e = new HashMap<>();
            extra.forEach((k, v) -> e.put(k, List.copyOf(v)));
            return new Lexicon(loader, Map.copyOf(replaced), Map.copyOf(e));
        }
    }
}
