package io.github.gongwen.extract;

import io.github.gongwen.fact.PairMismatch;
import io.github.gongwen.fact.PairProblem;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.LineIndex;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds paired marks ({@code “” ‘’ 《》 （） …}, the pairs of {@code punct-pairs.txt}) that do not
 * pair up within their paragraph, as {@link PairMismatch} facts.
 *
 * <p>A paragraph is a run of adjacent lines joined while a line does not end a sentence, so a
 * title or a quotation broken over lines (as pasted or exported text often is) still pairs up.
 * An apostrophe ({@code China’s}, {@code ’99}) is no quote, and a {@code 1）} or {@code a)}
 * opening a clause is a list number, not half a pair. A quotation over several paragraphs, each
 * opening with {@code “} and only the last one closed (GB/T 15834), is no mismatch.
 *
 * <p>Pairing is an algorithm over the whole paragraph (a stack of open marks, paragraphs joined
 * and quotations run on), not a condition a rule can state, so the judgement is made here: each
 * fact names its {@link PairProblem} and {@code punct-pair.drl} only reports it.
 */
public final class PairScanner implements Extractor {
    @Override public Set<Class<?>> produces() { return Set.of(PairMismatch.class); }

    /** Data file: {@code openings<TAB>closings<TAB>name}, e.g. {@code （(	）)	括号}. */
    public static final String PAIRS = "punct-pairs.txt";
    private static final String SENTENCE_END = "。！？!?；;：:…";
    private static final String LIST_NUMBER = "0123456789０１２３４５６７８９一二三四五六七八九十abcdefghijkABCDEFGHIJK";

    /** The pair each character opens or closes, by character; -1 for none. */
    private final short[] openers = new short[Character.MAX_VALUE + 1];
    private final short[] closers = new short[Character.MAX_VALUE + 1];
    /**
     * A bit per character that opens or closes a pair: the test of every character of the text,
     * in 8 KB that stay in the cache instead of the two tables above.
     */
    private final long[] pairMarks = new long[(Character.MAX_VALUE + 1) / 64];
    private final List<String> names = new ArrayList<>();
    private final List<String> openForms = new ArrayList<>();
    private final List<String> closeForms = new ArrayList<>();

    public PairScanner(Lexicon lexicon) {
        Arrays.fill(openers, (short) -1);
        Arrays.fill(closers, (short) -1);
        for (String[] row : lexicon.table(PAIRS, 3)) {
            if (row[0].isEmpty() || row[1].isEmpty()) {
                throw new IllegalArgumentException(PAIRS + ": expected openings<TAB>closings<TAB>name: "
                        + String.join("\t", row));
            }
            int id = names.size();
            names.add(row[2]);
            openForms.add(row[0].substring(0, 1));
            closeForms.add(row[1].substring(0, 1));
            for (char c : row[0].toCharArray()) {
                openers[c] = (short) id;
                pairMarks[c >>> 6] |= 1L << c;
            }
            for (char c : row[1].toCharArray()) {
                closers[c] = (short) id;
                pairMarks[c >>> 6] |= 1L << c;
            }
        }
    }

    /** An open mark waiting for its close, or a closing mark waiting for another one (then reversed). */
    private record Mark(int pos, int pair, Mark openAtTime) {
    }

    @Override
    public void extract(Facts facts) {
        if (names.isEmpty()) {
            return;
        }
        SourceText src = facts.source();
        String t = src.text();
        boolean[] mask = facts.nonProse();
        char[] chars = facts.chars();
        boolean markdown = src.isMarkdown();
        LineIndex li = src.lines();
        List<int[]> paragraphs = paragraphs(t, li);
        List<Paragraph> checked = new ArrayList<>(paragraphs.size());
        for (int[] p : paragraphs) {
            int s = p[0];
            while (markdown && s < p[1] && (chars[s] == '>' || Chars.isBlank(chars[s]))) {
                s++; // a block quote's > is Markdown, not text
            }
            if (s < p[1]) {
                checked.add(check(facts, t, chars, mask, li, s, p[1]));
            }
        }
        for (int k = 0; k < checked.size(); k++) {
            Paragraph p = checked.get(k);
            Paragraph next = k + 1 < checked.size() ? checked.get(k + 1) : null;
            Mark runsOn = null;
            if (next != null && next.quoteRunsOn()) {
                for (Mark o : p.unclosed()) {
                    if (t.charAt(o.pos()) == t.charAt(next.start())) {
                        runsOn = o; // the last one open: the quotation goes on in the next paragraph
                    }
                }
            }
            for (Mark o : p.unclosed()) {
                if (o != runsOn) {
                    add(facts, li, PairProblem.UNCLOSED, o.pos(), t, closeForms.get(o.pair()), o.pair());
                }
            }
        }
    }

    /**
     * A checked paragraph: its marks left open, and whether it goes on a quotation of the one
     * before (it opens with the quote mark, which stays open or closes only at its end).
     */
    private record Paragraph(int start, List<Mark> unclosed, boolean quoteRunsOn) {
    }

    /** The paragraphs as {@code [start, end)} of their first and last non-blank characters. */
    private static List<int[]> paragraphs(String t, LineIndex li) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int line = 1; line <= li.lineCount(); line++) {
            int s = li.lineStart(line);
            int e = li.lineEnd(line);
            while (s < e && Chars.isBlank(t.charAt(s))) {
                s++;
            }
            while (e > s && Chars.isBlank(t.charAt(e - 1))) {
                e--;
            }
            if (s == e) {
                if (start >= 0) {
                    out.add(new int[] {start, end});
                    start = -1;
                }
                continue;
            }
            if (start < 0) {
                start = s;
            }
            end = e;
            if (endsSentence(t, s, e)) {
                out.add(new int[] {start, end});
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(new int[] {start, end});
        }
        return out;
    }

    private static boolean endsSentence(String t, int s, int e) {
        char last = t.charAt(e - 1);
        if (SENTENCE_END.indexOf(last) >= 0) {
            return true;
        }
        return e - 2 >= s && "”’」』）)".indexOf(last) >= 0 && SENTENCE_END.indexOf(t.charAt(e - 2)) >= 0;
    }

    private Paragraph check(Facts facts, String t, char[] chars, boolean[] mask, LineIndex li, int s, int e) {
        int firstClosedAt = -1;
        List<Mark> stack = new ArrayList<>();
        Map<Integer, Mark> waiting = new HashMap<>();
        List<Mark> unopened = new ArrayList<>();
        for (int i = s; i < e; i++) {
            char c = chars[i];
            if ((pairMarks[c >>> 6] & 1L << c) == 0) {
                continue;
            }
            int open = openers[c];
            int close = closers[c];
            if ((mask != null && mask[i]) || apostrophe(t, i, s, e)) {
                continue;
            }
            if (open >= 0 && (close < 0 || !closes(stack, close))) {
                stack.add(new Mark(i, open, null));
                continue;
            }
            Mark top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            if (top != null && top.pair() == close) {
                stack.remove(stack.size() - 1);
                firstClosedAt = top.pos() == s ? i : firstClosedAt;
                continue;
            }
            int deeper = deepest(stack, close);
            if (deeper >= 0) {
                add(facts, li, PairProblem.CROSSED, i, t, openForms.get(top.pair()), close);
                firstClosedAt = stack.get(deeper).pos() == s ? i : firstClosedAt;
                stack.remove(deeper);
                continue;
            }
            if (listNumber(t, i, s)) {
                continue;
            }
            Mark first = waiting.remove(close);
            if (first != null) {
                add(facts, li, PairProblem.REVERSED, first.pos(), t, openForms.get(close), close);
            } else {
                waiting.put(close, new Mark(i, close, top));
            }
        }
        unopened.addAll(waiting.values());
        unopened.sort((a, b) -> Integer.compare(a.pos(), b.pos()));
        List<Mark> unclosed = new ArrayList<>(stack);
        for (Mark u : unopened) {
            Mark o = u.openAtTime();
            if (o != null && unclosed.remove(o)) {
                add(facts, li, PairProblem.MISMATCHED, u.pos(), t, openForms.get(o.pair()), u.pair());
            } else {
                add(facts, li, PairProblem.UNOPENED, u.pos(), t, openForms.get(u.pair()), u.pair());
            }
        }
        boolean opensWithMark = openers[t.charAt(s)] >= 0 && closers[t.charAt(s)] < 0;
        boolean runsOn = opensWithMark && (firstClosedAt < 0 ? unclosed.stream().anyMatch(o -> o.pos() == s)
                : firstClosedAt == e - 1);
        return new Paragraph(s, unclosed, runsOn);
    }

    /** Whether a mark that both opens and closes ({@code "}) closes here: its pair is open on top. */
    private static boolean closes(List<Mark> stack, int pair) {
        return !stack.isEmpty() && stack.get(stack.size() - 1).pair() == pair;
    }

    private static int deepest(List<Mark> stack, int pair) {
        for (int k = stack.size() - 2; k >= 0; k--) {
            if (stack.get(k).pair() == pair) {
                return k;
            }
        }
        return -1;
    }

    /** {@code ’} (or {@code ‘}) in {@code China’s} or {@code ’99}: an apostrophe. */
    private static boolean apostrophe(String t, int i, int s, int e) {
        char c = t.charAt(i);
        if (c != '’' && c != '‘' && c != '\'') {
            return false;
        }
        int p = i > s ? t.charAt(i - 1) : -1;
        int n = i + 1 < e ? t.charAt(i + 1) : -1;
        if (Chars.isLatinLetter(p) && Chars.isLatinLetter(n)) {
            return true;
        }
        return Chars.isDigit(n) && i + 2 < e && Chars.isDigit(t.charAt(i + 2)) && !(i + 3 < e
                && Chars.isDigit(t.charAt(i + 3)));
    }

    /** {@code 1）}, {@code 一)}, {@code a)} opening a clause: a list number. */
    private static boolean listNumber(String t, int i, int s) {
        int j = i;
        while (j > s && j > i - 3 && LIST_NUMBER.indexOf(t.charAt(j - 1)) >= 0) {
            j--;
        }
        if (j == i) {
            return false;
        }
        if (j == s) {
            return true;
        }
        char before = t.charAt(j - 1);
        return before == '\n' || Chars.isBlank(before) || "。；;，,：:、".indexOf(before) >= 0;
    }

    private void add(Facts facts, LineIndex li, PairProblem problem, int pos, String t, String partner, int pair) {
        facts.add(new PairMismatch(problem, t.substring(pos, pos + 1), partner, names.get(pair), pos, pos + 1,
                li.line(pos)));
    }
}
