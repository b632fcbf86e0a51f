package io.github.gongwen.text;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * A confusion model for two-character words: the written forms that no dictionary word has but
 * that a frequent word of HanLP's core dictionary becomes when one of its characters is replaced by
 * a similar one ({@code 探素} for 探索, {@code 部暑} for 部署, {@code 实千} for 实干). Which
 * characters are similar is given by groups (characters of similar shape such as 干千于, or of the
 * same sound that writers confuse, such as 健键建); within a group each character may stand for
 * each other. Built once from the dictionary and immutable; thread-safe.
 *
 * <p>Building walks the dictionary's double-array trie directly (one probe per candidate pair,
 * one pass in slot order), and a look-up is one probe into an open-addressing table keyed by the two
 * characters, so that the scan can afford to ask at every character of a group.
 */
public final class CharConfusions {
    /** Whether two characters are alike in shape, in sound, or both. */
    public enum Likeness {
        SHAPE("形近"), SOUND("音同"), BOTH("音形相近");

        private final String label;

        Likeness(String label) {
            this.label = label;
        }

        /** The Chinese word for the likeness, for messages. */
        public String label() {
            return label;
        }
    }

    /** A form that is no word and the frequent word it likely stands for. */
    public record Confusion(String wrong, String right, int position, Likeness likeness, int frequency) {
    }


    /** Bit {@code c} set when {@code c} belongs to a group. */
    private final long[] members = new long[1024];
    /** For each member character, the characters it may be written for, and how they are alike. */
    private final char[][] partners = new char[65536][];
    private final Likeness[][] likeness = new Likeness[65536][];
    private final int minFrequency;
    /** Open addressing: keys are the two characters of a wrong form ({@code c1 << 16 | c2}), 0 is empty. */
    private int[] keys;
    private int[] rights;
    private byte[] kinds;
    private int count;

    /**
     * A model over the groups {@code groups}: each a likeness and the characters that are alike
     * ({@code 干千于}); only words of at least {@code minFrequency} in the core dictionary count.
     */
    public CharConfusions(List<Group> groups, int minFrequency) {
        this(groups, minFrequency, List.of());
    }

    /**
     * The same model, taken from {@code table} (what {@link #table} wrote for these groups, this
     * frequency and this dictionary) when it fits them, so that the dictionary need not be walked;
     * built from the dictionary when it does not.
     */
    public CharConfusions(List<Group> groups, int minFrequency, List<String> table) {
        this.minFrequency = minFrequency;
        for (Group g : groups) {
            String cs = g.chars();
            for (int i = 0; i < cs.length(); i++) {
                for (int j = 0; j < cs.length(); j++) {
                    if (i != j) {
                        link(cs.charAt(i), cs.charAt(j), g.likeness());
                    }
                }
            }
        }
        if (table.isEmpty() || !load(table, key(groups, minFrequency))) {
            build();
        }
    }

    /**
     * The model of {@code groups} as lines of text: a first line with the key of the groups, the
     * frequency and the dictionary, then one line per wrong form ({@code 探素 探索 0}: wrong form,
     * word, likeness). Written by the build next to the default groups, read by the constructor.
     */
    public static List<String> table(List<Group> groups, int minFrequency) {
        CharConfusions m = new CharConfusions(groups, minFrequency);
        List<String> out = new ArrayList<>();
        out.add(key(groups, minFrequency));
        if (m.keys == null) {
            return out;
        }
        for (int i = 0; i < m.keys.length; i++) { // slot order: put back in this order, the slots are the same
            if (m.keys[i] != 0) {
                out.add("" + (char) (m.keys[i] >>> 16) + (char) m.keys[i] + "\t" + (char) (m.rights[i] >>> 16)
                        + (char) m.rights[i] + "\t" + m.kinds[i]);
            }
        }
        return out;
    }

    /**
     * What a model depends on: the groups, the least frequency and HanLP's core dictionary (its
     * size, which loads it).
     */
    private static String key(List<Group> groups, int minFrequency) {
        long h = 0xcbf29ce484222325L;
        StringBuilder b = new StringBuilder();
        for (Group g : groups) {
            b.append(g.likeness().name()).append('\t').append(g.chars()).append('\n');
        }
        b.append(minFrequency);
        for (int i = 0; i < b.length(); i++) {
            h = (h ^ b.charAt(i)) * 0x100000001b3L;
        }
        try {
            // appended, not concatenated: the first concatenation of a shape costs a JVM milliseconds
            return new StringBuilder("model\t").append(Long.toHexString(h)).append('\t').append(CoreDictionary.trie.size())
                    .append('\t').append(CoreDictionary.trie.getSize()).toString();
        } catch (RuntimeException | LinkageError e) {
            return null; // no dictionary to check the table against: built (or not) as without one
        }
    }

    /** Fills the table from {@code table} when its first line is {@code key}; {@code false} when it is not or {@code key} is {@code null}. */
    private boolean load(List<String> table, String key) {
        if (key == null || !table.get(0).equals(key)) {
            return false;
        }
        int capacity = Integer.highestOneBit(Math.max(16, (table.size() - 1) * 3)) << 1;
        keys = new int[capacity];
        rights = new int[capacity];
        kinds = new byte[capacity];
        for (int i = 1; i < table.size(); i++) {
            String line = table.get(i);
            if (line.length() < 7 || line.charAt(2) != '\t' || line.charAt(5) != '\t') {
                keys = null;
                count = 0;
                return false;
            }
            put(line.charAt(0) << 16 | line.charAt(1), line.charAt(3) << 16 | line.charAt(4),
                    Byte.parseByte(line.substring(6)));
        }
        return true;
    }

    /** Characters alike in one way. */
    public record Group(Likeness likeness, String chars) {
    }

    /** Whether {@code c} belongs to a group (the cheap test before {@link #find}). */
    public boolean isMember(char c) {
        return (members[c >>> 6] & (1L << c)) != 0;
    }

    /** The confusion for the two characters {@code c1 c2}, or {@code null} when they are none. */
    public Confusion find(char c1, char c2) {
        if (keys == null) {
            return null;
        }
        int key = c1 << 16 | c2;
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                char r1 = (char) (rights[i] >>> 16);
                char r2 = (char) rights[i];
                String right = "" + r1 + r2;
                int position = r1 != c1 ? 0 : 1;
                return new Confusion("" + c1 + c2, right, position, Likeness.values()[kinds[i]],
                        CoreDictionary.getTermFrequency(right));
            }
        }
        return null;
    }

    /** How many wrong forms the model knows. */
    public int size() {
        return count;
    }

    private void link(char a, char b, Likeness kind) {
        members[a >>> 6] |= 1L << a;
        char[] ps = partners[a];
        Likeness[] ks = likeness[a];
        if (ps == null) {
            partners[a] = new char[] {b};
            likeness[a] = new Likeness[] {kind};
            return;
        }
        for (int i = 0; i < ps.length; i++) {
            if (ps[i] == b) {
                if (ks[i] != kind) {
                    ks[i] = Likeness.BOTH;
                }
                return;
            }
        }
        char[] nps = java.util.Arrays.copyOf(ps, ps.length + 1);
        Likeness[] nks = java.util.Arrays.copyOf(ks, ks.length + 1);
        nps[ps.length] = b;
        nks[ks.length] = kind;
        partners[a] = nps;
        likeness[a] = nks;
    }

    /**
     * Every frequent two-character word with a member character {@code r} at one end, written with
     * a partner {@code w} of {@code r} instead, is a wrong form unless that too is a word.
     */
    private void build() {
        Trie trie = Trie.of();
        if (trie == null) {
            return;
        }
        List<int[]> found = new ArrayList<>(); // {wrong, right, kind}
        trie.twoCharWords((a, b, id) -> {
            if (!isMember(a) && !isMember(b) || CoreDictionary.get(id).totalFrequency < minFrequency
                    || !Chars.isHan(a) || !Chars.isHan(b) || isName(id)) {
                return;
            }
            if (isMember(a)) {
                add(found, a, b, 0);
            }
            if (isMember(b)) {
                add(found, a, b, 1);
            }
        });
        int capacity = Integer.highestOneBit(Math.max(16, found.size() * 3)) << 1;
        keys = new int[capacity];
        rights = new int[capacity];
        kinds = new byte[capacity];
        for (int[] f : found) {
            put(f[0], f[1], (byte) f[2]);
        }
    }

    private static boolean isName(int id) {
        CoreDictionary.Attribute a = CoreDictionary.get(id);
        String n = a.nature.length == 0 ? "" : a.nature[0].toString();
        return n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt");
    }

    /** Adds the forms of the word {@code a b} with the character at {@code position} replaced by each partner. */
    private void add(List<int[]> found, char a, char b, int position) {
        char r = position == 0 ? a : b;
        char[] ps = partners[r];
        Likeness[] ks = likeness[r];
        for (int i = 0; i < ps.length; i++) {
            String wrong = position == 0 ? "" + ps[i] + b : "" + a + ps[i];
            if (!CoreDictionary.contains(wrong)) {
                found.add(new int[] {wrong.charAt(0) << 16 | wrong.charAt(1), a << 16 | b, ks[i].ordinal()});
            }
        }
    }

    private void put(int key, int right, byte kind) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) { // two words for one wrong form: keep the more frequent
                if (freq(right) > freq(rights[i])) {
                    rights[i] = right;
                    kinds[i] = kind;
                }
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        rights[i] = right;
        kinds[i] = kind;
        count++;
    }

    private static int freq(int pair) {
        return CoreDictionary.getTermFrequency("" + (char) (pair >>> 16) + (char) pair);
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * Direct steps through the core dictionary's double-array trie (HanLP 1.8's layout: the child
     * of the node with base {@code b} by character {@code c} is at {@code b + c + 1} when its check
     * is {@code b}; a word ends where the child at {@code b} itself has a negative base).
     */
    private record Trie(int[] base, int[] check) {
        static Trie of() {
            try {
                CoreDictionary.contains("一"); // loads the dictionary
                Field b = DoubleArrayTrie.class.getDeclaredField("base");
                Field c = DoubleArrayTrie.class.getDeclaredField("check");
                b.setAccessible(true);
                c.setAccessible(true);
                return new Trie((int[]) b.get(CoreDictionary.trie), (int[]) c.get(CoreDictionary.trie));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null; // another HanLP layout: no model, no findings
            }
        }

        /** Receives the two-character words of the dictionary. */
        interface Pair {
            void word(char a, char b, int id);
        }

        /**
         * Calls {@code out} with every two-character word: the children of each node are found by
         * one counting sort of the slots by their check (the base of their parent), so the walk
         * reads the arrays in order instead of probing every character at every node.
         */
        void twoCharWords(Pair out) {
            int n = check.length;
            int max = 0;
            for (int c : check) {
                max = Math.max(max, c);
            }
            int[] first = new int[max + 2];
            for (int p = 1; p < n; p++) {
                if (check[p] > 0) {
                    first[check[p] + 1]++;
                }
            }
            for (int i = 1; i < first.length; i++) {
                first[i] += first[i - 1];
            }
            int[] slots = new int[first[first.length - 1]];
            int[] fill = java.util.Arrays.copyOf(first, first.length);
            for (int p = 1; p < n; p++) {
                if (check[p] > 0) {
                    slots[fill[check[p]]++] = p;
                }
            }
            int root = base[0];
            for (int i = first[root]; i < first[root + 1]; i++) {
                int p = slots[i];
                char a = (char) (p - root - 1);
                int b1 = base[p];
                if (b1 <= 0 || b1 + 1 >= first.length) {
                    continue;
                }
                for (int j = first[b1]; j < first[b1 + 1]; j++) {
                    int q = slots[j];
                    int c = q - b1 - 1;
                    if (c < 0) {
                        continue;
                    }
                    int end = base[q];
                    if (end > 0 && end < n && check[end] == end && base[end] < 0) {
                        out.word(a, (char) c, -base[end] - 1);
                    }
                }
            }
        }
    }
}
