package io.github.gongwen.text;

/**
 * Thrown inside a check whose thread was interrupted (its time limit passed): stops a regular
 * expression or the rules where they stand, so that the thread is free again.
 */
public final class CheckInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CheckInterruptedException() {
        super("检查超时", null, false, false);
    }
}
