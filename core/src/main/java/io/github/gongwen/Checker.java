package io.github.gongwen;

import io.github.gongwen.config.Glob;
import io.github.gongwen.engine.Findings;
import io.github.gongwen.engine.RuleCompileException;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.engine.RuleLimitException;
import io.github.gongwen.engine.RuleSet;
import io.github.gongwen.engine.RuleSettings;
import io.github.gongwen.engine.RuleSource;
import io.github.gongwen.engine.UncheckedRuleCompileException;
import io.github.gongwen.extract.DocumentInfo;
import io.github.gongwen.extract.Extractor;
import io.github.gongwen.extract.Facts;
import io.github.gongwen.extract.FormulationScanner;
import io.github.gongwen.extract.Lexicon;
import io.github.gongwen.extract.NumberScanner;
import io.github.gongwen.extract.OutlineParser;
import io.github.gongwen.extract.PairScanner;
import io.github.gongwen.extract.PlaceholderScanner;
import io.github.gongwen.extract.PunctuationScanner;
import io.github.gongwen.extract.RepeatScanner;
import io.github.gongwen.extract.ResidueScanner;
import io.github.gongwen.extract.SectionFinder;
import io.github.gongwen.extract.TypoScanner;
import io.github.gongwen.extract.YearScanner;
import io.github.gongwen.text.CheckInterruptedException;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
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
    private final Limits limits;

    /** The default time limit for checking one file in {@link #checkAll}. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    /**
     * Findings listed per rule and file; beyond, one finding of the rule about the whole document
     * says how many more there are. Far above what a real report has (the State Council corpus:
     * at most 144), it bounds the report of a pathological text.
     */
    public static final int MAX_FINDINGS_PER_RULE = 500;

    /** How long one file may take, and whether errors carry their technical detail. */
    private record Limits(Duration timeLimit, boolean debug) {
    }

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
            List<Extractor> extractors, Integer reportYear, List<Ignore> ignores, Charset encoding, Limits limits) {
        this.compiled = compiled;
        this.sources = List.copyOf(sources);
        this.lexicon = lexicon;
        this.reportYear = reportYear;
        this.extractors = extractors;
        this.ignores = ignores;
        this.encoding = encoding;
        this.limits = limits;
    }

    /** The extractors, in the order they run (later ones read the facts of earlier ones). */
    private static List<Extractor> extractors(Lexicon lexicon, Integer reportYear) {
        return List.of(new OutlineParser(lexicon), new PlaceholderScanner(lexicon),
                new ResidueScanner(lexicon), new RepeatScanner(lexicon), new TypoScanner(lexicon),
                new FormulationScanner(lexicon), new DocumentInfo(reportYear, lexicon), new SectionFinder(lexicon),
                new YearScanner(lexicon), new PunctuationScanner(lexicon), new PairScanner(lexicon),
                new NumberScanner(lexicon));
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
                : new Checker(compiled, sources, lexicon, forYear(extractors, lexicon, year), year, ignores, encoding,
                        limits);
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
        RuleSet.Evaluation evaluation = rules.ruleSet().evaluateCounted(facts.all(), rules.enabled());
        List<Findings.Raw> raw = evaluation.raw();
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
        Map<String, Integer> dropped = new HashMap<>();
        evaluation.dropped().forEach((r, n) -> {
            RuleInfo rule = rules.effective().get(r.id());
            if (rule != null && !ignored.contains(rule.id()) && !ignored.contains(rule.category())) {
                dropped.merge(rule.id(), n, Integer::sum);
            }
        });
        return capped(source.name(), out, dropped);
    }

    /**
     * At most {@link #MAX_FINDINGS_PER_RULE} findings of each rule (the first ones in the text),
     * then one finding about the whole document that says how many more there are; the list is
     * returned as it is when no rule goes over.
     *
     * @param dropped findings per rule id that the rules reported beyond what was kept
     */
    static List<Finding> capped(String name, List<Finding> sorted, Map<String, Integer> dropped) {
        Map<String, Integer> count = new HashMap<>();
        for (Finding f : sorted) {
            count.merge(f.ruleId(), 1, Integer::sum);
        }
        if (dropped.isEmpty() && count.values().stream().allMatch(n -> n <= MAX_FINDINGS_PER_RULE)) {
            return sorted;
        }
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> kept = new HashMap<>();
        Map<String, Finding> first = new LinkedHashMap<>();
        for (Finding f : sorted) {
            if (kept.merge(f.ruleId(), 1, Integer::sum) <= MAX_FINDINGS_PER_RULE) {
                out.add(f);
            } else {
                first.putIfAbsent(f.ruleId(), f);
            }
        }
        for (Finding f : first.values()) {
            int more = count.get(f.ruleId()) - MAX_FINDINGS_PER_RULE + dropped.getOrDefault(f.ruleId(), 0);
            out.add(summary(name, f, more));
        }
        dropped.forEach((id, n) -> {
            if (!first.containsKey(id) && n > 0) {
                sorted.stream().filter(f -> f.ruleId().equals(id)).findFirst()
                        .ifPresent(f -> out.add(summary(name, f, n)));
            }
        });
        Collections.sort(out);
        return out;
    }

    private static Finding summary(String name, Finding like, int more) {
        return new Finding(name, like.ruleId(), like.category(), like.severity(), "本规则在本文件还有 " + more
                + " 处同类问题未逐一列出（每条规则每个文件最多列出 " + MAX_FINDINGS_PER_RULE + " 处），第一处在第 "
                + like.line() + " 行", 0, 0, 0, 0, 0, 0, "", null);
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
        } catch (OutOfMemoryError e) {
            return FileResult.failed(name, "内存不足，无法读取本文件");
        }
        try {
            return FileResult.ok(source, check(source, file));
        } catch (UncheckedRuleCompileException e) {
            throw e; // not this file's fault
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) { // e.g. a regex on a pathological text
            return FileResult.failed(name, failure(e));
        }
    }

    /** The reason a check failed, for the user: in Chinese, without class names unless debugging. */
    private String failure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CheckInterruptedException) {
                return TIMEOUT + (limits.timeLimit() == null ? "" : "（超过 " + limits.timeLimit().toSeconds() + " 秒）");
            }
            if (t instanceof RuleLimitException) {
                return t.getMessage();
            }
        }
        String why = e instanceof StackOverflowError ? "内部错误：文本结构过深（如极长的一行），无法检查本文件"
                : e instanceof OutOfMemoryError ? "内存不足，无法检查本文件" : "内部错误，无法检查本文件";
        return limits.debug() ? why + "：" + e : why;
    }

    /** The error of a file whose check took longer than the time limit. */
    public static final String TIMEOUT = "检查超时";

    /**
     * Checks files and directories (walked for report files, see {@link ReportFiles}) on {@code threads}
     * threads. The result does not depend on the thread count.
     */
    public RunResult checkAll(List<Path> paths, int threads) {
        ReportFiles.Listing listing = ReportFiles.collect(paths);
        return checkAll(listing, threads);
    }

    /**
     * Checks the files of a listing; its errors are carried into the result. {@code threads}
     * workers take the files in turn from a shared counter, so no thread waits on another until
     * the last files. The calling thread watches the time limit: a file checked for longer gets
     * the error {@link #TIMEOUT}, its worker is interrupted (which stops the data lists' regular
     * expressions and the rules) and left behind, and a new worker goes on with the other files.
     */
    public RunResult checkAll(ReportFiles.Listing listing, int threads) {
        List<ReportFiles.Entry> files = listing.files();
        AtomicReferenceArray<FileResult> done = new AtomicReferenceArray<>(files.size());
        AtomicInteger nextFile = new AtomicInteger();
        AtomicReference<UncheckedRuleCompileException> broken = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(files.size());
        int n = Math.max(1, Math.min(threads, files.size()));
        Worker[] workers = new Worker[n];
        Runnable[] body = new Runnable[1];
        body[0] = () -> {
            Worker me = (Worker) Thread.currentThread();
            while (!me.abandoned) {
                int i = nextFile.getAndIncrement();
                if (i >= files.size()) {
                    return;
                }
                ReportFiles.Entry e = files.get(i);
                me.begin(i);
                FileResult r;
                try {
                    r = checkFile(e.path(), e.name());
                } catch (UncheckedRuleCompileException rce) {
                    broken.compareAndSet(null, rce);
                    nextFile.set(files.size());
                    while (finished.getCount() > 0) { // the rules are broken for every file: stop
                        finished.countDown();
                    }
                    return;
                } catch (RuntimeException | Error t) { // checkFile handles what a file can cause
                    r = FileResult.failed(e.name(), failure(t));
                }
                me.end();
                // a worker given up on its last file has its result refused; one given up just as it
                // took a new file still delivers that one
                if (done.compareAndSet(i, null, r)) {
                    finished.countDown();
                }
            }
        };
        for (int t = 0; t < n; t++) {
            workers[t] = new Worker(body[0]);
            workers[t].start();
        }
        long limit = limits.timeLimit() == null ? 0 : limits.timeLimit().toNanos();
        try {
            while (!finished.await(limit == 0 ? 1000 : Math.min(200, Math.max(1, limit / 1_000_000 / 4)),
                    TimeUnit.MILLISECONDS)) {
                if (Arrays.stream(workers).noneMatch(Thread::isAlive)) {
                    break; // nothing left to wait for: the files without a result get an error below
                }
                if (limit == 0) {
                    continue;
                }
                long now = System.nanoTime();
                for (int t = 0; t < n; t++) {
                    Worker w = workers[t];
                    int i = w.file;
                    if (i >= 0 && now - w.since > limit && done.compareAndSet(i, null,
                            FileResult.failed(files.get(i).name(), failure(new CheckInterruptedException())))) {
                        w.abandoned = true;
                        w.interrupt();
                        finished.countDown();
                        workers[t] = new Worker(body[0]);
                        workers[t].start();
                    }
                }
            }
        } catch (InterruptedException e) {
            nextFile.set(files.size());
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (broken.get() != null) {
            throw broken.get();
        }
        List<FileResult> results = new ArrayList<>(listing.errors());
        for (int i = 0; i < files.size(); i++) {
            FileResult r = done.get(i);
            results.add(r != null ? r : FileResult.failed(files.get(i).name(), "内部错误，无法检查本文件"));
        }
        return new RunResult(results, rules());
    }

    /** A thread of {@link #checkAll}: which file it checks since when, and whether it was given up. */
    private static final class Worker extends Thread {
        volatile int file = -1;
        volatile long since;
        volatile boolean abandoned;

        /**
         * A deep stack: java.util.regex recurses once per repetition, so a line of 2,000 {@code X}
         * overflows a default stack in the placeholder expressions; 64 MB (reserved, used only as
         * deep as a check goes) takes lines some fifty times that long.
         */
        private static final long STACK = 64L * 1024 * 1024;

        Worker(Runnable body) {
            super(null, body, "gongwen-check", STACK);
            setDaemon(true);
        }

        void begin(int i) {
            since = System.nanoTime();
            file = i;
        }

        void end() {
            file = -1;
        }
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
        private Duration timeLimit = DEFAULT_TIME_LIMIT;
        private boolean debug;

        private Builder() {
        }

        /**
         * How long {@link Checker#checkAll} may spend on one file before it reports it as
         * {@link Checker#TIMEOUT} and goes on (default {@link Checker#DEFAULT_TIME_LIMIT});
         * {@code null}: no limit.
         */
        public Builder timeLimit(Duration limit) {
            this.timeLimit = limit == null || limit.isZero() || limit.isNegative() ? null : limit;
            return this;
        }

        /** Whether the error of a file that failed inside the checker carries the technical detail. */
        public Builder debug(boolean on) {
            this.debug = on;
            return this;
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
            return new Checker(rules, sources, lex, extractors, reportYear, List.copyOf(ignores), encoding,
                    new Limits(timeLimit, debug));
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
