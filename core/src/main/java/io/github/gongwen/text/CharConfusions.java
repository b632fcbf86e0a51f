package io.github.gongwen.text;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.Arrays;
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
 * one pass in slot order, {@link CoreDictionaryTrie}), and a look-up is one probe into an
 * open-addressing table keyed by the two characters ({@link ConfusionTable}), so that the scan can
 * afford to ask at every character of a group.
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
    /** The wrong forms; {@code null} when there is no dictionary to build them from. */
    private ConfusionTable forms;

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
        if (m.forms != null) {
            m.forms.write(out);
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

    /** Reads the forms from {@code table} when its first line is {@code key}; {@code false} when it is not or {@code key} is {@code null}. */
    private boolean load(List<String> table, String key) {
        if (key == null || !table.get(0).equals(key)) {
            return false;
        }
        forms = ConfusionTable.read(table);
        return forms != null;
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
        int slot = forms == null ? -1 : forms.slot(c1 << 16 | c2);
        if (slot < 0) {
            return null;
        }
        char r1 = (char) (forms.right(slot) >>> 16);
        char r2 = (char) forms.right(slot);
        String right = "" + r1 + r2;
        int position = r1 != c1 ? 0 : 1;
        return new Confusion("" + c1 + c2, right, position, Likeness.values()[forms.kind(slot)],
                CoreDictionary.getTermFrequency(right));
    }

    /** How many wrong forms the model knows. */
    public int size() {
        return forms == null ? 0 : forms.size();
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
        char[] nps = Arrays.copyOf(ps, ps.length + 1);
        Likeness[] nks = Arrays.copyOf(ks, ks.length + 1);
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
        CoreDictionaryTrie trie = CoreDictionaryTrie.of();
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
        forms = new ConfusionTable(found.size());
        for (int[] f : found) {
            forms.put(f[0], f[1], (byte) f[2]);
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
}
