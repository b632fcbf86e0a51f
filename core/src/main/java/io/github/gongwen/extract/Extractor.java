package io.github.gongwen.extract;

import java.util.Set;

/**
 * Turns report text into facts. Where whether something is wrong is a condition a rule can state,
 * the extractor only describes the text and the rule decides: {@code PunctFormScanner} reports each
 * run of ellipsis marks with its length, and {@code punct-form.drl} says that
 * {@code PunctRun( mark == "…", length != 2 && length != 4 )} is a wrong ellipsis. Where the
 * judgement is an algorithm over much of the text (pairing brackets within a paragraph, numbering
 * an outline, telling a lost character from a question mark), the extractor makes it, says so in
 * its Javadoc, and its fact names what it found ({@code PairMismatch} with its problem); the rule
 * then only reports it. Several older facts still carry a kind an extractor decided where a rule
 * could state the condition ({@code NumberForm}, {@code Placeholder}, {@code YearConflict}); new
 * facts should not.
 *
 * <p>An extractor is created once per checker (it may precompile patterns from the
 * {@link Lexicon}) and must be thread-safe: {@link #extract} runs concurrently for different
 * documents.
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
