package io.github.gongwen;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place where Gongwen starts work in the background: compiling rules, loading the word
 * segmenter's dictionaries, building extractors ahead of need. Its threads are daemons (a process
 * that has its answer never waits for them), named {@code gongwen-WHAT-N}, and created only when
 * work arrives; an idle thread ends after a minute.
 */
public final class Background {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "gongwen-background-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private Background() {
    }

    /**
     * Runs {@code work} on a background thread named after {@code what} while it runs. The future
     * completes with the result, or exceptionally with whatever {@code work} threw (errors included),
     * for whoever waits on it.
     */
    public static <T> CompletableFuture<T> supply(String what, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        EXECUTOR.execute(() -> {
            Thread self = Thread.currentThread();
            String name = self.getName();
            self.setName("gongwen-" + what);
            try {
                result.complete(work.call());
            } catch (Throwable e) { // handed to whoever waits for the result
                result.completeExceptionally(e);
            } finally {
                self.setName(name);
            }
        });
        return result;
    }

    /** Runs {@code work} on a background thread; nobody waits for it. */
    public static void run(String what, Runnable work) {
        supply(what, () -> {
            work.run();
            return null;
        });
    }
}
