package io.github.gongwen.extract;

import java.util.Arrays;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression searched only where a match can start. {@link #find} answers as
 * {@link Matcher#find()} over the whole text, but tries the expression only at the start of the
 * text and where the character is one a match can open with ({@link FirstChars#afterStart}),
 * instead of at every position: the sections' expressions open with a few literals or after
 * sentence punctuation, so most positions of a paragraph cost one bitmap test. Immutable and
 * thread-safe.
 */
final class GatedPattern {
    private final Pattern pattern;
    /** Bit {@code c} set when a match can start with {@code c} after the first position; {@code null} for any. */
    private final long[] first;
    /** The same for a match at the start of the text, where alternatives opening with {@code ^} count too. */
    private final long[] firstAtStart;

    GatedPattern(Pattern pattern) {
        this.pattern = pattern;
        BitSet f = pattern.flags() != 0 ? null : FirstChars.afterStart(pattern.pattern());
        this.first = f == null ? null : Arrays.copyOf(f.toLongArray(), 1024);
        if (f != null && pattern.pattern().indexOf('^') < 0) {
            this.firstAtStart = first; // without ^, the start is like any other position
        } else {
            BitSet s = f == null ? null : FirstChars.of(pattern.pattern());
            this.firstAtStart = s == null ? null : Arrays.copyOf(s.toLongArray(), 1024);
        }
    }

    /** Whether the expression matches somewhere in {@code text}, as {@code matcher(text).find()}. */
    boolean find(String text) {
        int n = text.length();
        if (first == null || n == 0) {
            return pattern.matcher(text).find();
        }
        Matcher m = null; // made at the first position a match can open: most texts have none
        for (int pos = opens(firstAtStart, text.charAt(0)) ? 0 : next(text, 1); pos < n; pos = next(text, pos + 1)) {
            if (m == null) {
                m = matcher(text);
            }
            m.region(pos, n);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A matcher for {@link #find(Matcher, String, int)}: transparent, non-anchoring bounds. */
    Matcher matcher(String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * Moves {@code m} ({@link #matcher} of {@code text}) to the first match that starts at or
     * after {@code from}, as {@link Matcher#find()} does from there: a loop that passes the end of
     * each match (one past it for an empty one) gives the matches of a {@code find()} loop.
     */
    boolean find(Matcher m, String text, int from) {
        int n = text.length();
        if (first == null) {
            return from <= n && m.region(from, n).find();
        }
        // a match is not empty here (FirstChars answers null for an expression that can be)
        if (from >= n) {
            return false;
        }
        for (int pos = from == 0 && opens(firstAtStart, text.charAt(0)) ? 0 : next(text, Math.max(from, 1)); pos < n;
                pos = next(text, pos + 1)) {
            m.region(pos, n);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the expression matches at the start of {@code text}, as {@code matcher(text).lookingAt()}. */
    boolean lookingAt(String text) {
        return pattern.matcher(text).lookingAt();
    }

    /** Whether a match can open with {@code c} by {@code bits} ({@code null}: it can). */
    private static boolean opens(long[] bits, char c) {
        return bits == null || (bits[c >>> 6] & 1L << c) != 0;
    }

    /** The first position from {@code pos} whose character can open a match, or the text's length. */
    private int next(String text, int pos) {
        long[] first = this.first;
        for (int n = text.length(); pos < n; pos++) {
            char c = text.charAt(pos);
            if ((first[c >>> 6] & 1L << c) != 0) {
                return pos;
            }
        }
        return pos;
    }
}
