package io.github.gongwen.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Regular expressions for DRL rules, compiled once: a DRL function has no static field to keep a
 * {@link Pattern} in, and {@code Pattern.compile} in a condition would compile it again for every
 * paragraph. In DRL: {@code function Pattern words() { return RulePatterns.compiled("原则上|基本上"); }}.
 * A literal word list needs no rule at all: see {@code house-words.tsv}. Thread-safe; holds at most
 * {@link #MAX} expressions (beyond, they are compiled on each call rather than kept).
 */
public final class RulePatterns {
    /** How many expressions are kept. */
    public static final int MAX = 1024;

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private RulePatterns() {
    }

    /** {@code regex} compiled, the same instance on every call. */
    public static Pattern compiled(String regex) {
        Pattern p = COMPILED.get(regex);
        if (p != null) {
            return p;
        }
        p = Pattern.compile(regex);
        if (COMPILED.size() < MAX) {
            Pattern earlier = COMPILED.putIfAbsent(regex, p);
            return earlier != null ? earlier : p;
        }
        return p;
    }
}
