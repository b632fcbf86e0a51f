package io.github.gongwen.server;

import java.util.ArrayList;
import java.util.List;

/** The server cannot start: the configuration, the rules or the address is unusable; the lines say why. */
public final class ServerException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> lines;

    ServerException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    ServerException(String heading, List<?> problems) {
        this(withHeading(heading, problems));
    }

    private static List<String> withHeading(String heading, List<?> problems) {
        List<String> lines = new ArrayList<>();
        lines.add(heading);
        problems.forEach(p -> lines.add("  " + p));
        return lines;
    }

    /** What to tell the user, one line each. */
    public List<String> lines() {
        return lines;
    }
}
