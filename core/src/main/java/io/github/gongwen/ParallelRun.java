package io.github.gongwen;

import io.github.gongwen.engine.RuleSet;
import io.github.gongwen.engine.UncheckedRuleCompileException;
import io.github.gongwen.text.CheckInterruptedException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Checks the files of a listing on several threads: {@code threads} workers take the files in turn
 * from a shared counter, so no thread waits on another until the last files. The results keep the
 * listing's order, so they do not depend on the thread count.
 *
 * <p>The calling thread watches the time limit: a file checked for longer gets the error of a
 * {@link CheckInterruptedException}, its worker is interrupted (which stops the data lists'
 * regular expressions and the rules), its rule session is halted, and it is left behind while a new
 * worker goes on with the other files. A rule consequence that loops without end ignores both: its
 * thread (a daemon, so the process can still exit) is lost, and the file's error names the rule.
 * A worker that dies (out of memory) leaves its file with an error, never a gap.
 */
final class ParallelRun {
    private ParallelRun() {
    }

    /**
     * The result of {@code check} for each file, after the listing's errors. Rules that do not
     * compile stop the run: they would fail every file.
     *
     * @param timeLimit how long one file may take, or {@code null}
     * @param failure the error of a file whose check threw (a timeout: {@link CheckInterruptedException})
     */
    static List<FileResult> run(ReportFiles.Listing listing, int threads, Duration timeLimit,
            BiFunction<Path, String, FileResult> check, Function<Throwable, String> failure) {
        List<ReportFiles.Entry> files = listing.files();
        AtomicReferenceArray<FileResult> done = new AtomicReferenceArray<>(files.size());
        AtomicInteger nextFile = new AtomicInteger();
        AtomicReference<UncheckedRuleCompileException> broken = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(files.size());
        Runnable body = () -> {
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
                    r = check.apply(e.path(), e.name());
                } catch (UncheckedRuleCompileException rce) {
                    broken.compareAndSet(null, rce);
                    nextFile.set(files.size());
                    while (finished.getCount() > 0) { // the rules are broken for every file: stop
                        finished.countDown();
                    }
                    return;
                } catch (RuntimeException | Error t) { // the check handles what a file can cause
                    r = FileResult.failed(e.name(), failure.apply(t));
                }
                me.end();
                // a worker given up on its file has its result refused; one given up just as it
                // took a new file still delivers that one
                if (done.compareAndSet(i, null, r)) {
                    finished.countDown();
                }
            }
        };
        int n = Math.max(1, Math.min(threads, files.size()));
        Worker[] workers = new Worker[n];
        for (int t = 0; t < n; t++) {
            // Threads of their own, not the background executor: they live exactly as long as the run.
            workers[t] = new Worker(body);
            workers[t].start();
        }
        long limit = timeLimit == null ? 0 : timeLimit.toNanos();
        long poll = limit == 0 ? 1000 : Math.min(200, Math.max(1, limit / 1_000_000 / 4));
        try {
            while (!finished.await(poll, TimeUnit.MILLISECONDS)) {
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
                    if (i >= 0 && now - w.since > limit && done.compareAndSet(i, null, FileResult.failed(
                            files.get(i).name(), failure.apply(new CheckInterruptedException(RuleSet.halt(w)))))) {
                        w.abandoned = true;
                        w.interrupt();
                        finished.countDown();
                        workers[t] = new Worker(body);
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
        return results;
    }

    /** A thread of a run: which file it checks since when, and whether it was given up. */
    private static final class Worker extends Thread {
        /**
         * A deep stack: java.util.regex recurses once per repetition, so a line of 2,000 {@code X}
         * overflows a default stack in the placeholder expressions; 64 MB (reserved, used only as
         * deep as a check goes) takes lines some fifty times that long.
         */
        private static final long STACK = 64L * 1024 * 1024;

        volatile int file = -1;
        volatile long since;
        volatile boolean abandoned;

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
}
