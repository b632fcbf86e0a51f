package io.github.gongwen.cache;

import io.github.gongwen.Checker;
import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import io.github.gongwen.ReportFiles;
import io.github.gongwen.RunResult;
import io.github.gongwen.text.InputException;
import io.github.gongwen.text.TextLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the files of a listing, taking the findings of unchanged files from a {@link ResultCache}
 * and checking only the others (on {@code threads} threads), then records the new results in the
 * cache. The result is the same as {@link Checker#checkAll(ReportFiles.Listing, int)}'s.
 */
public final class CachedRun {
    /**
     * @param result the findings of every file
     * @param cached how many files were taken from the cache
     */
    public record Outcome(RunResult result, int cached) {
    }

    private CachedRun() {
    }

    /** Runs the check; the caller saves the cache afterwards. */
    public static Outcome check(Checker checker, ReportFiles.Listing listing, int threads, ResultCache cache) {
        List<FileResult> results = new ArrayList<>(listing.errors());
        List<ReportFiles.Entry> changed = new ArrayList<>();
        Map<String, String> hashes = new HashMap<>();
        List<String> names = new ArrayList<>();
        int cached = 0;
        for (ReportFiles.Entry e : listing.files()) {
            names.add(e.name());
            String hash = hash(e.path());
            List<Finding> findings = hash == null ? null : cache.get(e.name(), hash);
            FileResult hit = findings == null ? null : reuse(checker, e, findings);
            if (hit != null) {
                results.add(hit);
                cached++;
            } else {
                changed.add(e);
                if (hash != null) {
                    hashes.put(e.name(), hash);
                }
            }
        }
        RunResult fresh = checker.checkAll(new ReportFiles.Listing(changed, List.of()), threads);
        for (FileResult r : fresh.files()) {
            String hash = hashes.get(r.path());
            if (!r.failed() && hash != null) {
                cache.put(r.path(), hash, r.findings());
            }
            results.add(r);
        }
        cache.retainOnly(names);
        return new Outcome(new RunResult(results, checker.rules()), cached);
    }

    /** The cached findings with the file's text (decoding is cheap; the rules are what costs). */
    private static FileResult reuse(Checker checker, ReportFiles.Entry e, List<Finding> findings) {
        try {
            return FileResult.ok(checker.load(e.path(), e.name()), findings);
        } catch (InputException ex) {
            return null;
        }
    }

    private static String hash(Path file) {
        try {
            return Files.size(file) > TextLoader.MAX_BYTES ? null : ResultCache.hash(Files.readAllBytes(file));
        } catch (IOException e) {
            return null;
        }
    }
}
