package io.github.gongwen.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Finds every occurrence of a set of literal strings in one pass over a text: a trie walked from
 * each position, with a set of first characters to skip most positions at once. Built once,
 * immutable and thread-safe.
 */
public final class WordTrie {
    /** Receives the occurrences found by {@link #find}. */
    @FunctionalInterface
    public interface Hit {
        /** The word {@code index} (its place in the list given to the constructor) at {@code [start, end)}. */
        void found(int index, int start, int end);
    }

    private final Node root = new Node();
    private final BitSet first = new BitSet(Character.MAX_VALUE + 1);
    private final int size;

    /** A trie of {@code words}; empty strings are ignored. */
    public WordTrie(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.isEmpty()) {
                continue;
            }
            Node n = root;
            for (int k = 0; k < w.length(); k++) {
                n = n.child(w.charAt(k), true);
            }
            n.words.add(i);
            first.set(w.charAt(0));
        }
        root.freeze();
        this.size = words.size();
    }

    /** The number of words the trie was built from. */
    public int size() {
        return size;
    }

    /** Reports every occurrence in {@code text}, by start then by length. */
    public void find(CharSequence text, Hit hit) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!first.get(text.charAt(i))) {
                continue;
            }
            Node node = root;
            for (int j = i; j < n; j++) {
                node = node.child(text.charAt(j), false);
                if (node == null) {
                    break;
                }
                for (int w : node.indexes) {
                    hit.found(w, i, j + 1);
                }
            }
        }
    }

    private static final class Node {
        private char[] keys = new char[0];
        private Node[] next = new Node[0];
        private final List<Integer> words = new ArrayList<>(1);
        private int[] indexes = new int[0];

        Node child(char c, boolean create) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return next[at];
            }
            if (!create) {
                return null;
            }
            int ins = -at - 1;
            char[] k = new char[keys.length + 1];
            Node[] x = new Node[next.length + 1];
            System.arraycopy(keys, 0, k, 0, ins);
            System.arraycopy(next, 0, x, 0, ins);
            System.arraycopy(keys, ins, k, ins + 1, keys.length - ins);
            System.arraycopy(next, ins, x, ins + 1, next.length - ins);
            Node node = new Node();
            k[ins] = c;
            x[ins] = node;
            keys = k;
            next = x;
            return node;
        }

        void freeze() {
            indexes = words.stream().mapToInt(Integer::intValue).toArray();
            for (Node n : next) {
                n.freeze();
            }
        }
    }
}
