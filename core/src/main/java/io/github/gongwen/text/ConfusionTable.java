package io.github.gongwen.text;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.List;

/**
 * The wrong forms of a confusion model by their two characters: an open-addressing table whose keys
 * are the two characters of a wrong form ({@code c1 << 16 | c2}, 0 for an empty slot), with the word
 * each stands for and the likeness of the replaced character. Written out and read back as lines
 * ({@code 探素 探索 0}: wrong form, word, likeness) in slot order, so that the slots come out the same.
 */
final class ConfusionTable {
    private final int[] keys;
    private final int[] rights;
    private final byte[] kinds;
    private int count;

    /** An empty table with room for {@code entries} forms. */
    ConfusionTable(int entries) {
        int capacity = Integer.highestOneBit(Math.max(16, entries * 3)) << 1;
        keys = new int[capacity];
        rights = new int[capacity];
        kinds = new byte[capacity];
    }

    /** The table of {@code lines} from index 1 on (as {@link #write} wrote them), or {@code null} when one is not such a line. */
    static ConfusionTable read(List<String> lines) {
        ConfusionTable t = new ConfusionTable(lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() < 7 || line.charAt(2) != '\t' || line.charAt(5) != '\t') {
                return null;
            }
            t.put(line.charAt(0) << 16 | line.charAt(1), line.charAt(3) << 16 | line.charAt(4),
                    Byte.parseByte(line.substring(6)));
        }
        return t;
    }

    /** Adds one line per wrong form to {@code out}, in slot order. */
    void write(List<String> out) {
        for (int i = 0; i < keys.length; i++) { // slot order: put back in this order, the slots are the same
            if (keys[i] != 0) {
                out.add("" + (char) (keys[i] >>> 16) + (char) keys[i] + "\t" + (char) (rights[i] >>> 16)
                        + (char) rights[i] + "\t" + kinds[i]);
            }
        }
    }

    /**
     * Adds the wrong form {@code key} for the word {@code right} ({@code r1 << 16 | r2}); of two words
     * for one wrong form, the more frequent in the core dictionary is kept.
     */
    void put(int key, int right, byte kind) {
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

    /** The slot of the wrong form {@code key}, or -1 when it is none. */
    int slot(int key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return i;
            }
        }
        return -1;
    }

    /** The word of the form in {@code slot}, as {@code r1 << 16 | r2}. */
    int right(int slot) {
        return rights[slot];
    }

    /** The likeness (its ordinal) of the form in {@code slot}. */
    byte kind(int slot) {
        return kinds[slot];
    }

    /** How many wrong forms the table holds. */
    int size() {
        return count;
    }

    private static int freq(int pair) {
        return CoreDictionary.getTermFrequency("" + (char) (pair >>> 16) + (char) pair);
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
