package io.github.gongwen.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.dictionary.py.PinyinDictionary;
import io.github.gongwen.fact.TermVariant;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.WordSegmenter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a local name or term that the document writes once with one character changed: the two
 * characters before a name suffix (村, 镇, 乡, 街道, 社区, 居委会, 办 …) are taken as the
 * document's terms ({@code 门头村}, {@code 创城办}); a two-character form that differs from a term
 * in one character, where one form occurs once and the other at least twice, neither is a
 * dictionary word, and the differing characters sound the same (HanLP's pinyin, tones aside) or
 * belong to one group of {@code typo-chars.tsv}, is reported as the rare form of the frequent one
 * ({@code 橙冲居委会} in a document about {@code 枨冲}). Two cheap passes: one at the suffix
 * characters, one with a bitmap test at every character; the dictionary and the pinyin are asked
 * only about the pairs found.
 */
public final class TermVariantScanner implements Extractor {
    @Override public Set<Class<?>> produces() { return Set.of(TermVariant.class); }

    private static final String SUFFIXES = "村镇乡县办街社居";
    /** What must follow the suffix characters that start longer suffixes (街道, 社区, 居委会). */
    private static final String[] LONG_SUFFIXES = {"街道", "社区", "居委"};
    /** Function characters and numerals: a pair with one of them is no name. */
    private static final String FUNCTION = "的地得了着过是和与及或在有无不没也都就又还很更最将把被使让给对向从以为于之其这那此该各每某一二三四五六七八九十百千万亿两几多少大小上下中内外前后来去个第等要会能可";
    private static final int MIN_REPEATS = 2;
    /** The size in longs of the character filters of the scan for terms and variants (a power of 2). */
    private static final int FILTER_WORDS = 256;
    /** By character: 1 + its index in {@link #SUFFIXES}, or 0. */
    private static final byte[] SUFFIX_INDEX = new byte[Character.MAX_VALUE + 1];

    /** The characters of {@link #SUFFIXES} as bits by character (8 KB: the scan of Chinese text reads less than 3 KB). */
    private static final long[] SUFFIX_BITS = new long[(Character.MAX_VALUE + 1) / 64];
    /** By character: whether it is in {@link #FUNCTION}. */
    private static final boolean[] FUNCTION_CHAR = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int k = 0; k < SUFFIXES.length(); k++) {
            SUFFIX_INDEX[SUFFIXES.charAt(k)] = (byte) (k + 1);
            SUFFIX_BITS[SUFFIXES.charAt(k) >>> 6] |= 1L << SUFFIXES.charAt(k);
        }
        for (int k = 0; k < FUNCTION.length(); k++) {
            FUNCTION_CHAR[FUNCTION.charAt(k)] = true;
        }
    }

    private static final byte UNKNOWN = 0;
    private static final byte WORD = 1;
    private static final byte NO_WORD = 2;


    private final List<String> groups = new ArrayList<>();
    /** By character: the groups of {@code typo-chars.tsv} it belongs to, as bits (by index in {@link #groups}). */
    private final Map<Character, long[]> groupsOf = new HashMap<>();
    /**
     * Whether a suffix character forms a dictionary word with the character before it, by suffix
     * index and that character ({@link #UNKNOWN} until asked): most pairs recur (农村, 举办). A row
     * is made on first use; a cell is written with the same value by whichever thread asks first.
     */
    private final byte[][] wordBefore = new byte[SUFFIXES.length()][];
    /** The same for the character after the suffix character (镇压, 办法). */
    private final byte[][] wordAfter = new byte[SUFFIXES.length()][];

    public TermVariantScanner(Lexicon lexicon) {
        for (String[] row : lexicon.table(ConfusionScanner.GROUPS, 2)) {
            groups.add(row[1]);
        }
        for (int g = 0; g < groups.size(); g++) {
            String chars = groups.get(g);
            for (int i = 0; i < chars.length(); i++) {
                long[] bits = groupsOf.computeIfAbsent(chars.charAt(i), c -> new long[(groups.size() + 63) / 64]);
                bits[g >>> 6] |= 1L << g;
            }
        }
    }

    @Override
    public void extract(Facts facts) {
        char[] t = facts.chars();
        Map<Integer, int[]> terms = new HashMap<>(); // bigram -> {count, first start}
        // the suffix characters in one pass, their places kept by suffix in text order
        int[][] at = new int[SUFFIXES.length()][];
        int[] count = new int[SUFFIXES.length()];
        long[] suffixBits = SUFFIX_BITS;
        for (int i = 2; i < t.length; i++) {
            char c = t[i];
            if ((suffixBits[c >>> 6] & (1L << c)) != 0) {
                int k = SUFFIX_INDEX[c] - 1;
                int[] a = at[k];
                if (a == null) {
                    a = at[k] = new int[8];
                } else if (count[k] == a.length) {
                    a = at[k] = java.util.Arrays.copyOf(a, a.length * 2);
                }
                a[count[k]++] = i;
            }
        }
        for (int k = 0; k < SUFFIXES.length(); k++) {
            for (int n = 0; n < count[k]; n++) {
                int i = at[k][n];
                if (name(t[i - 2], t[i - 1]) && !terms.containsKey(key(t[i - 2], t[i - 1])) && suffixAt(t, i)
                        && !CoreDictionary.contains(new String(t, i - 2, 2))) { // a local name, not 发展|县
                    terms.put(key(t[i - 2], t[i - 1]), new int[] {0, -1});
                }
            }
        }
        if (terms.isEmpty()) {
            return;
        }
        Map<Character, List<Integer>> byFirst = new HashMap<>();
        Map<Character, List<Integer>> bySecond = new HashMap<>();
        for (int k : terms.keySet()) {
            byFirst.computeIfAbsent((char) (k >>> 16), x -> new ArrayList<>(2)).add(k);
            bySecond.computeIfAbsent((char) k, x -> new ArrayList<>(2)).add(k);
        }
        long[] firsts = bitmap(byFirst);
        long[] seconds = bitmap(bySecond);
        int[] hot = new int[64];
        int hots = 0;
        // each character read once: whether it may be a term's first character is kept for the next pair
        boolean aFirst = t.length > 0 && (firsts[(t[0] >>> 6) & (FILTER_WORDS - 1)] & (1L << t[0])) != 0;
        for (int j = 0, last = t.length - 1; j < last; j++) {
            char b = t[j + 1];
            int w = (b >>> 6) & (FILTER_WORDS - 1);
            long bit = 1L << b;
            if (aFirst || (seconds[w] & bit) != 0) { // perhaps a term's character
                if (hots == hot.length) {
                    hot = java.util.Arrays.copyOf(hot, hots * 2);
                }
                hot[hots++] = j;
            }
            aFirst = (firsts[w] & bit) != 0;
        }
        Map<Integer, int[]> variants = new HashMap<>(); // bigram -> {count, first start, term}
        for (int h = 0; h < hots; h++) {
            int j = hot[h];
            char a = t[j];
            char b = t[j + 1];
            int k = key(a, b);
            int[] exact = terms.get(k);
            if (exact != null) {
                count(exact, j);
                continue;
            }
            int[] v = variants.get(k);
            if (v == null) {
                int term = nearTerm(byFirst.get(a), k);
                if (term == 0) {
                    term = nearTerm(bySecond.get(b), k);
                }
                if (term == 0 || !name(a, b)) {
                    continue;
                }
                v = new int[] {0, -1, term};
                variants.put(k, v);
            }
            count(v, j);
        }
        for (Map.Entry<Integer, int[]> v : variants.entrySet()) {
            int term = v.getValue()[2];
            compare(facts, v.getKey(), v.getValue(), term, terms.get(term));
            compare(facts, term, terms.get(term), v.getKey(), v.getValue());
        }
        List<Integer> keys = new ArrayList<>(terms.keySet());
        for (int i = 0; i < keys.size(); i++) {
            for (int j = 0; j < keys.size(); j++) {
                if (i != j && oneApart(keys.get(i), keys.get(j))) {
                    compare(facts, keys.get(i), terms.get(keys.get(i)), keys.get(j), terms.get(keys.get(j)));
                }
            }
        }
    }

    /**
     * The characters of {@code index} as bits of a filter of 16K bits (by the character's value
     * modulo 16K): a character not in the filter is not in the index; one in it may be.
     */
    private static long[] bitmap(Map<Character, List<Integer>> index) {
        long[] bits = new long[FILTER_WORDS];
        for (char c : index.keySet()) {
            bits[(c >>> 6) & (FILTER_WORDS - 1)] |= 1L << c;
        }
        return bits;
    }

    /** A term of {@code candidates} one character apart from {@code k}, or 0. */
    private static int nearTerm(List<Integer> candidates, int k) {
        if (candidates != null) {
            for (int term : candidates) {
                if (oneApart(term, k)) {
                    return term;
                }
            }
        }
        return 0;
    }

    /** Reports {@code rare} as a slip for {@code often} when the counts and the characters say so. */
    private void compare(Facts facts, int rare, int[] rareSeen, int often, int[] oftenSeen) {
        if (rareSeen[0] != 1 || oftenSeen[0] < MIN_REPEATS || !oneApart(rare, often)) {
            return;
        }
        String r = text(rare);
        String o = text(often);
        int d = r.charAt(0) != o.charAt(0) ? 0 : 1;
        String likeness = likeness(r.charAt(d), o.charAt(d));
        if (likeness == null) {
            return;
        }
        if (CoreDictionary.contains(r) || CoreDictionary.contains(o) || CustomDictionary.contains(r)
                || CustomDictionary.contains(o)) {
            return;
        }
        int start = rareSeen[1];
        String text = facts.source().text();
        if (WordSegmenter.crossedByWord(WordSegmenter.around(text, start, start + 2), start, start + 2)) {
            return;
        }
        facts.add(new TermVariant(r, o, likeness, oftenSeen[0], start, start + 2, facts.source().lines().line(start)));
    }

    private String likeness(char a, char b) {
        long[] ga = groupsOf.get(a);
        long[] gb = groupsOf.get(b);
        if (ga != null && gb != null) {
            for (int w = 0; w < ga.length; w++) {
                if ((ga[w] & gb[w]) != 0) {
                    return "形近"; // a group holds both
                }
            }
        }
        Pinyin[] pa = PinyinDictionary.get(String.valueOf(a));
        Pinyin[] pb = PinyinDictionary.get(String.valueOf(b));
        if (pa != null && pb != null) {
            for (Pinyin x : pa) {
                for (Pinyin y : pb) {
                    if (x != Pinyin.none5 && x.getPinyinWithoutTone().equals(y.getPinyinWithoutTone())) {
                        return "音同";
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether a suffix starts at {@code i}: the long ones in full (街道, 社区, 居委), the others
     * where they form no word with the character before (农村, 举办) or after (镇压, 办法) it, but
     * for 村委, 镇党委, 乡政府.
     */
    private boolean suffixAt(char[] t, int i) {
        int k = SUFFIX_INDEX[t[i]] - 1;
        for (String s : LONG_SUFFIXES) {
            if (t[i] == s.charAt(0)) {
                return i + 1 < t.length && t[i + 1] == s.charAt(1) && !pairWord(wordBefore, k, t[i - 1], t[i - 1], t[i]);
            }
        }
        if (pairWord(wordBefore, k, t[i - 1], t[i - 1], t[i])) {
            return false;
        }
        return i + 1 >= t.length || "委党政".indexOf(t[i + 1]) >= 0 || !pairWord(wordAfter, k, t[i + 1], t[i], t[i + 1]);
    }

    /** Whether {@code a b} is in the core dictionary, remembered in {@code table} by suffix {@code k} and the other character. */
    private static boolean pairWord(byte[][] table, int k, char other, char a, char b) {
        byte[] row = table[k];
        if (row == null) {
            row = new byte[Character.MAX_VALUE + 1];
            table[k] = row; // a benign race: a row lost to another thread's is asked again
        }
        byte v = row[other];
        if (v == UNKNOWN) {
            v = CoreDictionary.contains(new String(new char[] {a, b})) ? WORD : NO_WORD;
            row[other] = v;
        }
        return v == WORD;
    }

    /** Whether two characters can be the name before a suffix: Han, no suffix, no function character. */
    private static boolean name(char a, char b) {
        return Chars.isHan(a) && Chars.isHan(b) && SUFFIX_INDEX[b] == 0 && !FUNCTION_CHAR[a] && !FUNCTION_CHAR[b];
    }

    private static boolean oneApart(int x, int y) {
        return x != y && ((x >>> 16) == (y >>> 16) || (x & 0xFFFF) == (y & 0xFFFF));
    }

    private static void count(int[] seen, int at) {
        if (seen[0]++ == 0) {
            seen[1] = at;
        }
    }

    private static int key(char a, char b) {
        return a << 16 | b;
    }

    private static String text(int k) {
        return "" + (char) (k >>> 16) + (char) k;
    }
}
