package io.github.gongwen.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    /**
     * The pattern as programs of {@link #STAR}, {@link #ONE}, {@link #ANY}, {@link #DIRS} and
     * literal characters, one per alternative of its braces. Matched by following every state at
     * once, in time linear in the path: a regular expression for {@code *a*a*a*a*a*a*b.txt}
     * backtracks exponentially on a long name, and a directory walk would never end.
     */
    private final int[][] programs;

    /** {@code [^/]*} */
    private static final int STAR = -1;
    /** {@code [^/]} */
    private static final int ONE = -2;
    /** {@code .*} ({@code **} at the end) */
    private static final int ANY = -3;
    /** {@code (?:[^/]*\/)*} ({@code **}{@code /}) */
    private static final int DIRS = -4;

    private Glob(String text, int[][] programs) {
        this.text = text;
        this.programs = programs;
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
        checkBraces(p);
        List<String> alternatives = new ArrayList<>();
        expand(p, alternatives);
        int[][] programs = new int[alternatives.size()][];
        for (int i = 0; i < programs.length; i++) {
            programs[i] = program(alternatives.get(i));
        }
        return new Glob(pattern, programs);
    }

    /** The pattern once for each alternative of its braces ({@code a.{txt,md}}: {@code a.txt}, {@code a.md}). */
    private static void expand(String p, List<String> out) {
        int open = p.indexOf('{');
        if (open < 0) {
            out.add(p);
            return;
        }
        int close = p.indexOf('}', open);
        for (String alt : p.substring(open + 1, close).split(",", -1)) {
            expand(p.substring(0, open) + alt + p.substring(close + 1), out);
        }
    }

    /** The program of a pattern without braces. */
    private static int[] program(String p) {
        List<Integer> ops = new ArrayList<>();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            boolean segmentStart = i == 0 || p.charAt(i - 1) == '/';
            if (c == '*' && i + 1 < p.length() && p.charAt(i + 1) == '*' && segmentStart) {
                if (i + 2 == p.length()) {
                    ops.add(ANY);
                    i += 2;
                    continue;
                }
                if (p.charAt(i + 2) == '/') {
                    ops.add(DIRS);
                    i += 3;
                    continue;
                }
            }
            ops.add(c == '*' ? STAR : c == '?' ? ONE : (int) c);
            i++;
        }
        return ops.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether {@code path} matches {@code program}: all states followed at once. */
    private static boolean run(int[] program, String path) {
        int m = program.length;
        boolean[] at = new boolean[m + 1];
        boolean[] inDirs = new boolean[m]; // inside a name of a DIRS loop, before its '/'
        boolean[] nextAt = new boolean[m + 1];
        boolean[] nextInDirs = new boolean[m];
        at[0] = true;
        close(program, at);
        for (int k = 0; k < path.length(); k++) {
            char c = path.charAt(k);
            java.util.Arrays.fill(nextAt, false);
            java.util.Arrays.fill(nextInDirs, false);
            boolean any = false;
            for (int i = 0; i < m; i++) {
                int op = program[i];
                if (at[i]) {
                    switch (op) {
                        case STAR -> nextAt[i] |= c != '/';
                        case ONE -> nextAt[i + 1] |= c != '/';
                        case ANY -> nextAt[i] = true;
                        case DIRS -> {
                            if (c == '/') {
                                nextAt[i] = true;
                            } else {
                                nextInDirs[i] = true;
                            }
                        }
                        default -> nextAt[i + 1] |= c == op;
                    }
                }
                if (inDirs[i]) {
                    if (c == '/') {
                        nextAt[i] = true;
                    } else {
                        nextInDirs[i] = true;
                    }
                }
            }
            boolean[] t = at;
            at = nextAt;
            nextAt = t;
            t = inDirs;
            inDirs = nextInDirs;
            nextInDirs = t;
            close(program, at);
            for (int i = 0; i <= m && !any; i++) {
                any = at[i] || (i < m && inDirs[i]);
            }
            if (!any) {
                return false;
            }
        }
        return at[m];
    }

    /** Adds the states reached without a character: past a {@code *}, {@code **} or {@code **}{@code /}. */
    private static void close(int[] program, boolean[] at) {
        for (int i = 0; i < program.length; i++) {
            if (at[i] && (program[i] == STAR || program[i] == ANY || program[i] == DIRS)) {
                at[i + 1] = true;
            }
        }
    }

    /** Checks the braces of a pattern: none nested, each one closed. */
    private static void checkBraces(String p) {
        boolean inBraces = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '{') {
                if (inBraces) {
                    throw new IllegalArgumentException("nested '{'");
                }
                inBraces = true;
            } else if (c == '}') {
                if (!inBraces) {
                    throw new IllegalArgumentException("'}' without '{'");
                }
                inBraces = false;
            }
        }
        if (inBraces) {
            throw new IllegalArgumentException("'{' never closed");
        }
    }

    /** Whether a relative path ({@code /} or the platform's separator) matches. */
    public boolean matches(String relativePath) {
        String path = relativePath.replace('\\', '/');
        for (int[] program : programs) {
            if (run(program, path)) {
                return true;
            }
        }
        return false;
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
