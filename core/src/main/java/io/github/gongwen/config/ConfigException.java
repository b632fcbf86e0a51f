package io.github.gongwen.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration file that cannot be used: YAML syntax, an unknown key, a value of the wrong
 * type, an unknown rule or data list, a missing directory. The message lists every problem as
 * {@code file:line:column: message}.
 */
public class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    /** One problem; {@code line} and {@code column} are 1-based, 0 when unknown. */
    public record Problem(String file, int line, int column, String message) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public ConfigException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
