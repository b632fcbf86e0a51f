package io.github.gongwen;

import io.github.gongwen.engine.RuleCompileException;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.engine.RuleSource;
import io.github.gongwen.engine.UncheckedRuleCompileException;
import io.github.gongwen.extract.Extractor;
import io.github.gongwen.extract.FactLimitException;
import io.github.gongwen.extract.Facts;
import io.github.gongwen.extract.Lexicon;
import io.github.gongwen.extract.Pipeline;
import io.github.gongwen.text.InputException;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.Suppressions;
import io.github.gongwen.text.TextLoader;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

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
 * <p>A check runs the extractors of the {@link Pipeline} over the text, then the rules over the
 * facts; findings the user silenced are then dropped ({@link FindingList}): by the rule settings
 * ({@link CheckerBuilder#disable}, {@link CheckerBuilder#severity}), by per-path ignores
 * ({@link CheckerBuilder#ignore}) and by suppression directives in the report ({@link Suppressions}).
 * Many files are checked on several threads by {@link ParallelRun}.
 */
public final class Checker {
    /** The compiled rules with the settings applied: done at once by {@link CheckerBuilder#build}, in the background by {@link CheckerBuilder#buildInBackground}. */
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

    Checker(CompletableFuture<CompiledRules> compiled, List<RuleSource> sources, Lexicon lexicon,
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

    /** Configures and builds a {@link Checker}; its options are those of {@link CheckerBuilder}. */
    public static final class Builder extends CheckerBuilder {
        private Builder() {
        }
    }

    public static Builder builder() {
        return new Builder();
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

    /**
     * The same checker for reports of another year (or {@code null}: infer it per document). Cheap:
     * the compiled rules and the extractors are shared.
     */
    public Checker withReportYear(Integer year) {
        return Objects.equals(year, reportYear) ? this
                : new Checker(compiled, sources, lexicon, Pipeline.forYear(extractors, lexicon, year), year, ignores,
                        encoding, limits);
    }

    /**
     * Waits until the rules are compiled (at once for a checker from {@link CheckerBuilder#build}).
     *
     * @return this checker
     * @throws RuleCompileException when the rules do not compile; a check then throws
     *     {@link UncheckedRuleCompileException}
     */
    public Checker awaitRules() throws RuleCompileException {
        try {
            CompiledRules.await(compiled);
            return this;
        } catch (UncheckedRuleCompileException e) {
            throw e.getCause();
        }
    }

    /** The DRL sources the rules were compiled from, with their examples. */
    public List<RuleSource> ruleSources() {
        return sources;
    }

    /** Every compiled rule as declared in DRL, also those turned off, sorted by id. */
    public List<RuleInfo> declaredRules() {
        return CompiledRules.await(compiled).ruleSet().rules();
    }

    /** The rules this checker applies (enabled ones, with their effective severity), sorted by id. */
    public List<RuleInfo> rules() {
        return List.copyOf(CompiledRules.await(compiled).effective().values());
    }

    /** The configured encoding of report files, or {@code null} when it is detected per file. */
    public Charset encoding() {
        return encoding;
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

    /** Checks a decoded text (per-path ignores take its name as a path, as {@link #check(String, String)}). */
    public List<Finding> check(SourceText source) {
        return check(source, pathOf(source.name()));
    }

    /** The facts the extractors find in a text: what the rules see (for benchmarks and rule authors). */
    public Facts facts(SourceText source) {
        Facts facts = new Facts(source);
        for (Extractor e : extractors) {
            try {
                e.extract(facts);
            } catch (FactLimitException full) {
                // this extractor stops at the limit, the next goes on (the findings say the count is a lower bound)
            }
        }
        return facts;
    }

    private List<Finding> check(SourceText source, Path file) {
        Suppressions suppressions = Suppressions.parse(source.text());
        Facts facts = facts(suppressions.any() ? SourceText.of(source.name(), suppressions.masked()) : source);
        // the facts need no rules: with a background build, extracting them overlaps the compiling
        CompiledRules rules = CompiledRules.await(compiled);
        return FindingList.of(source, facts, rules, suppressions, Ignores.names(ignores, file));
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
            return FileResult.failed(name, limits.failure(e));
        }
    }

    /**
     * Checks files and directories (walked for report files, see {@link ReportFiles}) on {@code threads}
     * threads. The result does not depend on the thread count.
     */
    public RunResult checkAll(List<Path> paths, int threads) {
        return checkAll(ReportFiles.collect(paths), threads);
    }

    /**
     * Checks the files of a listing; its errors are carried into the result. {@code threads}
     * workers take the files in turn from a shared counter, so no thread waits on another until
     * the last files; a file checked for longer than the time limit gets the error
     * {@link #TIMEOUT} and the others go on (see {@link ParallelRun}).
     */
    public RunResult checkAll(ReportFiles.Listing listing, int threads) {
        return new RunResult(ParallelRun.run(listing, threads, limits.timeLimit(), this::checkFile, limits::failure),
                rules());
    }
}
