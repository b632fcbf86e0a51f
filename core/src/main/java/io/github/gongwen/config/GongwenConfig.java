package io.github.gongwen.config;

import io.github.gongwen.Checker;
import io.github.gongwen.ReportFiles;
import io.github.gongwen.Severity;
import io.github.gongwen.engine.RuleCompileException;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.extract.HouseWords;
import io.github.gongwen.extract.Lexicon;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A {@code gongwen.yaml} configuration file: which files to check, which rules to apply and how
 * seriously, where the house rules are, and changes to the data lists. Every key is optional;
 * relative paths and file patterns are relative to the file's directory.
 *
 * <pre>
 * report-year: 2024
 * include: ["**&#47;*.txt", "**&#47;*.md"]
 * exclude: [drafts/]
 * rules:                      # on | off | error | warning | info, by rule id or category
 *   NUM_STYLE: off
 *   marker-form: warning
 * ignore:                     # file pattern: rules silenced in those files
 *   "templates/**": [PLACEHOLDER]
 * rule-directories: [house-rules]
 * house-words: house-words.tsv  # word, suggestion, message, severity per line (see HouseWords)
 * data:                       # extend | replace | extend-file | replace-file
 *   placeholders.txt:
 *     extend: ["某某"]
 * </pre>
 *
 * <p>Use: {@code GongwenConfig c = GongwenConfig.load(path); Checker checker = c.build(Checker.builder());}
 * then {@code c.collect(roots)} (or {@link #fileFilter()}) for the files. Immutable.
 */
public final class GongwenConfig {
    /** The name of the configuration file looked for in a directory. */
    public static final String FILE_NAME = "gongwen.yaml";

    static final List<String> KEYS = List.of("report-year", "include", "exclude", "rules", "ignore",
            "rule-directories", "data", "house-words");
    static final List<String> LIST_KEYS = List.of("extend", "replace", "extend-file", "replace-file");
    static final List<String> SETTINGS = List.of("on", "off", "error", "warning", "info");

    /** A rule id or category named in the file, where it was named. */
    private record Name(String name, int line, int column) {
    }

    private record RuleSetting(String name, String value) {
    }

    private record Ignore(String glob, List<String> names) {
    }

    private record ListEdit(String list, boolean replace, List<String> entries) {
    }

    private final String file;
    private final Path base;
    private final Integer reportYear;
    private final List<Glob> include;
    private final List<Glob> exclude;
    private final List<RuleSetting> rules;
    private final List<Ignore> ignores;
    private final List<Path> ruleDirectories;
    private final List<ListEdit> lists;
    private final List<Name> names;

    private GongwenConfig(Parser p) {
        this.file = p.file;
        this.base = p.base;
        this.reportYear = p.reportYear;
        this.include = List.copyOf(p.include);
        this.exclude = List.copyOf(p.exclude);
        this.rules = List.copyOf(p.rules);
        this.ignores = List.copyOf(p.ignores);
        this.ruleDirectories = List.copyOf(p.ruleDirectories);
        this.lists = List.copyOf(p.lists);
        this.names = List.copyOf(p.names);
    }

    /** Reads a configuration file; data lists are checked against the class path of this library. */
    public static GongwenConfig load(Path file) throws IOException, ConfigException {
        return load(file, GongwenConfig.class.getClassLoader());
    }

    /** A configuration file larger than this is refused before it is read. */
    public static final long MAX_CONFIG_BYTES = 1024 * 1024;

    /** A data file ({@code extend-file}, {@code replace-file}) larger than this is refused before it is read. */
    public static final long MAX_DATA_FILE_BYTES = 16L * 1024 * 1024;

    /** Reads a configuration file; {@code loader} sees the default data lists (in a Maven plugin: its realm). */
    public static GongwenConfig load(Path file, ClassLoader loader) throws IOException, ConfigException {
        String name = file.toString();
        String text;
        try {
            String wrong = notReadable(file, MAX_CONFIG_BYTES);
            if (wrong != null) {
                throw new ConfigException(List.of(new ConfigException.Problem(name, 0, 0, wrong)));
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(List.of(new ConfigException.Problem(name, 0, 0, "not UTF-8 text")));
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        return parse(name, text, dir, loader);
    }

    /**
     * Reads configuration text.
     *
     * @param file the name problems are reported under
     * @param base the directory relative paths and patterns are resolved against
     */
    public static GongwenConfig parse(String file, String yaml, Path base, ClassLoader loader) throws ConfigException {
        Parser p = new Parser(file, base.toAbsolutePath().normalize(), loader);
        p.read(yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml);
        if (!p.nodes.problems().isEmpty()) {
            throw new ConfigException(p.nodes.problems());
        }
        return new GongwenConfig(p);
    }

    /**
     * Why a file the configuration names (or the configuration itself) is not read: not a regular
     * file (a FIFO or a device would be read forever), or larger than {@code max}; {@code null}
     * when it can be read.
     */
    static String notReadable(Path file, long max) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Files.exists(file) ? "not a regular file" : "no such file";
        }
        long size = Files.size(file);
        return size > max ? "too large (" + size / 1024 + " KB; the limit is " + max / 1024 + " KB)" : null;
    }

    /**
     * Whether {@code p} lies inside {@code base} once symbolic links are resolved: rule
     * directories and data files are taken only from the configuration's own directory, so a
     * configuration cannot reach {@code ../../secret.txt} or {@code /etc}.
     */
    static boolean inside(Path base, Path p) {
        try {
            return p.toRealPath().startsWith(base.toRealPath());
        } catch (IOException e) {
            return p.toAbsolutePath().normalize().startsWith(base.toAbsolutePath().normalize());
        }
    }

    /** {@code dir/gongwen.yaml} when it exists, else {@code null}. */
    public static Path find(Path dir) {
        Path f = dir.resolve(FILE_NAME);
        return Files.isRegularFile(f) ? f : null;
    }

    /** The file as named when it was read. */
    public String file() {
        return file;
    }

    /** The directory relative paths and patterns are resolved against (the file's directory). */
    public Path baseDirectory() {
        return base;
    }

    /** The configured report year, or {@code null}. */
    public Integer reportYear() {
        return reportYear;
    }

    /** The user rule directories, resolved. */
    public List<Path> ruleDirectories() {
        return ruleDirectories;
    }

    /**
     * Applies the settings to a checker builder: report year, rule directories, rule settings,
     * per-path ignores and data lists. Call {@link #verify} on the built checker (or use {@link #build}).
     */
    public Checker.Builder applyTo(Checker.Builder b) {
        if (reportYear != null) {
            b.reportYear(reportYear);
        }
        ruleDirectories.forEach(b::ruleDirectory);
        for (RuleSetting s : rules) {
            switch (s.value()) {
                case "off" -> b.disable(s.name());
                case "on" -> b.enable(s.name());
                default -> b.severity(s.name(), Severity.parse(s.value()));
            }
        }
        for (Ignore i : ignores) {
            b.ignore(base, i.glob(), i.names());
        }
        for (ListEdit e : lists) {
            if (e.replace()) {
                b.replaceList(e.list(), e.entries());
            } else {
                b.extendList(e.list(), e.entries());
            }
        }
        return b;
    }

    /** Applies the settings, builds the checker and verifies the rule names (see {@link #verify}). */
    public Checker build(Checker.Builder b) throws ConfigException, RuleCompileException, IOException {
        Checker c = applyTo(b).build();
        verify(c);
        return c;
    }

    /** Checks that every rule id or category the file names is one of the checker's rules. */
    public void verify(Checker checker) throws ConfigException {
        Set<String> known = new TreeSet<>();
        for (RuleInfo r : checker.declaredRules()) {
            known.add(r.id());
            known.add(r.category());
        }
        List<ConfigException.Problem> problems = new ArrayList<>();
        for (Name n : names) {
            if (!known.contains(n.name())) {
                problems.add(new ConfigException.Problem(file, n.line(), n.column(), "no rule has the id or category '"
                        + n.name() + "'" + YamlNodes.suggestion(n.name(), known)
                        + " (gongwen rules lists them)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    /**
     * Which files a directory walk takes: those matching {@code include} (default: {@code *.txt}
     * and {@code *.md}) and no {@code exclude} pattern, relative to the configuration's directory.
     */
    public Predicate<Path> fileFilter() {
        return p -> {
            String rel = Glob.relative(base, p);
            boolean in = include.isEmpty() ? ReportFiles.hasDefaultExtension(p)
                    : include.stream().anyMatch(g -> g.matches(rel));
            return in && exclude.stream().noneMatch(g -> g.matches(rel));
        };
    }

    /**
     * Whether a file escapes the {@code exclude} patterns (for a front end with includes of its own,
     * such as the Maven plugin's {@code includes}).
     */
    public Predicate<Path> excludeFilter() {
        return p -> {
            String rel = Glob.relative(base, p);
            return exclude.stream().noneMatch(g -> g.matches(rel));
        };
    }

    /**
     * The report files under {@code roots} that {@link #fileFilter()} takes; files named directly
     * are always taken.
     */
    public ReportFiles.Listing collect(List<Path> roots) {
        return ReportFiles.collect(roots, fileFilter());
    }

    /** A stable text that changes whenever the effective configuration does (for caches). */
    public String fingerprint() {
        return "base=" + base + "\nreport-year=" + reportYear + "\ninclude=" + include + "\nexclude=" + exclude
                + "\nrules=" + rules + "\nignore=" + ignores + "\nrule-directories=" + ruleDirectories
                + "\ndata=" + lists;
    }

    @Override
    public String toString() {
        return "GongwenConfig[" + file + "]";
    }

    /** Walks the node tree once, collecting values and problems. */
    private static final class Parser {
        final String file;
        final Path base;
        final ClassLoader loader;
        final YamlNodes nodes;
        Integer reportYear;
        final List<Glob> include = new ArrayList<>();
        final List<Glob> exclude = new ArrayList<>();
        final List<RuleSetting> rules = new ArrayList<>();
        final List<Ignore> ignores = new ArrayList<>();
        final List<Path> ruleDirectories = new ArrayList<>();
        final List<ListEdit> lists = new ArrayList<>();
        final List<Name> names = new ArrayList<>();

        Parser(String file, Path base, ClassLoader loader) {
            this.file = file;
            this.base = base;
            this.loader = loader;
            this.nodes = new YamlNodes(file);
        }

        void read(String yaml) {
            Node root = nodes.parse(yaml);
            if (root == null) {
                return;
            }
            if (root instanceof ScalarNode s && s.getValue().isBlank()) {
                return;
            }
            List<YamlNodes.Entry> top = nodes.mapping(root, "the configuration", KEYS);
            if (top == null) {
                return;
            }
            for (YamlNodes.Entry e : top) {
                Node v = e.value();
                switch (e.key()) {
                    case "report-year" -> reportYear = nodes.integer(v, "report-year", 1949, 2100);
                    case "include" -> globs(v, "include", include);
                    case "exclude" -> globs(v, "exclude", exclude);
                    case "rules" -> rules(v);
                    case "ignore" -> ignore(v);
                    case "rule-directories" -> ruleDirectories(v);
                    case "house-words" -> houseWords(v);
                    default -> data(v);
                }
            }
        }

        private void globs(Node v, String what, List<Glob> out) {
            List<Node> items = nodes.items(v, what);
            if (items != null) {
                for (Node n : items) {
                    glob(n).ifPresent(out::add);
                }
            }
        }

        private Optional<Glob> glob(Node n) {
            String s = ((ScalarNode) n).getValue();
            try {
                return Optional.of(Glob.of(s));
            } catch (IllegalArgumentException ex) {
                nodes.problem(n, "bad file pattern '" + s + "': " + ex.getMessage());
                return Optional.empty();
            }
        }

        private void rules(Node v) {
            List<YamlNodes.Entry> entries = nodes.mapping(v, "rules");
            if (entries == null) {
                return;
            }
            for (YamlNodes.Entry e : entries) {
                String value = nodes.string(e.value(), "the setting of " + e.key());
                if (value == null) {
                    continue;
                }
                String setting = switch (value.toLowerCase(Locale.ROOT)) {
                    case "true", "yes" -> "on";
                    case "false", "no" -> "off";
                    default -> value.toLowerCase(Locale.ROOT);
                };
                if (!SETTINGS.contains(setting)) {
                    nodes.problem(e.value(), "the setting of " + e.key() + " must be one of "
                            + String.join(", ", SETTINGS) + ", not '" + value + "'"
                            + YamlNodes.suggestion(value, SETTINGS));
                    continue;
                }
                name(e.keyNode());
                rules.add(new RuleSetting(e.key(), setting));
            }
        }

        private void ignore(Node v) {
            List<YamlNodes.Entry> entries = nodes.mapping(v, "ignore");
            if (entries == null) {
                return;
            }
            for (YamlNodes.Entry e : entries) {
                if (glob(e.keyNode()).isEmpty()) {
                    continue;
                }
                List<Node> items = nodes.items(e.value(), "the rules ignored in " + e.key());
                if (items == null) {
                    continue;
                }
                items.forEach(this::name);
                ignores.add(new Ignore(e.key(), items.stream().map(n -> ((ScalarNode) n).getValue().strip()).toList()));
            }
        }

        private void ruleDirectories(Node v) {
            List<Node> items = nodes.items(v, "rule-directories");
            if (items == null) {
                return;
            }
            for (Node n : items) {
                Path dir = base.resolve(((ScalarNode) n).getValue().strip()).normalize();
                if (!inside(base, dir)) {
                    nodes.problem(n, "rule directory " + dir + " is outside the configuration's directory " + base
                            + " (rules are code: they are taken only from beside the configuration)");
                } else if (Files.isDirectory(dir)) {
                    ruleDirectories.add(dir);
                } else {
                    nodes.problem(n, "rule directory " + dir + " does not exist");
                }
            }
        }

        private void data(Node v) {
            List<YamlNodes.Entry> entries = nodes.mapping(v, "data");
            if (entries == null) {
                return;
            }
            for (YamlNodes.Entry e : entries) {
                String list = e.key();
                if (loader != null && loader.getResource(Lexicon.RESOURCE_DIR + list) == null) {
                    nodes.problem(e.keyNode(), "there is no data list '" + list + "' (the lists are the files of "
                            + "rules/src/main/resources/" + Lexicon.RESOURCE_DIR + ", e.g. placeholders.txt)");
                    continue;
                }
                List<YamlNodes.Entry> edits = nodes.mapping(e.value(), "data list " + list, LIST_KEYS);
                if (edits == null) {
                    continue;
                }
                if (edits.stream().filter(x -> x.key().startsWith("replace")).count() > 1) {
                    nodes.problem(e.value(), "data list " + list + ": use either replace or replace-file, not both");
                    continue;
                }
                List<YamlNodes.Entry> ordered = new ArrayList<>(edits);
                ordered.sort((a, b) -> Boolean.compare(!a.key().startsWith("replace"), !b.key().startsWith("replace")));
                for (YamlNodes.Entry x : ordered) {
                    List<String> entriesOf = x.key().endsWith("-file") ? dataFile(x.value(), list)
                            : nodes.strings(x.value(), x.key() + " of " + list);
                    if (entriesOf != null) {
                        lists.add(new ListEdit(list, x.key().startsWith("replace"), entriesOf));
                    }
                }
            }
        }

        private List<String> dataFile(Node v, String list) {
            String name = nodes.string(v, "the file of " + list);
            if (name == null) {
                return null;
            }
            Path f = base.resolve(name).normalize();
            if (!inside(base, f)) {
                nodes.problem(v, "data file " + f + " is outside the configuration's directory " + base);
                return null;
            }
            try {
                String wrong = notReadable(f, MAX_DATA_FILE_BYTES);
                if (wrong != null) {
                    nodes.problem(v, "cannot read data file " + f + ": " + wrong);
                    return null;
                }
                return Lexicon.parse(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException ex) {
                nodes.problem(v, "cannot read data file " + f + (Files.exists(f) ? " (not UTF-8?)" : ": no such file"));
                return null;
            }
        }

        /**
         * The house-word files (one or a list), each inside the configuration's directory; their
         * rows extend the data list {@link HouseWords#LIST}. A bad row is reported by the file and
         * line, not by its content.
         */
        private void houseWords(Node v) {
            List<Node> items = nodes.items(v, "house-words");
            if (items == null) {
                return;
            }
            for (Node n : items) {
                Path f = base.resolve(((ScalarNode) n).getValue().strip()).normalize();
                if (!inside(base, f)) {
                    nodes.problem(n, "house-word file " + f + " is outside the configuration's directory " + base);
                    continue;
                }
                try {
                    lists.add(new ListEdit(HouseWords.LIST, false, HouseWords.read(f)));
                } catch (HouseWords.HouseWordsException ex) {
                    ex.getMessage().lines().forEach(l -> nodes.problem(n, "house-words: " + l));
                }
            }
        }

        private void name(Node n) {
            names.add(new Name(((ScalarNode) n).getValue().strip(), n.getStartMark().getLine() + 1,
                    n.getStartMark().getColumn() + 1));
        }
    }
}
