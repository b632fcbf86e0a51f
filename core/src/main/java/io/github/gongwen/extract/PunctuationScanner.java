package io.github.gongwen.extract;

import io.github.gongwen.fact.HalfWidthPunct;
import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.Marker;
import io.github.gongwen.fact.PunctForm;
import io.github.gongwen.fact.PunctFormKind;
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
 * Describes how the punctuation of Chinese text is written, in one pass over each line:
 * <ul>
 *   <li>{@link HalfWidthPunct}: the half-width marks of {@code punct-width.txt} used in Chinese
 *       text, one fact per line. A mark is in Chinese text when the nearest character before or
 *       after it on its line is Chinese (for brackets and quotes: before the pair, after it or
 *       inside it); never inside a number ({@code 1,000}, {@code 3.5}, {@code 8:30}), a Latin
 *       word ({@code China's}), a URL, an e-mail address, code, an outline number or residue
 *       (so this runs after the outline parser and the residue scanner).</li>
 *   <li>{@link PunctForm}: repeated separators, ellipsis and dash forms, hyphens between the
 *       numbers of a range, and punctuation after an outline number (read from the
 *       {@link Marker} facts, so this runs after the outline parser).</li>
 * </ul>
 */
public final class PunctuationScanner implements Extractor {
    @Override public Set<Class<?>> reads() { return Set.of(Heading.class, Marker.class, Residue.class); }
    @Override public Set<Class<?>> produces() { return Set.of(HalfWidthPunct.class, PunctForm.class); }

    /** Data file: {@code half<TAB>full} (quotes: {@code half<TAB>opening<TAB>closing}). */
    public static final String WIDTH = "punct-width.txt";

    private static final String SEPARATORS = "，、；：。";
    private static final String SEPARATOR_RANK = "、，：；。";
    private static final String AFTER_MARKER = "、，,.．：:；;";
    private static final String TIME_UNITS = "年月日时点号周";
    /**
     * What a punctuation form can start with, by character ({@link #SEPARATOR}, {@link #OTHER_FORM}
     * or 0): a table for the per-character tests, cheaper than searching strings.
     */
    private static final byte[] FORM_START = new byte[Character.MAX_VALUE + 1];
    private static final byte SEPARATOR = 1;
    private static final byte OTHER_FORM = 2;
    /** What the context helpers return beyond the ends of the line. */
    private static final int NONE = '\n';

    static {
        for (char c : (".…·・⋯" + "-－—─━" + "~").toCharArray()) {
            FORM_START[c] = OTHER_FORM;
        }
        for (char c : SEPARATORS.toCharArray()) {
            FORM_START[c] = SEPARATOR;
        }
    }

    /** Full-width forms by half-width ASCII mark: one form, or the opening and closing quote. */
    private final String[][] fullWidth = new String[128][];

    public PunctuationScanner(Lexicon lexicon) {
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
        String t = src.text();
        boolean[] mask = facts.nonProse();
        LineIndex li = src.lines();
        Scan scan = new Scan(facts, t, facts.chars(), mask, src.isMarkdown(), li);
        for (int line = 1; line <= li.lineCount(); line++) {
            scan.line(line, li.lineStart(line), li.lineEnd(line));
        }
        for (Marker m : facts.of(Marker.class)) {
            if (m.getKind().isHeading() && m.isNumbered()) {
                afterMarker(facts, t, li, m);
            }
        }
    }

    private static void afterMarker(Facts facts, String t, LineIndex li, Marker m) {
        int e = m.getEnd();
        int k = e;
        while (k < t.length() && AFTER_MARKER.indexOf(t.charAt(k)) >= 0) {
            k++;
        }
        if (k > e) {
            facts.add(new PunctForm(PunctFormKind.AFTER_MARKER, t.substring(e, k), "", e, k, li.line(e)));
        }
    }

    /** The state of one document's scan. */
    private final class Scan {
        private final Facts facts;
        private final String t;
        private final char[] a;
        private final boolean[] mask;
        private final boolean markdown;
        private final LineIndex li;
        private int lineNo;
        private int ls;
        private int le;
        /** Full-width replacement of each half-width mark of the line in Chinese text, by offset. */
        private final Map<Integer, String> flagged = new HashMap<>();
        /** Outline numbers and residue: their marks are not the prose's. */
        private final List<Spanned> notProse = new ArrayList<>();

        Scan(Facts facts, String t, char[] a, boolean[] mask, boolean markdown, LineIndex li) {
            this.facts = facts;
            for (Heading h : facts.of(Heading.class)) {
                if (h.isNumbered()) {
                    notProse.add(h);
                }
            }
            notProse.addAll(facts.of(Residue.class));
            this.t = t;
            this.a = a;
            this.mask = mask;
            this.markdown = markdown;
            this.li = li;
        }

        void line(int number, int start, int end) {
            lineNo = number;
            ls = start;
            le = end;
            flagged.clear();
            boolean any = false;
            for (int i = ls; i < le; i++) {
                char c = a[i];
                if (c < 128 && fullWidth[c] != null && !masked(i)) {
                    any = true;
                    break;
                }
            }
            if (any) {
                halfWidth();
            }
            forms();
        }

        private boolean masked(int i) {
            return mask != null && mask[i];
        }

        // ---- half-width marks ----

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

        // ---- punctuation forms ----

        private void forms() {
            int i = ls;
            while (i < le) {
                char c = a[i];
                byte form = FORM_START[c];
                if (form == 0 || masked(i)) { // most characters: no form to check
                    i++;
                    continue;
                }
                if (form == SEPARATOR) {
                    int e = separatorRunEnd(i);
                    if (e - i >= 2) {
                        separators(i, e);
                    }
                    i = e;
                    continue;
                }
                int e = runEnd(i, c);
                if (c == '.' || c == '…' || c == '·' || c == '・' || c == '⋯') {
                    ellipsis(i, e, c);
                } else if (c == '-' || c == '－' || c == '—' || c == '─' || c == '━') {
                    dash(i, e, c);
                    if (e - i == 1 && c != '—') {
                        rangeConnector(i, c);
                    }
                } else if (c == '~') {
                    rangeConnector(i, c);
                }
                i = e;
            }
        }

        private int runEnd(int i, char c) {
            int e = i + 1;
            while (e < le && a[e] == c) {
                e++;
            }
            return e;
        }

        private int separatorRunEnd(int i) {
            int e = i + 1;
            while (e < le && FORM_START[a[e]] == SEPARATOR) {
                e++;
            }
            return e;
        }

        private void separators(int s, int e) {
            String run = t.substring(s, e);
            if (run.chars().allMatch(ch -> ch == '。')) {
                if (run.length() >= 3) {
                    add(PunctFormKind.ELLIPSIS, s, e, "……");
                    return;
                }
            }
            char best = run.charAt(0);
            for (int k = 1; k < run.length(); k++) {
                if (SEPARATOR_RANK.indexOf(run.charAt(k)) > SEPARATOR_RANK.indexOf(best)) {
                    best = run.charAt(k);
                }
            }
            add(PunctFormKind.REPEATED, s, e, String.valueOf(best));
        }

        private void ellipsis(int s, int e, char c) {
            int len = e - s;
            boolean wrong;
            switch (c) {
                case '…':
                    wrong = len != 2 && len != 4;
                    break;
                case '⋯':
                    wrong = true;
                    break;
                default:
                    wrong = len >= 3;
            }
            if (wrong && chineseAround(s, e - 1)) {
                add(PunctFormKind.ELLIPSIS, s, e, "……");
            }
        }

        private void dash(int s, int e, char c) {
            int len = e - s;
            boolean wrong;
            if (c == '—') {
                wrong = len == 3 || len >= 5 || (len == 1 && loneDash(s));
            } else if (c == '─' || c == '━') {
                wrong = true;
            } else {
                wrong = len >= 2 && !decorationLine();
            }
            if (wrong && (Chars.isHan(prevSignificant(s)) || Chars.isHan(nextSignificant(e - 1))
                    || (c == '—' && chineseAround(s, e - 1)))) {
                add(PunctFormKind.DASH, s, e, "——");
            }
        }

        /** A single {@code —} is a dash cut short where it cannot be a connector: opening a clause or closing one. */
        private boolean loneDash(int s) {
            int p = prevSignificant(s);
            int n = nextSignificant(s);
            boolean clauseStart = p == NONE || (Chars.isChinesePunct(p) && !isClosing(p));
            boolean clauseEnd = n == NONE || (Chars.isChinesePunct(n) && !Chars.isOpening(n));
            return clauseStart && Chars.isHan(n) || clauseEnd && Chars.isHan(p);
        }

        private boolean isClosing(int cp) {
            return cp == '”' || cp == '’' || cp == '）' || cp == '》' || cp == '」' || cp == '』' || cp == '】';
        }

        /** A line of nothing but dashes and blanks: a rule or a frame, not punctuation. */
        private boolean decorationLine() {
            for (int i = ls; i < le; i++) {
                char c = a[i];
                if (!Chars.isBlank(c) && "-－=*_~—".indexOf(c) < 0) {
                    return false;
                }
            }
            return true;
        }

        /** {@code 2021-2025年}, {@code 3~5个}: a hyphen or ASCII tilde between the numbers of a range. */
        private void rangeConnector(int i, char c) {
            if (!Chars.isAsciiDigit(prevChar(i)) || !Chars.isAsciiDigit(nextChar(i))) {
                return;
            }
            int s = i;
            while (s > ls && (Chars.isAsciiDigit(a[s - 1]) || a[s - 1] == '.')) {
                s--;
            }
            int e = i + 1;
            while (e < le && (Chars.isAsciiDigit(a[e]) || a[e] == '.')) {
                e++;
            }
            String first = t.substring(s, i);
            String second = t.substring(i + 1, e);
            if (first.startsWith(".") || second.endsWith(".") || integerDigits(first) > 4
                    || integerDigits(second) > 4 || (first.length() > 1 && first.charAt(0) == '0')) {
                return;
            }
            int before = s > ls ? a[s - 1] : NONE;
            if (before != NONE && (Chars.isLatinLetter(before) || "-－/:_#.+".indexOf(before) >= 0)) {
                return;
            }
            int p = prevSignificant(s);
            if (Chars.isLatinLetter(p)) {
                return; // GB/T 15834-2011
            }
            int after = e < le ? a[e] : NONE;
            boolean chineseAfter = (Chars.isHan(after) || after == '%' || after == '％');
            if (!chineseAfter) {
                return;
            }
            boolean years = isYear(first) && isYear(second);
            if (isYear(first) && second.length() == 2) {
                return; // 2024-12: a date
            }
            String connector;
            if (c == '~') {
                connector = "～";
            } else {
                connector = years || TIME_UNITS.indexOf(after) >= 0 ? "—" : "～";
            }
            add(PunctFormKind.RANGE_CONNECTOR, s, e, first + connector + second);
        }

        private void add(PunctFormKind kind, int s, int e, String standard) {
            facts.add(new PunctForm(kind, t.substring(s, e), standard, s, e, lineNo));
        }

        // ---- context ----

        private int prevChar(int i) {
            return i > ls ? a[i - 1] : NONE;
        }

        private int nextChar(int i) {
            return i + 1 < le ? a[i + 1] : NONE;
        }

        /** The nearest non-blank character before {@code i} on the line, or {@link #NONE}. */
        private int prevSignificant(int i) {
            for (int j = i - 1; j >= ls; j--) {
                char c = a[j];
                if (!Chars.isBlank(c)) {
                    return c;
                }
            }
            return NONE;
        }

        /** The nearest non-blank character after {@code i} on the line, or {@link #NONE}. */
        private int nextSignificant(int i) {
            for (int j = i + 1; j < le; j++) {
                char c = a[j];
                if (!Chars.isBlank(c)) {
                    return c;
                }
            }
            return NONE;
        }

        /** Whether the text before {@code s} or after {@code e} is Chinese. */
        private boolean chineseAround(int s, int e) {
            return Chars.isChinese(prevSignificant(s)) || Chars.isChinese(nextSignificant(e));
        }

        private boolean containsHan(int s, int e) {
            for (int j = s; j < e; j++) {
                if (Chars.isHan(a[j])) {
                    return true;
                }
            }
            return false;
        }
    }

    private static int integerDigits(String number) {
        int dot = number.indexOf('.');
        return dot < 0 ? number.length() : dot;
    }

    private static boolean isYear(String s) {
        if (s.length() != 4 || s.indexOf('.') >= 0) {
            return false;
        }
        int y = Integer.parseInt(s);
        return y >= 1900 && y <= 2100;
    }
}
