package io.github.gongwen.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Rules that cannot be used: a DRL compile error, or a rule without its required metadata. The
 * message lists every problem as {@code file:line: message}.
 */
public class RuleCompileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** One problem in one rule file. {@code line} is 0 when Drools does not say. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public RuleCompileException(List<Problem> problems) {
        super("rules cannot be compiled:\n" + problems.stream().map(Problem::toString)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
