package io.github.gongwen;

import io.github.gongwen.engine.UncheckedRuleCompileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * Checks the files of a listing on several threads: the calling thread and {@code threads - 1}
 * others take the files in turn from a shared counter, so no thread waits on another until the
 * last files, and the calling thread checks files too. The results keep the listing's order, so
 * they do not depend on the thread count.
 */
final class ParallelRun {
    private ParallelRun() {
    }

    /**
     * The result of {@code check} for each file, after the listing's errors. Rules that do not
     * compile stop the run: they would fail every file.
     */
    static List<FileResult> run(ReportFiles.Listing listing, int threads,
            BiFunction<java.nio.file.Path, String, FileResult> check) {
        List<ReportFiles.Entry> files = listing.files();
        FileResult[] done = new FileResult[files.size()];
        AtomicInteger nextFile = new AtomicInteger();
        AtomicReference<UncheckedRuleCompileException> broken = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = nextFile.getAndIncrement(); i < done.length; i = nextFile.getAndIncrement()) {
                ReportFiles.Entry e = files.get(i);
                try {
                    done[i] = check.apply(e.path(), e.name());
                } catch (UncheckedRuleCompileException rce) {
                    broken.compareAndSet(null, rce);
                    nextFile.set(done.length); // the rules are broken for every file: stop
                } catch (RuntimeException | Error t) { // the check handles what a file can cause
                    done[i] = FileResult.failed(e.name(), "internal error: " + t);
                }
            }
        };
        int n = Math.max(1, Math.min(threads, files.size()));
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < n; t++) {
            // Threads of their own, not the background executor: they live exactly as long as the run.
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
        return results;
    }
}
