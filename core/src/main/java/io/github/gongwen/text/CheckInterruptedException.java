package io.github.gongwen.text;

/**
 * Thrown inside a check whose thread was interrupted (its time limit passed): stops a regular
 * expression or the rules where they stand, so that the thread is free again.
 */
public final class CheckInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    public CheckInterruptedException() {
        this(null);
    }

    /** @param rule the id of the rule whose consequence was running when the time was up, or {@code null} */
    public CheckInterruptedException(String rule) {
        super("检查超时", null, false, false);
        this.rule = rule;
    }

    /** The rule whose consequence was running when the time was up, or {@code null}. */
    public String rule() {
        return rule;
    }
}
