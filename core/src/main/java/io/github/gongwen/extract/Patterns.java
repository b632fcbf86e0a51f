package io.github.gongwen.extract;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compiles the regular expressions of data files. */
final class Patterns {
    private Patterns() {
    }

    /** One pattern matching any of {@code regexes}; {@code null} when the list is empty. */
    static Pattern union(List<String> regexes) {
        if (regexes.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String r : regexes) {
            check(r);
            if (b.length() > 0) {
                b.append('|');
            }
            b.append("(?:").append(r).append(')');
        }
        return Pattern.compile(b.toString());
    }

    /** Compiles one pattern, with a message naming the data entry when it is invalid. */
    static Pattern check(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid pattern in data file: " + regex + ": " + e.getDescription(), e);
        }
    }
}
