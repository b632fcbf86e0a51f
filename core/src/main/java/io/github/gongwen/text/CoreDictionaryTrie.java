package io.github.gongwen.text;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.lang.reflect.Field;
import java.util.Arrays;

/**
 * Direct steps through the core dictionary's double-array trie (HanLP 1.8's layout: the child
 * of the node with base {@code b} by character {@code c} is at {@code b + c + 1} when its check
 * is {@code b}; a word ends where the child at {@code b} itself has a negative base). Read through
 * reflection, so that the confusion model can walk the whole dictionary in one pass.
 */
record CoreDictionaryTrie(int[] base, int[] check) {
    static CoreDictionaryTrie of() {
        try {
            CoreDictionary.contains("一"); // loads the dictionary
            Field b = DoubleArrayTrie.class.getDeclaredField("base");
            Field c = DoubleArrayTrie.class.getDeclaredField("check");
            b.setAccessible(true);
            c.setAccessible(true);
            return new CoreDictionaryTrie((int[]) b.get(CoreDictionary.trie), (int[]) c.get(CoreDictionary.trie));
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
        int[] fill = Arrays.copyOf(first, first.length);
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
