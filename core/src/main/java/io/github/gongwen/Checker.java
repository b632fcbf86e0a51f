package io.github.gongwen;

import io.github.gongwen.engine.Findings;
import io.github.gongwen.engine.RuleCompileException;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.engine.RuleSet;
import io.github.gongwen.engine.RuleSource;
import io.github.gongwen.extract.DocumentInfo;
import io.github.gongwen.extract.Extractor;
import io.github.gongwen.extract.Facts;
import io.github.gongwen.extract.Lexicon;
import io.github.gongwen.extract.OutlineParser;
import io.github.gongwen.extract.PlaceholderScanner;
import io.github.gongwen.extract.ResidueScanner;
import io.github.gongwen.text.InputException;
import io.github.gongwen.text.LineIndex;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.TextLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Checks reports. Build one with {@link #builder()} and share it: a checker is immutable and
 * thread-safe, and compiling the rules is its only expensive step. A command that runs once can
 * {@linkplain Builder#buildInBackground() build it in the background}: reading files and
 * extracting facts then overlap with the rules being loaded.
 *
 * <pre>{@code
 * Checker checker = Checker.builder().build();
 * for (Finding f : checker.check("2024年工作总结.txt", text)) {
 *     System.out.println(f.line() + ":" + f.column() + " " + f.message());
 * }
 * }</pre>
 */
public final class Checker {
    /** Characters of extracted documents that may wait for the rules (see {@link #checkAll}). */
    private static final long MAX_WAITING_CHARS = 16L << 20;

    private final CompletableFuture<RuleSet> ruleSet;
    private final List<RuleSource> sources;
    private final Lexicon lexicon;
    private final Integer reportYear;
    private final List<Extractor> extractors;
    private final Predicate<RuleInfo> enabled;

    private Checker(CompletableFuture<RuleSet> ruleSet, List<RuleSource> sources, Lexicon lexicon, Integer reportYear,
            Predicate<RuleInfo> enabled) {
        this.ruleSet = ruleSet;
        this.sources = List.copyOf(sources);
        this.lexicon = lexicon;
        this.reportYear = reportYear;
        this.extractors = List.of(new OutlineParser(lexicon), new PlaceholderScanner(lexicon),
                new ResidueScanner(lexicon), new DocumentInfo(reportYear));
        this.enabled = enabled;
    }

    /**
     * The same checker for reports of another year (or {@code null}: infer it per document). Cheap:
     * the compiled rules are shared.
     */
    public Checker withReportYear(Integer year) {
        return Objects.equals(year, reportYear) ? this : new Checker(ruleSet, sources, lexicon, year, enabled);
    }

    /** The DRL sources the rules were compiled from, with their examples. */
    public List<RuleSource> ruleSources() {
        return sources;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The rules this checker applies (enabled ones), sorted by id. */
    public List<RuleInfo> rules() {
        return ruleSet().rules().stream().filter(enabled).toList();
    }

    /**
     * Waits until the rules are compiled (immediate for a checker from {@link Builder#build()}).
     *
     * @throws RuleCompileException when they do not compile
     */
    public Checker awaitRules() throws RuleCompileException {
        try {
            ruleSet.join();
            return this;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuleCompileException rce) {
                throw rce;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * The compiled rules, waiting for them if need be.
     *
     * @throws IllegalStateException caused by the {@link RuleCompileException} when they do not compile
     */
    private RuleSet ruleSet() {
        try {
            return awaitRules().ruleSet.join();
        } catch (RuleCompileException e) {
            throw new IllegalStateException("the rules do not compile", e);
        }
    }

    /** Checks a text; {@code name} is the name findings carry (and may tell the report year). */
    public List<Finding> check(String name, String text) {
        return check(SourceText.of(name, text));
    }

    /** Checks a file, detecting its encoding. */
    public List<Finding> check(Path file) throws InputException {
        return check(TextLoader.load(file, file.toString()));
    }

    /** The facts the extractors find in a text: what the rules see. */
    public Facts facts(SourceText source) {
        Facts facts = new Facts(source);
        for (Extractor e : extractors) {
            e.extract(facts);
        }
        return facts;
    }

    /** Checks a decoded text. */
    public List<Finding> check(SourceText source) {
        return evaluate(source, facts(source));
    }

    private List<Finding> evaluate(SourceText source, Facts facts) {
        return evaluate(source, facts, ruleSet());
    }

    private List<Finding> evaluate(SourceText source, Facts facts, RuleSet rules) {
        List<Findings.Raw> raw = rules.evaluate(facts.all(), enabled);
        List<Finding> out = new ArrayList<>(raw.size());
        Set<Finding> seen = new HashSet<>();
        for (Findings.Raw r : raw) {
            Finding f = toFinding(source, r);
            if (seen.add(f)) {
                out.add(f);
            }
        }
        Collections.sort(out);
        return out;
    }

    /** Checks one file; a file that cannot be read gives a result with the reason, never an exception. */
    public FileResult checkFile(Path file, String name) {
        Prepared p = prepare(-1, file, name);
        return p.result != null ? p.result : p.finish();
    }

    /**
     * Checks files and directories (walked for {@code *.txt} and {@code *.md}) on {@code threads}
     * threads. The result does not depend on the thread count.
     */
    public RunResult checkAll(List<Path> paths, int threads) {
        ReportFiles.Listing listing = ReportFiles.collect(paths);
        return checkAll(listing, threads);
    }

    /**
     * Checks the files of a listing; its errors are carried into the result. While the rules are
     * still being compiled, files are read and their facts extracted, up to 16 M characters of
     * them, and checked once the rules are there.
     *
     * @throws IllegalStateException caused by the {@link RuleCompileException} when the rules do not compile
     */
    public RunResult checkAll(ReportFiles.Listing listing, int threads) {
        List<ReportFiles.Entry> files = listing.files();
        FileResult[] results = new FileResult[files.size()];
        Work work = new Work(files, results);
        int n = Math.max(1, Math.min(threads, files.size()));
        if (n == 1) {
            work.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
                Thread t = new Thread(r, "gongwen-check");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    futures.add(pool.submit(work));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } finally {
                pool.shutdownNow();
            }
        }
        List<FileResult> out = new ArrayList<>(listing.errors());
        out.addAll(Arrays.asList(results));
        return new RunResult(out, rules());
    }

    /**
     * The files of one {@link #checkAll} run, taken by any number of threads: each reads a file and
     * extracts its facts, then evaluates the rules on them, or, while the rules are not ready yet,
     * leaves the facts waiting and goes on with the next file.
     */
    private final class Work implements Runnable {
        private final List<ReportFiles.Entry> files;
        private final FileResult[] results;
        private final AtomicInteger next = new AtomicInteger();
        private final ConcurrentLinkedQueue<Prepared> waiting = new ConcurrentLinkedQueue<>();
        private final AtomicLong waitingChars = new AtomicLong();

        Work(List<ReportFiles.Entry> files, FileResult[] results) {
            this.files = files;
            this.results = results;
        }

        @Override
        public void run() {
            while (true) {
                if (ruleSet.isDone()) {
                    Prepared p = waiting.poll();
                    if (p != null) {
                        results[p.index] = p.finish();
                        continue;
                    }
                }
                int i = next.getAndIncrement();
                if (i >= files.size()) {
                    break;
                }
                Prepared p = prepare(i, files.get(i).path(), files.get(i).name());
                if (p.result != null) {
                    results[i] = p.result;
                } else if (ruleSet.isDone() || waitingChars.get() > MAX_WAITING_CHARS) {
                    results[i] = p.finish();
                } else {
                    waitingChars.addAndGet(p.source.text().length());
                    waiting.add(p);
                }
            }
            for (Prepared p = waiting.poll(); p != null; p = waiting.poll()) {
                results[p.index] = p.finish();
            }
        }
    }

    /** Reads a file and extracts its facts; the result is set when that already failed. */
    private Prepared prepare(int index, Path file, String name) {
        SourceText source;
        try {
            source = TextLoader.load(file, name);
        } catch (InputException e) {
            return new Prepared(index, null, null, FileResult.failed(name, e.reason()));
        }
        try {
            return new Prepared(index, source, facts(source), null);
        } catch (RuntimeException e) {
            return new Prepared(index, source, null, internalError(name, e));
        }
    }

    /** A file read and its facts extracted, or the result of a failure to. */
    private final class Prepared {
        final int index;
        final SourceText source;
        final Facts facts;
        final FileResult result;

        Prepared(int index, SourceText source, Facts facts, FileResult result) {
            this.index = index;
            this.source = source;
            this.facts = facts;
            this.result = result;
        }

        /** Evaluates the rules on the facts (waiting for the rules when needed). */
        FileResult finish() {
            RuleSet rules = ruleSet();
            try {
                return FileResult.ok(source, evaluate(source, facts, rules));
            } catch (RuntimeException e) {
                return internalError(source.name(), e);
            }
        }
    }

    private static FileResult internalError(String name, RuntimeException e) {
        return FileResult.failed(name, "internal error while checking: " + e);
    }

    private static Finding toFinding(SourceText source, Findings.Raw r) {
        RuleInfo rule = r.rule();
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
        private final Set<String> disabled = new HashSet<>();

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

        /** Adds every {@code .drl} file under {@code dir} to the rules. */
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

        /** The data lists (defaults from the class path when unset). */
        public Builder lexicon(Lexicon lexicon) {
            this.lexicon = lexicon;
            return this;
        }

        /** Turns off the rules with this id or category. */
        public Builder disable(String idOrCategory) {
            disabled.add(Objects.requireNonNull(idOrCategory));
            return this;
        }

        /**
         * Compiles the rules and prepares the extractors.
         *
         * @throws RuleCompileException when a rule does not compile or lacks metadata
         * @throws IOException when a rule directory cannot be read
         */
        public Checker build() throws RuleCompileException, IOException {
            return buildInBackground().awaitRules();
        }

        /**
         * Prepares the extractors and returns at once, compiling (or loading) the rules on a
         * background thread: facts can be extracted meanwhile, and whatever needs the rules waits
         * for them. {@link Checker#awaitRules()} tells whether they compiled.
         *
         * @throws IOException when a rule directory cannot be read
         */
        public Checker buildInBackground() throws IOException {
            List<RuleSource> sources = new ArrayList<>();
            if (defaultRules) {
                sources.addAll(RuleSource.defaults(classLoader));
            }
            for (Path dir : ruleDirectories) {
                sources.addAll(RuleSource.directory(dir));
            }
            sources.addAll(extraRules);
            ClassLoader loader = classLoader;
            CompletableFuture<RuleSet> ruleSet = new CompletableFuture<>();
            Thread compiler = new Thread(() -> {
                try {
                    ruleSet.complete(RuleSet.compile(sources, loader));
                } catch (RuleCompileException | RuntimeException | Error e) {
                    ruleSet.completeExceptionally(e);
                }
            }, "gongwen-rules");
            compiler.setDaemon(true);
            compiler.start();
            Lexicon lex = lexicon != null ? lexicon : Lexicon.defaults(classLoader);
            Set<String> off = Set.copyOf(disabled);
            Predicate<RuleInfo> enabled = r -> !off.contains(r.id()) && !off.contains(r.category());
            return new Checker(ruleSet, sources, lex, reportYear, enabled);
        }
    }
}
