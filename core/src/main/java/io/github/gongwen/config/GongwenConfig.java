package io.github.gongwen.config;

import io.github.gongwen.Checker;
import io.github.gongwen.ReportFiles;
import io.github.gongwen.Severity;
import io.github.gongwen.engine.RuleCompileException;
import io.github.gongwen.engine.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

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
 * then {@code c.collect(roots)} (or {@link #fileFilter()}) for the files. Immutable. The YAML is
 * read and checked by {@link ConfigReader}; the files it names are guarded by {@link ConfigPaths}.
 */
public final class GongwenConfig {
    /** The name of the configuration file looked for in a directory. */
    public static final String FILE_NAME = "gongwen.yaml";

    private final String file;
    private final Path base;
    private final Integer reportYear;
    private final List<Glob> include;
    private final List<Glob> exclude;
    private final List<ConfigReader.RuleSetting> rules;
    private final List<ConfigReader.Ignore> ignores;
    private final List<Path> ruleDirectories;
    private final List<ConfigReader.ListEdit> lists;
    private final List<ConfigReader.Name> names;

    private GongwenConfig(ConfigReader r) {
        this.file = r.file;
        this.base = r.base;
        this.reportYear = r.reportYear;
        this.include = List.copyOf(r.include);
        this.exclude = List.copyOf(r.exclude);
        this.rules = List.copyOf(r.rules);
        this.ignores = List.copyOf(r.ignores);
        this.ruleDirectories = List.copyOf(r.ruleDirectories);
        this.lists = List.copyOf(r.lists);
        this.names = List.copyOf(r.names);
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
        String text = ConfigPaths.readText(file, name, MAX_CONFIG_BYTES);
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
        ConfigReader r = new ConfigReader(file, base.toAbsolutePath().normalize(), loader);
        r.read(yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml);
        if (!r.nodes.problems().isEmpty()) {
            throw new ConfigException(r.nodes.problems());
        }
        return new GongwenConfig(r);
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
        for (ConfigReader.RuleSetting s : rules) {
            switch (s.value()) {
                case "off" -> b.disable(s.name());
                case "on" -> b.enable(s.name());
                default -> b.severity(s.name(), Severity.parse(s.value()));
            }
        }
        for (ConfigReader.Ignore i : ignores) {
            b.ignore(base, i.glob(), i.names());
        }
        for (ConfigReader.ListEdit e : lists) {
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
        for (ConfigReader.Name n : names) {
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
}
