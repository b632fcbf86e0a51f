package io.github.gongwen;

import io.github.gongwen.engine.RuleSet;
import io.github.gongwen.extract.ConfusionScanner;
import io.github.gongwen.extract.Extractor;
import io.github.gongwen.extract.Lexicon;
import io.github.gongwen.extract.Pipeline;
import io.github.gongwen.text.WordSegmenter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What {@link Checker#prefetchDefaults()} starts loading, and the hand-over to the first builder
 * that can use it: the default rules (compiled by {@link RuleSet#prefetchDefaults}, taken by the
 * first compile of exactly those sources), the word segmenter's dictionaries, and the default data
 * lists with the extractors built on them. One prefetch is waiting at a time; it is taken once.
 */
final class Prefetch {
    /** The default lexicon and its extractors (for no fixed report year). */
    record Prepared(Lexicon lexicon, List<Extractor> extractors) {
    }

    private record Waiting(ClassLoader loader, CompletableFuture<Prepared> prepared) {
    }

    /** The prefetch waiting for a builder; {@code null} when none is. */
    private static final AtomicReference<Waiting> WAITING = new AtomicReference<>();

    private Prefetch() {
    }

    /** Starts loading the defaults of {@code loader} in the background. */
    static void start(ClassLoader loader) {
        RuleSet.prefetchDefaults(loader);
        WordSegmenter.preload();
        CompletableFuture<Prepared> prepared = Background.supply("extractors", () -> {
            Lexicon lexicon = Lexicon.builder(loader).build(); // if this fails, the builder prepares its own
            List<Extractor> extractors = Pipeline.of(lexicon, null);
            extractors.forEach(e -> {
                if (e instanceof ConfusionScanner c) {
                    c.preload(); // the confusion model, built from HanLP's dictionary, before the first check
                }
            });
            return new Prepared(lexicon, extractors);
        });
        WAITING.set(new Waiting(loader, prepared));
    }

    /** The prefetched default lexicon and extractors when they fit {@code loader}, taken once; else {@code null}. */
    static Prepared take(ClassLoader loader) {
        Waiting w = WAITING.get();
        if (w == null || w.loader() != loader || !WAITING.compareAndSet(w, null)) {
            return null;
        }
        try {
            return w.prepared().join();
        } catch (CompletionException e) {
            return null;
        }
    }
}
