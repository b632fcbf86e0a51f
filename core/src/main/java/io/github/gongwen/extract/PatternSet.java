package io.github.gongwen.extract;

import io.github.gongwen.text.InterruptibleText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regular expressions of a data file searched as one. A {@link Finder} reports the same
 * matches as {@code (?:r1)|(?:r2)|…} with {@link Matcher#find()} (leftmost match; at one position
 * the first expression that matches wins), but fast: at each position it tries only the
 * expressions whose match can start with the character there ({@link FirstChars}), and only if
 * the next character can be the second of a match, so the positions where none can start cost a
 * table look-up or two. Immutable and thread-safe; a finder is not.
 *
 * <p>Long because the finder is its hot loop and keeps its state in a few arrays; the analysis of what a
 * pattern can start with is in {@link FirstChars}.
 */
final class PatternSet {
    private static final int[] NONE = {};
    /** Tries of an expression in one text before its required units are looked for (a scan of the text). */
    private static final byte CHECK_AFTER = 8;
    private static final byte POSSIBLE = CHECK_AFTER + 1;
    private static final byte HOPELESS = CHECK_AFTER + 2;
    private final Pattern[] patterns;
    /** For each expression, the units every match of it holds ({@link FirstChars.Start#required}); may be empty. */
    private final char[][] required;
    /**
     * For each UTF-16 unit {@code c}, in block {@code c >>> 8} at {@code c & 0xFF}, the indices of
     * the expressions a match can start with; a block of units no expression starts with is
     * {@code null}. Two levels, so that a set costs a few kilobytes, not a table of 65,536.
     */
    private final int[][][] byChar = new int[256][][];
    /** Bit {@code c} set for a unit {@code c} some expression can start with: one load per unit scanned. */
    private final long[] firstBits = new long[1024];
    /** The expressions a match of which can start anywhere (or be empty), or {@code null} for none. */
    private final int[] anywhere;
    /**
     * Bit {@code c} set for a unit {@code c} that opens a match whatever follows it (a one-unit
     * match, a second unit not known, too many pairs); such positions skip the pair test.
     */
    private final long[] anyNext = new long[1024];
    /** Hashed bits of the pairs (first unit, second unit) a match can open with ({@link #pairBit}). */
    private final long[] pairs = new long[1 << (PAIR_BITS - 6)];
    private static final int PAIR_BITS = 16;
    /** Beyond this many second units for an expression, its first units skip the pair test. */
    private static final int MAX_SECONDS = 256;

    private PatternSet(List<String> regexes) {
        patterns = new Pattern[regexes.size()];
        required = new char[patterns.length][];
        List<BitSet> firsts = new ArrayList<>();
        List<Integer> any = new ArrayList<>();
        for (int k = 0; k < patterns.length; k++) {
            patterns[k] = Patterns.check(regexes.get(k));
            FirstChars.Start start = FirstChars.start(regexes.get(k));
            required[k] = start == null ? new char[0] : units(start.required());
            BitSet f = start == null ? null : start.first();
            firsts.add(f);
            if (f == null) {
                any.add(k);
            } else {
                addPairs(start);
            }
        }
        anywhere = any.isEmpty() ? null : any.stream().mapToInt(Integer::intValue).toArray();
        BitSet union = new BitSet();
        firsts.stream().filter(f -> f != null).forEach(union::or);
        Map<List<Integer>, int[]> shared = new HashMap<>();
        for (int c = union.nextSetBit(0); c >= 0; c = union.nextSetBit(c + 1)) {
            if (c <= Character.MAX_VALUE) {
                firstBits[c >>> 6] |= 1L << c;
            }
            List<Integer> ks = new ArrayList<>();
            for (int k = 0; k < patterns.length; k++) {
                if (firsts.get(k) == null || firsts.get(k).get(c)) {
                    ks.add(k);
                }
            }
            if (byChar[c >>> 8] == null) {
                byChar[c >>> 8] = new int[256][];
                Arrays.fill(byChar[c >>> 8], anywhere);
            }
            byChar[c >>> 8][c & 0xFF] = shared.computeIfAbsent(ks, l -> l.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private void addPairs(FirstChars.Start start) {
        BitSet second = start.second();
        boolean anyNext = start.single() || second == null || second.cardinality() > MAX_SECONDS;
        BitSet first = start.first();
        for (int c = first.nextSetBit(0); c >= 0 && c <= Character.MAX_VALUE; c = first.nextSetBit(c + 1)) {
            if (anyNext) {
                this.anyNext[c >>> 6] |= 1L << c;
                continue;
            }
            for (int d = second.nextSetBit(0); d >= 0 && d <= Character.MAX_VALUE; d = second.nextSetBit(d + 1)) {
                int h = pairBit((char) c, (char) d);
                pairs[h >>> 6] |= 1L << h;
            }
        }
    }

    private static char[] units(BitSet set) {
        char[] out = new char[set.cardinality()];
        int i = 0;
        for (int c = set.nextSetBit(0); c >= 0 && c <= Character.MAX_VALUE; c = set.nextSetBit(c + 1)) {
            out[i++] = (char) c;
        }
        return Arrays.copyOf(out, i);
    }

    /** The bit of the pair {@code (c, d)} in {@link #pairs}: a multiplicative hash of both units. */
    private static int pairBit(char c, char d) {
        return ((c << 16 | d) * 0x9E3779B1) >>> (32 - PAIR_BITS);
    }

    /**
     * The first position from {@code pos} where some expression can start, or {@code n}: the unit
     * there opens an expression and the next one can follow it. A loop of its own, so that the JIT
     * compiles it alone instead of the caller with the regex engine inlined.
     */
    private int next(char[] text, int pos, int n) {
        if (anywhere != null) {
            return pos;
        }
        long[] firstBits = this.firstBits;
        long[] anyNext = this.anyNext;
        long[] pairs = this.pairs;
        for (; pos < n; pos++) {
            char c = text[pos];
            if ((firstBits[c >>> 6] & 1L << c) == 0) {
                continue;
            }
            if ((anyNext[c >>> 6] & 1L << c) != 0 || pos + 1 == n) {
                return pos;
            }
            int h = pairBit(c, text[pos + 1]);
            if ((pairs[h >>> 6] & 1L << h) != 0) {
                return pos;
            }
        }
        return pos;
    }

    /** The expressions a match of which can start with {@code c}, or {@code null} for none. */
    private int[] at(char c) {
        int[][] block = byChar[c >>> 8];
        return block == null ? anywhere : block[c & 0xFF];
    }

    /** The expressions tried at the end of the text (matches that start there are empty). */
    private int[] atEnd() {
        return anywhere == null ? NONE : anywhere;
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
        return new Finder(text, text.toCharArray());
    }

    /**
     * A finder over a long text whose characters the caller has as an array already
     * ({@code chars}, the same as {@code text.toCharArray()}): no copy is made.
     */
    Finder finder(String text, char[] chars) {
        return new Finder(text, chars);
    }

    /**
     * Every match of every expression, each expression searched alone: for expression {@code k},
     * {@code result.get(k)} holds what a {@link Matcher#find()} loop of its own would give, in
     * order, so matches of different expressions may overlap. One pass over the text: the
     * positions where no expression can start cost one table look-up. Lists are empty (and
     * shared) for expressions without a match.
     */
    List<List<MatchResult>> each(String text) {
        int n = text.length();
        List<List<MatchResult>> out = null;
        Matcher[] matchers = null;
        int[] next = null;
        char[] chars = text.toCharArray(); // C1 reads an array faster than String.charAt
        for (int pos = 0; pos <= n; pos++) {
            pos = next(chars, pos, n);
            int[] candidates = pos < n ? at(chars[pos]) : atEnd();
            for (int k : candidates) {
                if (next != null && pos < next[k]) {
                    continue;
                }
                if (matchers == null) {
                    matchers = new Matcher[patterns.length];
                    next = new int[patterns.length];
                }
                Matcher m = matchers[k];
                if (m == null) {
                    m = patterns[k].matcher(InterruptibleText.of(text)).useTransparentBounds(true).useAnchoringBounds(false);
                    matchers[k] = m;
                }
                m.region(pos, n);
                if (m.lookingAt()) {
                    if (out == null) {
                        out = new ArrayList<>(Collections.nCopies(patterns.length, List.of()));
                    }
                    if (out.get(k).isEmpty()) {
                        out.set(k, new ArrayList<>(2));
                    }
                    out.get(k).add(m.toMatchResult());
                    next[k] = m.end() > m.start() ? m.end() : m.end() + 1;
                }
            }
        }
        return out == null ? Collections.nCopies(patterns.length, List.of()) : out;
    }

    /**
     * The first position in {@code text[from, to)} where some expression may start a match, or
     * {@code to} when there is none. A match inside a part of that range (a sentence of a
     * paragraph) starts at such a position too: one that starts on the last unit of the part is
     * one unit long, and such positions are answered whatever follows. So a caller that searches
     * the sentences of a paragraph can skip those without a position.
     */
    int candidate(char[] text, int from, int to) {
        return next(text, from, to);
    }

    /** The number of expressions. */
    int size() {
        return patterns.length;
    }

    /** Steps through the matches in one text, left to right. */
    final class Finder {
        private final String text;
        /** The text as an array: C1 reads an array faster than {@link String#charAt}. */
        private final char[] chars;
        private final Matcher[] matchers = new Matcher[patterns.length];
        /**
         * For each expression: how often it has been tried (up to {@link #CHECK_AFTER}), then
         * {@link #POSSIBLE}, or {@link #HOPELESS} when the text lacks a unit every match of it holds.
         */
        private final byte[] hope = new byte[patterns.length];
        private int pos;
        private int start;
        private int end;
        private int index = -1;

        private Finder(String text, char[] chars) {
            this.text = text;
            this.chars = chars;
        }

        /**
         * Whether expression {@code k} cannot match in the text. An expression tried at many places
         * ({@code [0-9]+页珍藏版} at each digit) is looked into once: if the text lacks a unit its
         * matches need, it is not tried again. One tried a few times is just tried: finding a unit
         * missing costs a scan of the whole text ({@link String#indexOf(int)}, vectorised by C2 but
         * not by C1).
         */
        private boolean hopeless(int k) {
            byte h = hope[k];
            if (h < CHECK_AFTER) {
                hope[k] = (byte) (h + 1);
                return false;
            }
            if (h == CHECK_AFTER) {
                h = POSSIBLE;
                for (char c : required[k]) {
                    if (text.indexOf(c) < 0) {
                        h = HOPELESS;
                        break;
                    }
                }
                hope[k] = h;
            }
            return h == HOPELESS;
        }

        /** Moves to the next match; {@code false} when there is none. */
        boolean find() {
            int n = text.length();
            while (pos <= n) {
                pos = next(chars, pos, n);
                int[] candidates = pos < n ? at(chars[pos]) : atEnd();
                for (int k : candidates) {
                    if (hopeless(k)) {
                        continue;
                    }
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

        private Matcher matcher(int k) {
            Matcher m = matchers[k];
            if (m == null) {
                m = patterns[k].matcher(InterruptibleText.of(text)).useTransparentBounds(true).useAnchoringBounds(false);
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
