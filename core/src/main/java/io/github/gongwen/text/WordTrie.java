package io.github.gongwen.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds every occurrence of a set of literal strings in one pass over a text: a trie walked from
 * each position. Built once, immutable and thread-safe.
 *
 * <p>The scan is the hot loop of the extractors that use it, and the CLI runs with the C1
 * compiler only, so the trie is laid out for cheap steps: the children of the root are a
 * two-level table indexed by the character, behind a bitmap of first characters (most positions
 * cost one array load), and the other
 * nodes are numbered, with their children in small sorted arrays searched linearly (few nodes
 * below the root have more than a handful of children).
 *
 * <p>Why not HanLP's {@code AhoCorasickDoubleArrayTrie}, which is on the class path: measured with
 * {@code bench/run.sh --jmh TrieBenchmark} on the real word lists over the 20 KB bench report
 * (2026-12-03, medians of 10 one-second iterations, a loaded 2-core machine), this trie finds the
 * wrong forms of {@code typos.tsv}, the formulation anchors and pieces and the site-sentence triggers
 * in 50, 47 and 28 µs under C1 (the launcher's compiler) against 237, 151 and 92 µs for HanLP's in
 * the order the extractors need (by start, then length; 137, 106 and 95 µs for its scan alone, in
 * its own order), and in 73, 44 and 29 µs under C2 against 81, 95 and 42 µs. Most positions of a
 * report start no word, and the bitmap skip costs them one load, where the automaton takes a
 * transition at every character. HanLP's trie is used where its guarantee matters more than these
 * microseconds: the user's house-word list, of any size ({@code HouseWordScanner}).
 */
public final class WordTrie {
    /** Receives the occurrences found by {@link #find}. */
    @FunctionalInterface
    public interface Hit {
        /** The word {@code index} (its place in the list given to the constructor) at {@code [start, end)}. */
        void found(int index, int start, int end);
    }

    private static final int[] NO_WORDS = {};
    private static final char[] NO_KEYS = {};
    private static final int PAIR_BITS = 16;

    /**
     * For each UTF-16 unit {@code c}, in block {@code c >>> 8} at {@code c & 0xFF}, the node a word
     * starting with {@code c} leads to, or 0; a block of units no word starts with is {@code null}.
     */
    private final int[][] root = new int[256][];
    /** Bit {@code c} set when a word starts with {@code c}: the one load most positions cost in {@link #skip}. */
    private final long[] starts = new long[1024];
    /** Bit {@code c} set when {@code c} alone is a word. */
    private final long[] alone = new long[1024];
    /** Bit {@link #pair} set for the first two characters of each longer word (others may share it). */
    private final long[] pairs = new long[1 << (PAIR_BITS - 6)];
    /** For each node (0 is the root, unused here), the characters of its children, ascending. */
    private final char[][] keys;
    /** For each node, its children, in the order of {@link #keys}. */
    private final int[][] next;
    /** For each node, the indexes of the words that end there, ascending. */
    private final int[][] words;
    private final int size;

    /** A trie of {@code words}; empty strings are ignored. */
    public WordTrie(List<String> words) {
        Building top = new Building();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.isEmpty()) {
                continue;
            }
            Building n = top;
            for (int k = 0; k < w.length(); k++) {
                n = n.children.computeIfAbsent(w.charAt(k), c -> new Building());
            }
            n.words.add(i);
            char c = w.charAt(0);
            if (w.length() == 1) {
                alone[c >>> 6] |= 1L << c;
            } else {
                int h = pair(c, w.charAt(1));
                pairs[h >>> 6] |= 1L << h;
            }
        }
        List<Building> nodes = number(top);
        this.keys = new char[nodes.size()][];
        this.next = new int[nodes.size()][];
        this.words = new int[nodes.size()][];
        for (int id = 0; id < nodes.size(); id++) {
            Building b = nodes.get(id);
            keys[id] = b.children.isEmpty() ? NO_KEYS : new char[b.children.size()];
            next[id] = new int[b.children.size()];
            int at = 0;
            for (var e : b.children.entrySet()) {
                keys[id][at] = e.getKey();
                next[id][at] = e.getValue().id;
                at++;
            }
            this.words[id] = b.words.isEmpty() ? NO_WORDS : b.words.stream().mapToInt(Integer::intValue).toArray();
        }
        for (var e : top.children.entrySet()) {
            char c = e.getKey();
            if (root[c >>> 8] == null) {
                root[c >>> 8] = new int[256];
            }
            root[c >>> 8][c & 0xFF] = e.getValue().id;
            starts[c >>> 6] |= 1L << c;
        }
        this.size = words.size();
    }

    /** Numbers the nodes breadth first, the root 0, and lists them by number. */
    private static List<Building> number(Building top) {
        List<Building> out = new ArrayList<>();
        Deque<Building> queue = new ArrayDeque<>();
        queue.add(top);
        while (!queue.isEmpty()) {
            Building b = queue.poll();
            b.id = out.size();
            out.add(b);
            queue.addAll(b.children.values());
        }
        return out;
    }

    /** The number of words the trie was built from. */
    public int size() {
        return size;
    }

    /** Reports every occurrence in {@code text}, by start then by length. */
    public void find(String text, Hit hit) {
        find(text.toCharArray(), hit);
    }

    /** Reports every occurrence in {@code text}, by start then by length. */
    public void find(char[] text, Hit hit) {
        int n = text.length;
        for (int i = skip(text, 0); i < n; i = skip(text, i + 1)) {
            char c = text[i];
            int node = root[c >>> 8][c & 0xFF];
            for (int j = i + 1;; j++) {
                for (int w : words[node]) {
                    hit.found(w, i, j);
                }
                if (j == n || (node = child(node, text[j])) == 0) {
                    break;
                }
            }
        }
    }

    /** Reports every occurrence inside {@code [from, to)} of {@code text}, by start then by length. */
    public void find(char[] text, int from, int to, Hit hit) {
        for (int i = skip(text, from, to); i < to; i = skip(text, i + 1, to)) {
            char c = text[i];
            int node = root[c >>> 8][c & 0xFF];
            for (int j = i + 1;; j++) {
                for (int w : words[node]) {
                    hit.found(w, i, j);
                }
                if (j == to || (node = child(node, text[j])) == 0) {
                    break;
                }
            }
        }
    }

    /** {@link #skip(char[], int)} within {@code [i, to)}. */
    private int skip(char[] text, int i, int to) {
        long[] starts = this.starts;
        for (; i < to; i++) {
            char c = text[i];
            if ((starts[c >>> 6] & 1L << c) != 0
                    && (i + 1 == to || (alone[c >>> 6] & 1L << c) != 0 || hasPair(c, text[i + 1]))) {
                return i;
            }
        }
        return i;
    }

    /**
     * The first position from {@code i} where a word can start, or the text's length: a position
     * whose character starts a word, and that is a word alone or with the next character begins one.
     */
    private int skip(char[] text, int i) {
        long[] starts = this.starts;
        for (int n = text.length; i < n; i++) {
            char c = text[i];
            if ((starts[c >>> 6] & 1L << c) != 0
                    && (i + 1 == n || (alone[c >>> 6] & 1L << c) != 0 || hasPair(c, text[i + 1]))) {
                return i;
            }
        }
        return i;
    }

    private boolean hasPair(char first, char second) {
        int h = pair(first, second);
        return (pairs[h >>> 6] & 1L << h) != 0;
    }

    /** A hash of two characters, {@link #PAIR_BITS} wide. */
    private static int pair(char first, char second) {
        return (first * 31 + second) & ((1 << PAIR_BITS) - 1);
    }

    /** The child of {@code node} for {@code c}, or 0 for none. */
    private int child(int node, char c) {
        char[] k = keys[node];
        for (int x = 0; x < k.length; x++) {
            if (k[x] >= c) {
                return k[x] == c ? next[node][x] : 0;
            }
        }
        return 0;
    }

    /** A node while the trie is built: children by character, in order. */
    private static final class Building {
        final TreeMap<Character, Building> children = new TreeMap<>();
        final List<Integer> words = new ArrayList<>(1);
        int id;
    }
}
