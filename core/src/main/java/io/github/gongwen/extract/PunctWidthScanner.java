package io.github.gongwen.extract;

import io.github.gongwen.fact.HalfWidthPunct;
import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.Residue;
import io.github.gongwen.fact.Spanned;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.LineIndex;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the half-width marks of {@code punct-width.txt} used in Chinese text, as
 * {@link HalfWidthPunct} facts, one per line. A mark is in Chinese text when the nearest character
 * before or after it on its line is Chinese (for brackets and quotes: before the pair, after it or
 * inside it); never inside a number ({@code 1,000}, {@code 3.5}, {@code 8:30}), a Latin word
 * ({@code China's}), a URL, an e-mail address, code, an outline number or residue (so this runs
 * after the outline parser and the residue scanner). Which of a line's marks are the prose's is a
 * judgement over the whole line (quotes pair up in order, a bracket with its partner), so it is
 * made here.
 */
public final class PunctWidthScanner implements Extractor {
    @Override public Set<Class<?>> reads() { return Set.of(Heading.class, Residue.class); }
    @Override public Set<Class<?>> produces() { return Set.of(HalfWidthPunct.class); }

    /** Data file: {@code half<TAB>full} (quotes: {@code half<TAB>opening<TAB>closing}). */
    public static final String WIDTH = "punct-width.txt";

    /** Full-width forms by half-width ASCII mark: one form, or the opening and closing quote. */
    private final String[][] fullWidth = new String[128][];

    public PunctWidthScanner(Lexicon lexicon) {
        for (String[] row : lexicon.table(WIDTH, 3)) {
            if (row[0].length() != 1 || row[0].charAt(0) >= 128 || row[1].isEmpty()) {
                throw new IllegalArgumentException(WIDTH + ": expected one half-width mark and its full-width form: "
                        + String.join("\t", row));
            }
            fullWidth[row[0].charAt(0)] = row[2].isEmpty() ? new String[] {row[1]} : new String[] {row[1], row[2]};
        }
    }

    private String[] full(int c) {
        return c >= 0 && c < 128 ? fullWidth[c] : null;
    }

    @Override
    public void extract(Facts facts) {
        SourceText src = facts.source();
        LineIndex li = src.lines();
        Scan scan = new Scan(facts, src.text(), facts.chars(), facts.nonProse(), src.isMarkdown());
        for (int line = 1; line <= li.lineCount(); line++) {
            scan.line(line, li.lineStart(line), li.lineEnd(line));
        }
    }

    /** The state of one document's scan. */
    private final class Scan extends LineScan {
        private final Facts facts;
        private final String t;
        private final boolean[] mask;
        private final boolean markdown;
        private int lineNo;
        /** Full-width replacement of each half-width mark of the line in Chinese text, by offset. */
        private final Map<Integer, String> flagged = new HashMap<>();
        /** Outline numbers and residue: their marks are not the prose's. */
        private final List<Spanned> notProse = new ArrayList<>();

        Scan(Facts facts, String t, char[] a, boolean[] mask, boolean markdown) {
            super(a);
            this.facts = facts;
            for (Heading h : facts.of(Heading.class)) {
                if (h.isNumbered()) {
                    notProse.add(h);
                }
            }
            notProse.addAll(facts.of(Residue.class));
            this.t = t;
            this.mask = mask;
            this.markdown = markdown;
        }

        void line(int number, int start, int end) {
            lineNo = number;
            ls = start;
            le = end;
            for (int i = ls; i < le; i++) {
                char c = a[i];
                if (c < 128 && fullWidth[c] != null && !masked(i)) {
                    flagged.clear();
                    halfWidth();
                    return;
                }
            }
        }

        private boolean masked(int i) {
            return mask != null && mask[i];
        }

        private void halfWidth() {
            List<Integer> quotes = new ArrayList<>();
            List<Integer> singles = new ArrayList<>();
            for (int i = ls; i < le; i++) {
                char c = a[i];
                String[] full = full(c);
                if (full == null || masked(i) || flagged.containsKey(i) || (c == '?' && LostChars.at(t, i))) {
                    continue;
                }
                switch (c) {
                    case '(':
                        bracket(i, full);
                        break;
                    case ')':
                        if (!(prevChar(i) == ':' || prevChar(i) == ';') && chineseAround(i, i)) {
                            flagged.put(i, full[0]);
                        }
                        break;
                    case '"':
                        quotes.add(i);
                        break;
                    case '\'':
                        if (!apostrophe(i)) {
                            singles.add(i);
                        }
                        break;
                    case '.':
                        if (sentenceFullStop(i)) {
                            flagged.put(i, full[0]);
                        }
                        break;
                    case ',':
                    case ':':
                        if (!(Chars.isDigit(prevChar(i)) && Chars.isDigit(nextChar(i)))
                                && !(markdown && c == ':' && prevChar(i) == ']') && chineseAround(i, i)) {
                            flagged.put(i, full[0]);
                        }
                        break;
                    case '!':
                        if (!(markdown && nextChar(i) == '[') && chineseAround(i, i)) {
                            flagged.put(i, full[0]);
                        }
                        break;
                    default:
                        if (chineseAround(i, i)) {
                            flagged.put(i, full[0]);
                        }
                }
            }
            pairQuotes(quotes, full('"'));
            pairQuotes(singles, full('\''));
            if (!flagged.isEmpty()) {
                emitLine();
            }
        }

        /** A {@code (} and its {@code )} on the line are Chinese when around or inside is Chinese. */
        private void bracket(int i, String[] full) {
            if (markdown && prevChar(i) == ']') {
                return;
            }
            int depth = 0;
            int close = -1;
            for (int j = i + 1; j < le; j++) {
                char c = a[j];
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    if (depth == 0) {
                        close = j;
                        break;
                    }
                    depth--;
                }
            }
            if (close < 0) {
                if (chineseAround(i, i)) {
                    flagged.put(i, full[0]);
                }
                return;
            }
            if (chineseAround(i, close) || containsHan(i + 1, close)) {
                flagged.put(i, full[0]);
                String[] closing = full(')');
                if (closing != null && !masked(close)) {
                    flagged.put(close, closing[0]);
                }
            }
        }

        /** Straight quotes pair up in order on the line; a Chinese pair becomes “…” (or ‘…’). */
        private void pairQuotes(List<Integer> marks, String[] full) {
            if (full == null || marks.isEmpty()) {
                return;
            }
            String open = full[0];
            String close = full.length > 1 ? full[1] : full[0];
            for (int k = 0; k < marks.size(); k += 2) {
                int i = marks.get(k);
                if (k + 1 < marks.size()) {
                    int j = marks.get(k + 1);
                    if (chineseAround(i, j) || containsHan(i + 1, j)) {
                        flagged.put(i, open);
                        flagged.put(j, close);
                    }
                } else if (chineseAround(i, i)) {
                    int p = prevChar(i);
                    boolean opening = p == NONE || Chars.isBlank(p) || Chars.isOpening(p) || Chars.isClauseBoundary(p);
                    flagged.put(i, opening && nextChar(i) != NONE ? open : close);
                }
            }
        }

        /** An apostrophe, not a quote: {@code China's}, {@code '99}. */
        private boolean apostrophe(int i) {
            int p = prevChar(i);
            int n = nextChar(i);
            if (Chars.isLatinLetter(p) && Chars.isLatinLetter(n)) {
                return true;
            }
            return Chars.isAsciiDigit(n) && i + 2 < le && Chars.isAsciiDigit(a[i + 2]);
        }

        /** A full stop typed as {@code .} after Chinese text: {@code 完成任务.} */
        private boolean sentenceFullStop(int i) {
            int p = prevChar(i);
            int n = nextChar(i);
            if (p == '.' || n == '.') {
                return false;
            }
            boolean afterChinese = Chars.isHan(p) || p == '”' || p == '’' || p == '）' || p == '》';
            return afterChinese && (n == NONE || Chars.isBlank(n) || Chars.isChinese(n));
        }

        /** One fact for the line, from its first mark to its last; blanks typed after a mark go with it. */
        private void emitLine() {
            List<Integer> at = new ArrayList<>(flagged.keySet());
            at.removeIf(this::outsideProse);
            if (at.isEmpty()) {
                return;
            }
            at.sort(null);
            int s = at.get(0);
            StringBuilder full = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            int e = s;
            for (int i : at) {
                full.append(t, e, i).append(flagged.get(i));
                String mark = String.valueOf(a[i]);
                if (marks.indexOf(mark) < 0) {
                    marks.append(marks.length() > 0 ? " " : "").append(mark);
                }
                e = absorbBlanks(i + 1);
            }
            facts.add(new HalfWidthPunct(t.substring(s, e), full.toString(), marks.toString(), at.size(), s, e,
                    lineNo));
        }

        /** Outline numbers and download-site residue are not prose. */
        private boolean outsideProse(int i) {
            for (Spanned x : notProse) {
                if (x.getStart() <= i && i < x.getEnd()) {
                    return true;
                }
            }
            return false;
        }

        /** After a mark at {@code e - 1}: blanks typed before Chinese text go with the mark. */
        private int absorbBlanks(int e) {
            char mark = a[e - 1];
            if (mark == '(' || mark == '"' || mark == '\'') {
                return e;
            }
            int j = e;
            while (j < le && a[j] != '\u3000' && Chars.isBlank(a[j])) {
                j++;
            }
            if (j > e && j < le && (Chars.isChinese(a[j]) || flagged.containsKey(j))) {
                return j;
            }
            return e;
        }
    }
}
