package io.github.gongwen.config;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A file pattern of the configuration, matched against a path relative to the configuration
 * file's directory, with {@code /} separators. {@code *} matches within one name, {@code ?} one
 * character, {@code **} any number of directories ({@code reports/**}{@code /*.txt} matches
 * {@code reports/a.txt} and {@code reports/2024/a.txt}), {@code {txt,md}} one of the alternatives.
 * As in {@code .gitignore}, a pattern without a {@code /} matches a file name in any directory
 * ({@code *.md}), and a pattern ending in {@code /} matches everything below that directory
 * ({@code drafts/}). Immutable.
 */
public final class Glob {
    private final String text;
    private final Pattern regex;

    private Glob(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    /**
     * Compiles a pattern.
     *
     * @throws IllegalArgumentException when it is empty or has an unclosed brace
     */
    public static Glob of(String pattern) {
        String p = pattern.strip().replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.isEmpty() || p.equals("/")) {
            throw new IllegalArgumentException("empty pattern");
        }
        if (p.startsWith("/")) {
            p = p.substring(1);
        } else if (!p.substring(0, Math.max(0, p.length() - 1)).contains("/")) {
            p = "**/" + p;
        }
        if (p.endsWith("/")) {
            p = p + "**";
        }
        return new Glob(pattern, Pattern.compile(regex(p)));
    }

    private static String regex(String p) {
        StringBuilder b = new StringBuilder();
        boolean inBraces = false;
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            boolean segmentStart = i == 0 || p.charAt(i - 1) == '/';
            if (c == '*' && i + 1 < p.length() && p.charAt(i + 1) == '*' && segmentStart) {
                if (i + 2 == p.length()) {
                    b.append(".*");
                    i += 2;
                    continue;
                }
                if (p.charAt(i + 2) == '/') {
                    b.append("(?:[^/]*/)*");
                    i += 3;
                    continue;
                }
            }
            switch (c) {
                case '*' -> b.append("[^/]*");
                case '?' -> b.append("[^/]");
                case '{' -> {
                    if (inBraces) {
                        throw new IllegalArgumentException("nested '{'");
                    }
                    inBraces = true;
                    b.append("(?:");
                }
                case '}' -> {
                    if (!inBraces) {
                        throw new IllegalArgumentException("'}' without '{'");
                    }
                    inBraces = false;
                    b.append(')');
                }
                case ',' -> b.append(inBraces ? "|" : ",");
                default -> b.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        if (inBraces) {
            throw new IllegalArgumentException("'{' never closed");
        }
        return b.toString();
    }

    /** Whether a relative path ({@code /} or the platform's separator) matches. */
    public boolean matches(String relativePath) {
        return regex.matcher(relativePath.replace('\\', '/')).matches();
    }

    /** Whether {@code file} matches, taken relative to {@code base} (both made absolute first). */
    public boolean matches(Path base, Path file) {
        return matches(relative(base, file));
    }

    /** {@code file} relative to {@code base} with {@code /} separators ({@code ../x} when outside it). */
    public static String relative(Path base, Path file) {
        Path b = base.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        if (b.getRoot() != null && !b.getRoot().equals(f.getRoot())) {
            return f.toString().replace('\\', '/');
        }
        return b.relativize(f).toString().replace('\\', '/');
    }

    @Override
    public String toString() {
        return text;
    }
}
