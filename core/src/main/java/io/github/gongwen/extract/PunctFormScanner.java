package io.github.gongwen.extract;

import io.github.gongwen.fact.Marker;
import io.github.gongwen.fact.PunctForm;
import io.github.gongwen.fact.PunctFormKind;
import io.github.gongwen.fact.PunctRun;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.LineIndex;
import io.github.gongwen.text.SourceText;
import java.util.Set;

/**
 * Describes the forms punctuation is written in, in one pass over each line:
 * <ul>
 *   <li>{@link PunctRun}: runs of ellipsis and dash marks and of separating marks, with what is
 *       around them; the rules judge their form.</li>
 *   <li>{@link PunctForm} {@code RANGE_CONNECTOR}: a hyphen or ASCII tilde between the numbers of a
 *       range, with the connector to write. Telling a range ({@code 2021-2025年}) from a date
 *       ({@code 2024-12}), a standard's number ({@code GB/T 15834-2011}) or a code, and choosing
 *       {@code —} or {@code ～}, reads the numbers themselves: that judgement is made here.</li>
 *   <li>{@link PunctForm} {@code AFTER_MARKER}: the marks right after an outline number (read from
 *       the {@link Marker} facts, so this runs after the outline parser).</li>
 * </ul>
 */
public final class PunctFormScanner implements Extractor {
    @Override public Set<Class<?>> reads() { return Set.of(Marker.class); }
    @Override public Set<Class<?>> produces() { return Set.of(PunctForm.class, PunctRun.class); }

    private static final String SEPARATORS = "，、；：。";
    /** The ellipsis and dash marks that make a run on their own (a single . · ・ - － does not). */
    private static final String ONLY_IN_RUNS = "…⋯—─━";
    private static final String AFTER_MARKER = "、，,.．：:；;";
    private static final String TIME_UNITS = "年月日时点号周";
    /**
     * What a punctuation form can start with, by character ({@link #SEPARATOR}, {@link #OTHER_FORM}
     * or 0): a table for the per-character tests, cheaper than searching strings.
     */
    private static final byte[] FORM_START = new byte[Character.MAX_VALUE + 1];
    private static final byte SEPARATOR = 1;
    private static final byte OTHER_FORM = 2;

    static {
        for (char c : (".…·・⋯" + "-－—─━" + "~").toCharArray()) {
            FORM_START[c] = OTHER_FORM;
        }
        for (char c : SEPARATORS.toCharArray()) {
            FORM_START[c] = SEPARATOR;
        }
    }

    @Override
    public void extract(Facts facts) {
        SourceText src = facts.source();
        String t = src.text();
        LineIndex li = src.lines();
        Scan scan = new Scan(facts, t, facts.chars(), facts.nonProse());
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
    private static final class Scan extends LineScan {
        private final Facts facts;
        private final String t;
        private final boolean[] mask;
        private int lineNo;

        Scan(Facts facts, String t, char[] a, boolean[] mask) {
            super(a);
            this.facts = facts;
            this.t = t;
            this.mask = mask;
        }

        void line(int number, int start, int end) {
            lineNo = number;
            ls = start;
            le = end;
            forms();
        }

        private boolean masked(int i) {
            return mask != null && mask[i];
        }

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
                        run(i, e, true);
                    }
                    i = e;
                    continue;
                }
                int e = runEnd(i, c);
                if (c == '~') {
                    rangeConnector(i, c);
                } else {
                    if (e - i >= 2 || ONLY_IN_RUNS.indexOf(c) >= 0) {
                        run(i, e, false);
                    }
                    if (e - i == 1 && (c == '-' || c == '－' || c == '─' || c == '━')) {
                        rangeConnector(i, c);
                    }
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

        private void run(int s, int e, boolean separators) {
            int p = prevSignificant(s);
            int n = nextSignificant(e - 1);
            boolean chineseAround = Chars.isChinese(p) || Chars.isChinese(n);
            boolean hanBeside = Chars.isHan(p) || Chars.isHan(n);
            boolean clauseStart = p == NONE || (Chars.isChinesePunct(p) && !isClosing(p));
            boolean clauseEnd = n == NONE || (Chars.isChinesePunct(n) && !Chars.isOpening(n));
            boolean clauseEdge = clauseStart && Chars.isHan(n) || clauseEnd && Chars.isHan(p);
            facts.add(new PunctRun(t.substring(s, e), separators, chineseAround, hanBeside, clauseEdge,
                    !separators && decorationLine(), s, e, lineNo));
        }

        private static boolean isClosing(int cp) {
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
