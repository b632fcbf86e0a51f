package io.github.gongwen;

import io.github.gongwen.config.Glob;
import io.github.gongwen.engine.RuleCompileException;
import io.github.gongwen.engine.RuleSettings;
import io.github.gongwen.engine.RuleSource;
import io.github.gongwen.engine.UncheckedRuleCompileException;
import io.github.gongwen.extract.Extractor;
import io.github.gongwen.extract.HouseWords;
import io.github.gongwen.extract.Lexicon;
import io.github.gongwen.extract.Pipeline;
import io.github.gongwen.text.WordSegmenter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Configures and builds a {@link Checker}: get one from {@link Checker#builder()}, whose type
 * {@link Checker.Builder} is this class (every option returns it, so options chain).
 */
public abstract sealed class CheckerBuilder permits Checker.Builder {
    private ClassLoader classLoader = Checker.class.getClassLoader();
    private boolean defaultRules = true;
    private final List<Path> ruleDirectories = new ArrayList<>();
    private final List<RuleSource> extraRules = new ArrayList<>();
    private Integer reportYear;
    private Lexicon lexicon;
    private final List<Consumer<Lexicon.Builder>> lists = new ArrayList<>();
    private final List<Path> houseWordFiles = new ArrayList<>();
    private final List<Extractor> extractors = new ArrayList<>();
    private final RuleSettings settings = new RuleSettings();
    private final List<Ignores.Ignore> ignores = new ArrayList<>();
    private Charset encoding;
    private Duration timeLimit = Checker.DEFAULT_TIME_LIMIT;
    private boolean debug;

    CheckerBuilder() {
    }

    private Checker.Builder self() {
        return (Checker.Builder) this;
    }

    /**
     * How long {@link Checker#checkAll} may spend on one file before it reports it as
     * {@link Checker#TIMEOUT} and goes on (default {@link Checker#DEFAULT_TIME_LIMIT});
     * {@code null}: no limit.
     */
    public Checker.Builder timeLimit(Duration limit) {
        this.timeLimit = limit == null || limit.isZero() || limit.isNegative() ? null : limit;
        return self();
    }

    /** Whether the error of a file that failed inside the checker carries the technical detail. */
    public Checker.Builder debug(boolean on) {
        this.debug = on;
        return self();
    }

    /** The class loader that sees the fact classes and the default rules (in a Maven plugin: its realm). */
    public Checker.Builder classLoader(ClassLoader loader) {
        this.classLoader = Objects.requireNonNull(loader);
        return self();
    }

    /** Whether to include the default rule set from the class path (default true). */
    public Checker.Builder defaultRules(boolean include) {
        this.defaultRules = include;
        return self();
    }

    /** Adds every {@code .drl} file under {@code dir} to the rules (a directory given twice counts once). */
    public Checker.Builder ruleDirectory(Path dir) {
        ruleDirectories.add(Objects.requireNonNull(dir));
        return self();
    }

    /** Adds one DRL text; {@code name} is used in compile errors. */
    public Checker.Builder rules(String name, String drl) {
        extraRules.add(new RuleSource(name, drl));
        return self();
    }

    /**
     * Adds an extractor of its own to the default ones, for rules over facts of a new kind. It runs
     * after the extractors whose facts it {@linkplain Extractor#reads() reads} (see {@link Pipeline#order}).
     */
    public Checker.Builder extractor(Extractor extractor) {
        extractors.add(Objects.requireNonNull(extractor));
        return self();
    }

    /** The year the reports are for; when unset it is inferred per document. */
    public Checker.Builder reportYear(Integer year) {
        this.reportYear = year;
        return self();
    }

    /**
     * All the data lists (defaults from the class path when unset); cannot be combined with
     * {@link #extendList} and {@link #replaceList}.
     */
    public Checker.Builder lexicon(Lexicon lexicon) {
        this.lexicon = lexicon;
        return self();
    }

    /** Appends entries to a default data list (e.g. {@code placeholders.txt}). */
    public Checker.Builder extendList(String name, List<String> entries) {
        List<String> copy = List.copyOf(entries);
        lists.add(b -> b.extend(name, copy));
        return self();
    }

    /**
     * Adds the words of a house-word file ({@code word<TAB>suggestion<TAB>message<TAB>severity}
     * per line, see {@link HouseWords}): their findings are the rules {@code house-word-error},
     * {@code -warning} and {@code -info}. The file is read when the checker is built, which
     * throws a {@link HouseWords.HouseWordsException} naming the file and line of a bad row.
     * Not with {@link #lexicon}: give such a lexicon the rows as its list {@link HouseWords#LIST}.
     */
    public Checker.Builder houseWords(Path file) {
        houseWordFiles.add(Objects.requireNonNull(file));
        return self();
    }

    /** Uses these entries instead of a default data list. */
    public Checker.Builder replaceList(String name, List<String> entries) {
        List<String> copy = List.copyOf(entries);
        lists.add(b -> b.replace(name, copy));
        return self();
    }

    /** Turns off the rules with this id or category. */
    public Checker.Builder disable(String idOrCategory) {
        settings.off(idOrCategory);
        return self();
    }

    /** Turns on the rules with this id or category (undoes a {@link #disable} of a wider name). */
    public Checker.Builder enable(String idOrCategory) {
        settings.on(idOrCategory);
        return self();
    }

    /** Gives the findings of the rules with this id or category another severity (and turns them on). */
    public Checker.Builder severity(String idOrCategory, Severity severity) {
        settings.severity(idOrCategory, severity);
        return self();
    }

    /**
     * Silences rules (ids or categories) in the files whose path relative to {@code base}
     * matches {@code glob} (see {@link Glob}).
     */
    public Checker.Builder ignore(Path base, String glob, Collection<String> idsOrCategories) {
        ignores.add(new Ignores.Ignore(base.toAbsolutePath().normalize(), Glob.of(glob), Set.copyOf(idsOrCategories)));
        return self();
    }

    /** The encoding of report files; {@code null} (the default) detects it per file. */
    public Checker.Builder encoding(Charset charset) {
        this.encoding = charset;
        return self();
    }

    /**
     * Compiles the rules and prepares the extractors.
     *
     * @throws RuleCompileException when a rule does not compile or lacks metadata
     * @throws IOException when a rule directory cannot be read
     * @throws IllegalStateException when the default rules are asked for but not on the class path,
     *     or when an added extractor reads facts no extractor produces
     */
    public Checker build() throws RuleCompileException, IOException {
        List<RuleSource> sources = sources();
        CompiledRules rules = CompiledRules.compile(sources, classLoader, settings);
        return checker(CompletableFuture.completedFuture(rules), sources);
    }

    /**
     * Prepares the extractors and returns at once, while the rules compile on a thread of their
     * own: a run reads files and extracts their facts in the meantime (the compiling takes
     * about half a second for the default rules in a fresh JVM, more for rules from DRL), and
     * the word segmenter's dictionaries load on another ({@link WordSegmenter#preload}). The
     * methods that need the rules wait for them; when they do not compile,
     * {@link Checker#awaitRules()} throws the {@link RuleCompileException} and checks throw
     * it wrapped in an {@link UncheckedRuleCompileException}.
     *
     * @throws IOException when a rule directory cannot be read
     */
    public Checker buildInBackground() throws IOException {
        List<RuleSource> sources = sources();
        ClassLoader loader = classLoader;
        RuleSettings snapshot = settings.copy();
        CompletableFuture<CompiledRules> rules = Background.supply("rules", () -> CompiledRules.compile(sources, loader, snapshot));
        WordSegmenter.preload();
        return checker(rules, sources);
    }

    private Checker checker(CompletableFuture<CompiledRules> rules, List<RuleSource> sources) {
        Prefetch.Prepared prepared = lexicon == null && lists.isEmpty() ? Prefetch.take(classLoader) : null;
        Lexicon lex = prepared != null ? prepared.lexicon() : lexicon();
        List<Extractor> pipeline = prepared == null ? Pipeline.of(lex, reportYear)
                : reportYear == null ? prepared.extractors() : Pipeline.forYear(prepared.extractors(), lex, reportYear);
        if (!extractors.isEmpty()) {
            List<Extractor> all = new ArrayList<>(pipeline);
            all.addAll(extractors);
            pipeline = Pipeline.order(all);
        }
        return new Checker(rules, sources, lex, pipeline, reportYear, List.copyOf(ignores), encoding,
                new Limits(timeLimit, debug));
    }

    private List<RuleSource> sources() throws IOException {
        List<List<String>> houseWords = new ArrayList<>();
        for (Path f : houseWordFiles) {
            houseWords.add(HouseWords.read(f)); // all read before any is added: a bad file changes nothing
        }
        houseWordFiles.clear();
        houseWords.forEach(rows -> extendList(HouseWords.LIST, rows));
        List<RuleSource> sources = new ArrayList<>();
        if (defaultRules) {
            List<RuleSource> defaults = RuleSource.defaults(classLoader);
            if (defaults.isEmpty()) {
                // Checking with no rules would find nothing and look like a clean report.
                throw new IllegalStateException("the default rules are not on the class path: add the dependency "
                        + "io.github.gongwen:gongwen-rules (or pass the class loader that sees it with "
                        + "classLoader(...)), or build with defaultRules(false) and rules of your own");
            }
            sources.addAll(defaults);
        }
        Set<Path> seen = new HashSet<>();
        for (Path dir : ruleDirectories) {
            if (seen.add(dir.toAbsolutePath().normalize())) {
                sources.addAll(RuleSource.directory(dir));
            }
        }
        sources.addAll(extraRules);
        return sources;
    }

    private Lexicon lexicon() {
        if (lexicon != null && !lists.isEmpty()) {
            throw new IllegalStateException("lexicon(...) gives every list: it cannot be combined with "
                    + "extendList/replaceList/houseWords");
        }
        if (lexicon != null) {
            return lexicon;
        }
        Lexicon.Builder lb = Lexicon.builder(classLoader);
        lists.forEach(l -> l.accept(lb));
        return lb.build();
    }
}
