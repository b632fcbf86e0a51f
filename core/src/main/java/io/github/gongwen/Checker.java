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
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 */
public final class Checker {
    private final RuleSet ruleSet;
    private final List<RuleSource> sources;
    private final Lexicon lexicon;
    private final Integer reportYear;
    private final List<Extractor> extractors;
    private final Predicate<RuleInfo> enabled;

    private Checker(RuleSet ruleSet, List<RuleSource> sources, Lexicon lexicon, Integer reportYear,
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
        return ruleSet.rules().stream().filter(enabled).toList();
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
        Facts facts = facts(source);
        List<Findings.Raw> raw = ruleSet.evaluate(facts.all(), enabled);
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
        SourceText source;
        try {
            source = TextLoader.load(file, name);
        } catch (InputException e) {
            return FileResult.failed(name, e.reason());
        }
        try {
            return FileResult.ok(source, check(source));
        } catch (RuntimeException e) {
            return FileResult.failed(name, "internal error while checking: " + e);
        }
    }

    /**
     * Checks files and directories (walked for {@code *.txt} and {@code *.md}) on {@code threads}
     * threads. The result does not depend on the thread count.
     */
    public RunResult checkAll(List<Path> paths, int threads) {
        ReportFiles.Listing listing = ReportFiles.collect(paths);
        return checkAll(listing, threads);
    }

    /** Checks the files of a listing; its errors are carried into the result. */
    public RunResult checkAll(ReportFiles.Listing listing, int threads) {
        List<FileResult> results = new ArrayList<>(listing.errors());
        List<ReportFiles.Entry> files = listing.files();
        int n = Math.max(1, Math.min(threads, files.size()));
        if (n == 1) {
            for (ReportFiles.Entry e : files) {
                results.add(checkFile(e.path(), e.name()));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
                Thread t = new Thread(r, "gongwen-check");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<FileResult>> futures = new ArrayList<>();
                for (ReportFiles.Entry e : files) {
                    futures.add(pool.submit(() -> checkFile(e.path(), e.name())));
                }
                for (int i = 0; i < futures.size(); i++) {
                    try {
                        results.add(futures.get(i).get());
                    } catch (ExecutionException e) {
                        results.add(FileResult.failed(files.get(i).name(), "internal error: " + e.getCause()));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } finally {
                pool.shutdownNow();
            }
        }
        return new RunResult(results, rules());
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
            List<RuleSource> sources = new ArrayList<>();
            if (defaultRules) {
                sources.addAll(RuleSource.defaults(classLoader));
            }
            for (Path dir : ruleDirectories) {
                sources.addAll(RuleSource.directory(dir));
            }
            sources.addAll(extraRules);
            RuleSet ruleSet = RuleSet.compile(sources, classLoader);
            Lexicon lex = lexicon != null ? lexicon : Lexicon.defaults(classLoader);
            Set<String> off = Set.copyOf(disabled);
            Predicate<RuleInfo> enabled = r -> !off.contains(r.id()) && !off.contains(r.category());
            return new Checker(ruleSet, sources, lex, reportYear, enabled);
        }
    }
}
