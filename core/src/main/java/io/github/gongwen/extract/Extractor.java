package io.github.gongwen.extract;

/**
 * Turns report text into facts. Extractors only describe the text; whether anything is wrong is
 * decided by the rules. An extractor is created once per checker (it may precompile patterns
 * from the {@link Lexicon}) and must be thread-safe: {@link #extract} runs concurrently for
 * different documents.
 */
public interface Extractor {
    void extract(Facts facts);
}
