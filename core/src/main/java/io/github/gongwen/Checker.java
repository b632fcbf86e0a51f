package io.github.gongwen;

import io.github.gongwen.config.Glob;
import io.github.gongwen.config.Suggestion;
import io.github.gongwen.engine.Findings;
import io.github.gongwen.engine.RuleCompileException;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.engine.RuleLimitException;
import io.github.gongwen.engine.RuleSet;
import io.github.gongwen.engine.RuleSettings;
import io.github.gongwen.engine.RuleSource;
import io.github.gongwen.engine.UncheckedRuleCompileException;
import io.github.gongwen.extract.Extractor;
import io.github.gongwen.fact.SuppressionName;
import io.github.gongwen.extract.Facts;
import io.github.gongwen.extract.HouseWords;
import io.github.gongwen.extract.Lexicon;
import io.github.gongwen.extract.Pipeline;
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
import java.util.function.Consumer;

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
    private final CompletableFuture<CompiledRules> compiled;
    private final List<RuleSource> sources;
    private final Lexicon lexicon;
    private final Integer reportYear;
    private final List<Extractor> extractors;
    private final List<Ignores.Ignore> ignores;
    private final Charset encoding;
    private final Limits limits;

    /** The default time limit for checking one file in {@link #checkAll}. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    /** The error of a file whose check took longer than the time limit. */
    public static final String TIMEOUT = "检查超时";

    /**
     * Findings listed per rule and file; beyond, one finding of the rule about the whole document
     * says how many more there are. Far above what a real report has (the State Council corpus:
     * at most 144), it bounds the report of a pathological text.
     */
    public static final int MAX_FINDINGS_PER_RULE = 500;

    /** How long one file may take, and whether errors carry their technical detail. */
    private record Limits(Duration timeLimit, boolean debug) {
    }

    private Checker(CompletableFuture<CompiledRules> compiled, List<RuleSource> sources, Lexicon lexicon,
            List<Extractor> extractors, Integer reportYear, List<Ignores.Ignore> ignores, Charset encoding,
            Limits limits) {
        this.compiled = compiled;
        this.sources = List.copyOf(sources);
        this.lexicon = lexicon;
        this.reportYear = reportYear;
        this.extractors = extractors;
        this.ignores = ignores;
        this.encoding = encoding;
        this.limits = limits;
    }

    /**
     * The same checker for reports of another year (or {@code null}: infer it per document). Cheap:
     * the compiled rules and the extractors are shared.
     */
    public Checker withReportYear(Integer year) {
        return Objects.equals(year, reportYear) ? this
                : new Checker(compiled, sources, lexicon, Pipeline.forYear(extractors, lexicon, year), year, ignores, encoding,
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
    private CompiledRules ready() {
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
        Prefetch.start(Checker.class.getClassLoader());
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

    /** The configured encoding of report files, or {@code null} when it is detected per file. */
    public Charset encoding() {
        return encoding;
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
        CompiledRules rules = ready(); // the facts above need no rules: with a background build, they overlap the compiling
        if (!suppressions.names().isEmpty()) {
            Set<String> known = rules.names();
            for (Suppressions.Name n : suppressions.names()) {
                facts.add(new SuppressionName(n.name(), n.start(), n.end(), n.line(), known.contains(n.name()),
                        Suggestion.closest(n.name(), known)));
            }
        }
        Set<String> ignored = Ignores.names(ignores, file);
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
     * the last files; a file checked for longer than the time limit gets the error
     * {@link #TIMEOUT} and the others go on (see {@link ParallelRun}).
     */
    public RunResult checkAll(ReportFiles.Listing listing, int threads) {
        return new RunResult(ParallelRun.run(listing, threads, limits.timeLimit(), this::checkFile, this::failure),
                rules());
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
        private final List<Path> houseWordFiles = new ArrayList<>();
        private final RuleSettings settings = new RuleSettings();
        private final List<Ignores.Ignore> ignores = new ArrayList<>();
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

        /**
         * Adds the words of a house-word file ({@code word<TAB>suggestion<TAB>message<TAB>severity}
         * per line, see {@link HouseWords}): their findings are the rules {@code house-word-error},
         * {@code -warning} and {@code -info}. The file is read when the checker is built, which
         * throws a {@link HouseWords.HouseWordsException} naming the file and line of a bad row.
         * Not with {@link #lexicon}: give such a lexicon the rows as its list {@link HouseWords#LIST}.
         */
        public Builder houseWords(Path file) {
            houseWordFiles.add(Objects.requireNonNull(file));
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
            ignores.add(new Ignores.Ignore(base.toAbsolutePath().normalize(), Glob.of(glob), Set.copyOf(idsOrCategories)));
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
         * @throws IllegalStateException when the default rules are asked for but not on the class path
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
            List<Extractor> extractors = prepared == null ? Pipeline.of(lex, reportYear)
                    : reportYear == null ? prepared.extractors() : Pipeline.forYear(prepared.extractors(), lex, reportYear);
            return new Checker(rules, sources, lex, extractors, reportYear, List.copyOf(ignores), encoding,
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
}
