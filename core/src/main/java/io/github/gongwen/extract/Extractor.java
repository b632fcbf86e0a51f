package io.github.gongwen.extract;

import java.util.Set;

/**
 * Turns report text into facts. Extractors only describe the text; whether anything is wrong is
 * decided by the rules. An extractor is created once per checker (it may precompile patterns
 * from the {@link Lexicon}) and must be thread-safe: {@link #extract} runs concurrently for
 * different documents.
 */
public interface Extractor {
    void extract(Facts facts);

    /**
     * The fact types this extractor reads from {@link Facts} (a subtype counts: reading
     * {@code Marker} reads headings and list items); the {@link Pipeline} runs it after every
     * extractor that {@linkplain #produces() produces} one, and refuses a pipeline without one.
     */
    default Set<Class<?>> reads() {
        return Set.of();
    }

    /** The fact types this extractor adds to {@link Facts} (or, for the {@code Document}, fills in). */
    default Set<Class<?>> produces() {
        return Set.of();
    }
}
