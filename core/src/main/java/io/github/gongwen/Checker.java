package io.github.gongwen;

import io.github.gongwen.config.Glob;
import io.github.gongwen.engine.Findings;
import io.github.gongwen.engine.RuleCompileException;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.engine.RuleSet;
import io.github.gongwen.engine.RuleSettings;
import io.github.gongwen.engine.RuleSource;
import io.github.gongwen.engine.UncheckedRuleCompileException;
import io.github.gongwen.extract.DocumentInfo;
import io.github.gongwen.extract.Extractor;
import io.github.gongwen.extract.Facts;
import io.github.gongwen.extract.FormulationScanner;
import io.github.gongwen.extract.Lexicon;
import io.github.gongwen.extract.LostChars;
import io.github.gongwen.extract.NumberScanner;
import io.github.gongwen.extract.OutlineParser;
import io.github.gongwen.extract.PairScanner;
import io.github.gongwen.extract.PlaceholderScanner;
import io.github.gongwen.extract.PunctuationScanner;
import io.github.gongwen.extract.RepeatScanner;
import io.github.gongwen.extract.ResidueScanner;
import io.github.gongwen.extract.SectionFinder;
import io.github.gongwen.extract.SpacingScanner;
import io.github.gongwen.extract.TypoScanner;
import io.github.gongwen.extract.YearScanner;
import io.github.gongwen.text.InputException;
import io.github.gongwen.text.LineIndex;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.Suppressions;
import io.github.gongwen.text.TextLoader;
import io.github.gongwen.text.WordSegmenter;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Checks reports. Build one with {@link #builder()} and share it: a checker is immutable and
 * thread-safe, and compiling the rules is its only expensive step.
 *
 * <pre>{@code
 * Checker checker = Checker.builder().build();
 * for (Finding f : checker.check("2024年工作总结.txt", text)) {
 *     System.out.println(f.line() + ":" + f.column() + " " + f.message());
 * }
 * }</pre>
 *
 * <p>After the rules have run, findings the user silenced are dropped: by the rule settings
 * ({@link Builder#disable}, {@link Builder#severity}), by per-path ignores ({@link Builder#ignore})
 * and by suppression directives in the report ({@link Suppressions}).
 */
public final class Checker {
    /** The compiled rules with the settings applied: done at once by {@link Builder#build}, in the background by {@link Builder#buildInBackground}. */
    private final CompletableFuture<Rules> compiled;
    private final List<RuleSource> sources;
    private final Lexicon lexicon;
    private final Integer reportYear;
    private final List<Extractor> extractors;
    private final List<Ignore> ignores;
    private final Charset encoding;

    /**
     * The compiled rules and what the settings make of them: by id, with their effective severity
     * (absent when off).
     */
    private record Rules(RuleSet ruleSet, Map<String, RuleInfo> effective, Predicate<RuleInfo> enabled) {
        Rules(RuleSet ruleSet, Map<String, RuleInfo> effective) {
            this(ruleSet, effective, r -> effective.containsKey(r.id()));
        }
    }

    /** Rules (ids or categories) silenced in the files under {@code base} that match {@code glob}. */
    private record Ignore(Path base, Glob glob, Set<String> names) {
    }

    private Checker(CompletableFuture<Rules> compiled, List<RuleSource> sources, Lexicon lexicon,
            List<Extractor> extractors, Integer reportYear, List<Ignore> ignores, Charset encoding) {
        this.compiled = compiled;
        this.sources = List.copyOf(sources);
        this.lexicon = lexicon;
        this.reportYear = reportYear;
        this.extractors = extractors;
        this.ignores = ignores;
        this.encoding = encoding;
    }

    /** The extractors, in the order they run (later ones read the facts of earlier ones). */
    private static List<Extractor> extractors(Lexicon lexicon, Integer reportYear) {
        return List.of(new OutlineParser(lexicon), new PlaceholderScanner(lexicon),
                new ResidueScanner(lexicon), new RepeatScanner(lexicon), new TypoScanner(lexicon),
                new FormulationScanner(lexicon), new DocumentInfo(reportYear, lexicon), new SectionFinder(lexicon),
                new YearScanner(lexicon), new PunctuationScanner(lexicon), new PairScanner(lexicon),
                new NumberScanner(lexicon), new SpacingScanner(), new LostChars());
    }

    /** {@code extractors} with the one that depends on the report year made for {@code reportYear}. */
    private static List<Extractor> forYear(List<Extractor> extractors, Lexicon lexicon, Integer reportYear) {
        return extractors.stream().map(e -> e instanceof DocumentInfo ? new DocumentInfo(reportYear, lexicon) : e)
                .toList();
    }

    /**
     * The same checker for reports of another year (or {@code null}: infer it per document). Cheap:
     * the compiled rules and the extractors are shared.
     */
    public Checker withReportYear(Integer year) {
        return Objects.equals(year, reportYear) ? this
                : new Checker(compiled, sources, lexicon, forYear(extractors, lexicon, year), year, ignores, encoding);
    }

    /**
     * Waits until the rules are compiled (at once for a checker from {@link Builder#build}).
     *
     * @return this checker
     * @throws RuleCompileException when the rules do not compile; a check then throws
     *     {@link UncheckedRuleCompileException}
     */
    public Checker awaitRules() throws RuleCompileException {
        try {
            ready();
            return this;
        } catch (UncheckedRuleCompileException e) {
            throw e.getCause();
        }
    }

    /** The compiled rules, once they are. */
    private Rules ready() {
        try {
            return compiled.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuleCompileException rce) {
                throw new UncheckedRuleCompileException(rce);
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The DRL sources the rules were compiled from, with their examples. */
    public List<RuleSource> ruleSources() {
        return sources;
    }

    /**
     * Starts loading what a checker with the default rules needs (the compiled rules, the word
     * segmenter's dictionaries, and the default data lists with the extractors built on them) on
     * threads of their own, so that a checker built a moment later finds them ready. Optional: for
     * a short-lived process, called first thing, it overlaps the loading with whatever the process
     * does before it builds its checker (a command line parses its arguments and reads its
     * configuration). A checker built with other rule sources
     * compiles its own, and one with data lists of its own builds its own extractors; what was
     * prefetched is then left unused.
     */
    public static void prefetchDefaults() {
        ClassLoader loader = Checker.class.getClassLoader();
        RuleSet.prefetchDefaults(loader);
        WordSegmenter.preload();
        CompletableFuture<Prepared> prepared = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                Lexicon lexicon = Lexicon.builder(loader).build();
                prepared.complete(new Prepared(lexicon, extractors(lexicon, null)));
            } catch (Throwable e) { // the builder that takes it prepares its own
                prepared.completeExceptionally(e);
            }
        }, "gongwen-extractors");
        t.setDaemon(true);
        t.start();
        PREPARED.set(new PreparedFor(loader, prepared));
    }

    /** The default lexicon and its extractors (for no fixed report year). */
    private record Prepared(Lexicon lexicon, List<Extractor> extractors) {
    }

    private record PreparedFor(ClassLoader loader, CompletableFuture<Prepared> prepared) {
    }

    /**
     * The default lexicon and extractors being prepared by {@link #prefetchDefaults}, for the first
     * builder with that class loader and the default lists; {@code null} when none is waiting.
     */
    private static final AtomicReference<PreparedFor> PREPARED = new AtomicReference<>();

    /** The prefetched default lexicon and extractors when they fit {@code loader}, taken once; else {@code null}. */
    private static Prepared takePrepared(ClassLoader loader) {
        PreparedFor p = PREPARED.get();
        if (p == null || p.loader() != loader || !PREPARED.compareAndSet(p, null)) {
            return null;
        }
        try {
            return p.prepared().join();
        } catch (CompletionException e) {
            return null;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every compiled rule as declared in DRL, also those turned off, sorted by id. */
    public List<RuleInfo> declaredRules() {
        return ready().ruleSet().rules();
    }

    /** The rules this checker applies (enabled ones, with their effective severity), sorted by id. */
    public List<RuleInfo> rules() {
        return List.copyOf(ready().effective().values());
    }

    /**
     * Checks a text; {@code name} is the name findings carry (and may tell the report year). Per-path
     * ignores take the name as a path relative to the current directory.
     */
    public List<Finding> check(String name, String text) {
        return check(SourceText.of(name, text));
    }

    /** Checks a file, detecting its encoding unless one was configured. */
    public List<Finding> check(Path file) throws InputException {
        return check(TextLoader.load(file, file.toString(), encoding), file);
    }

    /** The facts the extractors find in a text: what the rules see (for benchmarks and rule authors). */
    public Facts facts(SourceText source) {
        Facts facts = new Facts(source);
        for (Extractor e : extractors) {
            e.extract(facts);
        }
        return facts;
    }

    /** Checks a decoded text (per-path ignores take its name as a path, as {@link #check(String, String)}). */
    public List<Finding> check(SourceText source) {
        return check(source, pathOf(source.name()));
    }

    private List<Finding> check(SourceText source, Path file) {
        Suppressions suppressions = Suppressions.parse(source.text());
        Facts facts = new Facts(suppressions.any() ? SourceText.of(source.name(), suppressions.masked()) : source);
        for (Extractor e : extractors) {
            e.extract(facts);
        }
        Rules rules = ready(); // the facts above need no rules: with a background build, they overlap the compiling
        Set<String> ignored = ignored(file);
        List<Findings.Raw> raw = rules.ruleSet().evaluate(facts.all(), rules.enabled());
        List<Finding> out = new ArrayList<>(raw.size());
        Set<Finding> seen = new HashSet<>();
        for (Findings.Raw r : raw) {
            RuleInfo rule = rules.effective().get(r.rule().id());
            if (ignored.contains(rule.id()) || ignored.contains(rule.category())) {
                continue;
            }
            Finding f = toFinding(source, rule, r);
            if (!suppressions.suppresses(rule.id(), rule.category(), f.line()) && seen.add(f)) {
                out.add(f);
            }
        }
        Collections.sort(out);
        return out;
    }

    private Set<String> ignored(Path file) {
        if (ignores.isEmpty() || file == null) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (Ignore i : ignores) {
            if (i.glob().matches(i.base(), file)) {
                names.addAll(i.names());
            }
        }
        return names;
    }

    private static Path pathOf(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Checks one file; a file that cannot be read gives a result with the reason, never an exception. */
    public FileResult checkFile(Path file, String name) {
        SourceText source;
        try {
            source = TextLoader.load(file, name, encoding);
        } catch (InputException e) {
            return FileResult.failed(name, e.reason());
        }
        try {
            return FileResult.ok(source, check(source, file));
        } catch (UncheckedRuleCompileException e) {
            throw e; // not this file's fault
        } catch (RuntimeException | StackOverflowError e) { // e.g. a regex on a pathological text
            return FileResult.failed(name, "internal error while checking: " + e);
        }
    }

    /**
     * Checks files and directories (walked for report files, see {@link ReportFiles}) on {@code threads}
     * threads. The result does not depend on the thread count.
     */
    public RunResult checkAll(List<Path> paths, int threads) {
        ReportFiles.Listing listing = ReportFiles.collect(paths);
        return checkAll(listing, threads);
    }

    /**
     * Checks the files of a listing; its errors are carried into the result. The calling thread
     * and {@code threads - 1} others take the files in turn from a shared counter, so no thread
     * waits on another until the last files.
     */
    public RunResult checkAll(ReportFiles.Listing listing, int threads) {
        List<ReportFiles.Entry> files = listing.files();
        FileResult[] done = new FileResult[files.size()];
        AtomicInteger nextFile = new AtomicInteger();
        AtomicReference<UncheckedRuleCompileException> broken = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = nextFile.getAndIncrement(); i < done.length; i = nextFile.getAndIncrement()) {
                ReportFiles.Entry e = files.get(i);
                try {
                    done[i] = checkFile(e.path(), e.name());
                } catch (UncheckedRuleCompileException rce) {
                    broken.compareAndSet(null, rce);
                    nextFile.set(done.length); // the rules are broken for every file: stop
                } catch (RuntimeException | Error t) { // checkFile handles what a file can cause
                    done[i] = FileResult.failed(e.name(), "internal error: " + t);
                }
            }
        };
        int n = Math.max(1, Math.min(threads, files.size()));
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < n; t++) {
            Thread helper = new Thread(worker, "gongwen-check");
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        worker.run();
        try {
            for (Thread helper : helpers) {
                helper.join();
            }
        } catch (InterruptedException e) {
            nextFile.set(done.length);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (broken.get() != null) {
            throw broken.get();
        }
        List<FileResult> results = new ArrayList<>(listing.errors());
        results.addAll(Arrays.asList(done));
        return new RunResult(results, rules());
    }

    private static Finding toFinding(SourceText source, RuleInfo rule, Findings.Raw r) {
        if (r.document()) {
            return new Finding(source.name(), rule.id(), rule.category(), rule.severity(), r.message(), 0, 0, 0, 0,
                    0, 0, "", r.suggestion());
        }
        LineIndex li = source.lines();
        int len = source.text().length();
        int s = Math.max(0, Math.min(r.start(), len));
        int e = Math.max(s, Math.min(r.end(), len));
        return new Finding(source.name(), rule.id(), rule.category(), rule.severity(), r.message(), li.line(s),
                li.column(s), li.line(e), li.column(e), s, e, source.text().substring(s, e), r.suggestion());
    }

    /** Configures and builds a {@link Checker}. */
    public static final class Builder {
        private ClassLoader classLoader = Checker.class.getClassLoader();
        private boolean defaultRules = true;
        private final List<Path> ruleDirectories = new ArrayList<>();
        private final List<RuleSource> extraRules = new ArrayList<>();
        private Integer reportYear;
        private Lexicon lexicon;
        private final List<Consumer<Lexicon.Builder>> lists = new ArrayList<>();
        private final RuleSettings settings = new RuleSettings();
        private final List<Ignore> ignores = new ArrayList<>();
        private Charset encoding;

        private Builder() {
        }

        /** The class loader that sees the fact classes and the default rules (in a Maven plugin: its realm). */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader);
            return this;
        }

        /** Whether to include the default rule set from the class path (default true). */
        public Builder defaultRules(boolean include) {
            this.defaultRules = include;
            return this;
        }

        /** Adds every {@code .drl} file under {@code dir} to the rules (a directory given twice counts once). */
        public Builder ruleDirectory(Path dir) {
            ruleDirectories.add(Objects.requireNonNull(dir));
            return this;
        }

        /** Adds one DRL text; {@code name} is used in compile errors. */
        public Builder rules(String name, String drl) {
            extraRules.add(new RuleSource(name, drl));
            return this;
        }

        /** The year the reports are for; when unset it is inferred per document. */
        public Builder reportYear(Integer year) {
            this.reportYear = year;
            return this;
        }

        /**
         * All the data lists (defaults from the class path when unset); cannot be combined with
         * {@link #extendList} and {@link #replaceList}.
         */
        public Builder lexicon(Lexicon lexicon) {
            this.lexicon = lexicon;
            return this;
        }

        /** Appends entries to a default data list (e.g. {@code placeholders.txt}). */
        public Builder extendList(String name, List<String> entries) {
            List<String> copy = List.copyOf(entries);
            lists.add(b -> b.extend(name, copy));
            return this;
        }

        /** Uses these entries instead of a default data list. */
        public Builder replaceList(String name, List<String> entries) {
            List<String> copy = List.copyOf(entries);
            lists.add(b -> b.replace(name, copy));
            return this;
        }

        /** Turns off the rules with this id or category. */
        public Builder disable(String idOrCategory) {
            settings.off(idOrCategory);
            return this;
        }

        /** Turns on the rules with this id or category (undoes a {@link #disable} of a wider name). */
        public Builder enable(String idOrCategory) {
            settings.on(idOrCategory);
            return this;
        }

        /** Gives the findings of the rules with this id or category another severity (and turns them on). */
        public Builder severity(String idOrCategory, Severity severity) {
            settings.severity(idOrCategory, severity);
            return this;
        }

        /**
         * Silences rules (ids or categories) in the files whose path relative to {@code base}
         * matches {@code glob} (see {@link Glob}).
         */
        public Builder ignore(Path base, String glob, Collection<String> idsOrCategories) {
            ignores.add(new Ignore(base.toAbsolutePath().normalize(), Glob.of(glob), Set.copyOf(idsOrCategories)));
            return this;
        }

        /** The encoding of report files; {@code null} (the default) detects it per file. */
        public Builder encoding(Charset charset) {
            this.encoding = charset;
            return this;
        }

        /**
         * Compiles the rules and prepares the extractors.
         *
         * @throws RuleCompileException when a rule does not compile or lacks metadata
         * @throws IOException when a rule directory cannot be read
         */
        public Checker build() throws RuleCompileException, IOException {
            List<RuleSource> sources = sources();
            Rules rules = compile(sources, classLoader, settings);
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
            CompletableFuture<Rules> rules = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    rules.complete(compile(sources, loader, snapshot));
                } catch (Throwable e) { // handed to whoever waits for the rules
                    rules.completeExceptionally(e);
                }
            }, "gongwen-rules");
            t.setDaemon(true);
            t.start();
            WordSegmenter.preload();
            return checker(rules, sources);
        }

        private Checker checker(CompletableFuture<Rules> rules, List<RuleSource> sources) {
            Prepared prepared = lexicon == null && lists.isEmpty() ? takePrepared(classLoader) : null;
            Lexicon lex = prepared != null ? prepared.lexicon() : lexicon();
            List<Extractor> extractors = prepared == null ? extractors(lex, reportYear)
                    : reportYear == null ? prepared.extractors() : forYear(prepared.extractors(), lex, reportYear);
            return new Checker(rules, sources, lex, extractors, reportYear, List.copyOf(ignores), encoding);
        }

        private List<RuleSource> sources() throws IOException {
            List<RuleSource> sources = new ArrayList<>();
            if (defaultRules) {
                sources.addAll(RuleSource.defaults(classLoader));
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
                        + "extendList/replaceList");
            }
            if (lexicon != null) {
                return lexicon;
            }
            Lexicon.Builder lb = Lexicon.builder(classLoader);
            lists.forEach(l -> l.accept(lb));
            return lb.build();
        }

        private static Rules compile(List<RuleSource> sources, ClassLoader loader, RuleSettings settings)
                throws RuleCompileException {
            RuleSet ruleSet = RuleSet.compile(sources, loader);
            Map<String, RuleInfo> effective = new LinkedHashMap<>();
            for (RuleInfo r : ruleSet.rules()) {
                RuleInfo e = settings.apply(r);
                if (e != null) {
                    effective.put(e.id(), e);
                }
            }
            return new Rules(ruleSet, Collections.unmodifiableMap(effective));
        }
    }
}
