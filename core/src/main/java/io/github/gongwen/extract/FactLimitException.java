package io.github.gongwen.extract;

/**
 * Thrown by {@link Facts#add} when a document already holds {@link Facts#limit} facts of one type: the extractor adding them stops there (the checker goes on with the next one), so that a
 * pathological text (12 MB of {@code 的的}: four million doubled characters) cannot fill the memory
 * with facts. A real report has at most a few thousand of a type.
 */
public final class FactLimitException extends RuntimeException {
    public FactLimitException() {
        super("too many facts of one type", null, false, false);
    }
}
