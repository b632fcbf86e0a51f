package io.github.gongwen.engine;

/**
 * Thrown by a check when the rules it waits for did not compile (a checker built in the background,
 * see {@code CheckerBuilder#buildInBackground}). The cause tells which rules and why.
 */
public final class UncheckedRuleCompileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UncheckedRuleCompileException(RuleCompileException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public synchronized RuleCompileException getCause() {
        return (RuleCompileException) super.getCause();
    }
}
