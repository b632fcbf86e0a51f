package io.github.gongwen.engine;

/** The rules did too much work on one document (they fired without end): that file gets an error. */
public final class RuleLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuleLimitException(String message) {
        super(message);
    }
}
