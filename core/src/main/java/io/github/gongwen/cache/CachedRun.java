package io.github.gongwen.cache;

import io.github.gongwen.Checker;
import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import io.github.gongwen.ReportFiles;
import io.github.gongwen.RunResult;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.text.InputException;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.TextLoader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An incremental check in two steps. {@link #prepare} reads and hashes the files of a listing
 * (decoding is cheap), reports the unreadable ones and takes the findings of unchanged ones from a
 * {@link ResultCache}; only when some file changed
 * ({@link #needsChecker()}) must the caller build a {@link Checker} (compiling the rules is the
 * slow step), which {@link #finish} then runs over the changed files before recording them in the
 * cache. The result is the same as {@link Checker#checkAll(ReportFiles.Listing, int)}'s.
 */
public final class CachedRun {
    /**
     * @param result the findings of every file
     * @param cached how many files were taken from the cache
     */
    public record Outcome(RunResult result, int cached) {
    }

    private final ResultCache cache;
    private final List<FileResult> results = new ArrayList<>();
    private final List<ReportFiles.Entry> changed = new ArrayList<>();
    private final Map<String, String> hashes = new HashMap<>();
    private final int cached;

    private CachedRun(ReportFiles.Listing listing, ResultCache cache, Charset encoding) {
        this.cache = cache;
        results.addAll(listing.errors());
        List<String> names = new ArrayList<>();
        int hits = 0;
        for (ReportFiles.Entry e : listing.files()) {
            names.add(e.name());
            String hash = hash(e.path());
            List<Finding> findings = hash == null ? null : cache.get(e.name(), hash);
            SourceText source;
            try {
                source = TextLoader.load(e.path(), e.name(), encoding);
            } catch (InputException ex) {
                // Unreadable files need no rules to be reported.
                results.add(FileResult.failed(e.name(), ex.reason()));
                continue;
            }
            if (findings != null) {
                results.add(FileResult.ok(source, findings));
                hits++;
            } else {
                changed.add(e);
                if (hash != null) {
                    hashes.put(e.name(), hash);
                }
            }
        }
        cache.retainOnly(names);
        this.cached = hits;
    }

    /**
     * Takes what it can from the cache.
     *
     * @param encoding the encoding of the reports as the checker will read them ({@code null}: detected)
     */
    public static CachedRun prepare(ReportFiles.Listing listing, ResultCache cache, Charset encoding) {
        return new CachedRun(listing, cache, encoding);
    }

    /** Whether {@link #finish} needs a checker: some file changed, or the cache does not know the rules. */
    public boolean needsChecker() {
        return !changed.isEmpty() || cache.rules() == null;
    }

    /**
     * Checks the changed files on {@code threads} threads and records them in the cache (which the
     * caller saves).
     *
     * @param checker the checker, or {@code null} when {@link #needsChecker()} is false
     */
    public Outcome finish(Checker checker, int threads) {
        List<FileResult> all = new ArrayList<>(results);
        List<RuleInfo> rules;
        if (checker == null) {
            rules = Objects.requireNonNull(cache.rules(), "a checker is needed: the cache does not know the rules");
            if (!changed.isEmpty()) {
                throw new IllegalStateException("a checker is needed: " + changed.size() + " file(s) changed");
            }
        } else {
            RunResult fresh = checker.checkAll(new ReportFiles.Listing(changed, List.of()), threads);
            for (FileResult r : fresh.files()) {
                String hash = hashes.get(r.path());
                if (!r.failed() && hash != null) {
                    cache.put(r.path(), hash, r.findings());
                }
                all.add(r);
            }
            rules = checker.rules();
            cache.rules(rules);
        }
        return new Outcome(new RunResult(all, rules), cached);
    }

    private static String hash(Path file) {
        try {
            return Files.size(file) > TextLoader.MAX_BYTES ? null : ResultCache.hash(Files.readAllBytes(file));
        } catch (IOException e) {
            return null;
        }
    }
}
