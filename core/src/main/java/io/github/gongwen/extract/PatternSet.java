package io.github.gongwen.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regular expressions of a data file searched as one. A {@link Finder} reports the same
 * matches as {@code (?:r1)|(?:r2)|…} with {@link Matcher#find()} (leftmost match; at one position
 * the first expression that matches wins), but fast: at each position it tries only the
 * expressions whose match can start with the character there ({@link FirstChars}), so the
 * positions where none can start cost one table look-up. Immutable and thread-safe; a finder is
 * not.
 */
final class PatternSet {
    private final Pattern[] patterns;
    /** For each UTF-16 unit, the indices of the expressions a match can start with, or {@code null}. */
    private final int[][] byChar;
    /** The expressions a match of which can start anywhere (or be empty): tried at the text's end too. */
    private final int[] anywhere;

    private PatternSet(List<String> regexes) {
        patterns = new Pattern[regexes.size()];
        List<BitSet> firsts = new ArrayList<>();
        List<Integer> any = new ArrayList<>();
        for (int k = 0; k < patterns.length; k++) {
            patterns[k] = Patterns.check(regexes.get(k));
            BitSet f = FirstChars.of(regexes.get(k));
            firsts.add(f);
            if (f == null) {
                any.add(k);
            }
        }
        anywhere = any.stream().mapToInt(Integer::intValue).toArray();
        byChar = new int[Character.MAX_VALUE + 1][];
        if (anywhere.length > 0) {
            Arrays.fill(byChar, anywhere);
        }
        BitSet union = new BitSet();
        firsts.stream().filter(f -> f != null).forEach(union::or);
        Map<List<Integer>, int[]> shared = new HashMap<>();
        for (int c = union.nextSetBit(0); c >= 0; c = union.nextSetBit(c + 1)) {
            List<Integer> ks = new ArrayList<>();
            for (int k = 0; k < patterns.length; k++) {
                if (firsts.get(k) == null || firsts.get(k).get(c)) {
                    ks.add(k);
                }
            }
            byChar[c] = shared.computeIfAbsent(ks, l -> l.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /**
     * Compiles the expressions; {@code null} when there are none.
     *
     * @throws IllegalArgumentException naming the entry that is not a valid expression
     */
    static PatternSet of(List<String> regexes) {
        return regexes.isEmpty() ? null : new PatternSet(regexes);
    }

    /** The {@code k}-th expression. */
    Pattern pattern(int k) {
        return patterns[k];
    }

    Finder finder(String text) {
        return new Finder(text);
    }

    /** Steps through the matches in one text, left to right. */
    final class Finder {
        private final String text;
        private final Matcher[] matchers = new Matcher[patterns.length];
        private int pos;
        private int start;
        private int end;
        private int index = -1;

        private Finder(String text) {
            this.text = text;
        }

        /** Moves to the next match; {@code false} when there is none. */
        boolean find() {
            int n = text.length();
            while (pos <= n) {
                pos = skip(text, pos, n);
                int[] candidates = pos < n ? byChar[text.charAt(pos)] : anywhere;
                for (int k : candidates) {
                    Matcher m = matcher(k);
                    m.region(pos, n);
                    if (m.lookingAt()) {
                        start = m.start();
                        end = m.end();
                        index = k;
                        pos = end > start ? end : end + 1;
                        return true;
                    }
                }
                pos++;
            }
            index = -1;
            return false;
        }

        /**
         * The first position from {@code pos} where some expression can start, or {@code n}. A loop
         * of its own, so that the JIT compiles it alone instead of {@link #find} with the regex engine inlined.
         */
        private int skip(String text, int pos, int n) {
            while (pos < n && byChar[text.charAt(pos)] == null) {
                pos++;
            }
            return pos;
        }

        private Matcher matcher(int k) {
            Matcher m = matchers[k];
            if (m == null) {
                m = patterns[k].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                matchers[k] = m;
            }
            return m;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        /** Which expression matched. */
        int index() {
            return index;
        }
    }
}
