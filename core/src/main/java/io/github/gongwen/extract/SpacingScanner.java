package io.github.gongwen.extract;

import io.github.gongwen.fact.Residue;
import io.github.gongwen.fact.Spacing;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.SourceText;
import java.util.List;
import java.util.Set;

/**
 * Finds spaces where official Chinese text has none: between two Han characters
 * ({@code 第十四届 人民代表大会}), between Chinese and a number ({@code 2024 年工作回顾},
 * {@code 企业 2500家}) or after Chinese punctuation ({@code 一、 加强领导}). Half-width, full-width
 * (U+3000) and no-break spaces count. Not reported: indentation and spaces at a line end, spaces
 * next to Latin text, lines laid out in columns (two or more gaps of several blanks), short
 * lines (a letter-spaced title such as {@code 目  录}), words set apart in a title or byline
 * ({@code 村党总支书记 张某某}), the signature and date lines that are aligned with blanks
 * ({@code 县人民政府    2024年1月}), lines with site residue, and spaces around numbers in a text
 * that sets all its numbers off that way (its layout, not a stray space).
 *
 * <p>Long because each exemption above is a few lines of layout reading that all share one pass over a
 * line's blanks.
 */
public final class SpacingScanner implements Extractor {
    @Override public Set<Class<?>> reads() { return Set.of(Residue.class); }
    @Override public Set<Class<?>> produces() { return Set.of(Spacing.class); }

    /** A line with no more than this many visible characters is a title or a signature. */
    private static final int SHORT_LINE = 8;
    /**
     * A line this short with no comma or full stop is a title or a byline, whose words may be set
     * apart ({@code 村党总支书记 张某某}, {@code 工作总结 汇报材料}); only a space beside a number
     * is reported there ({@code 2025 年工作回顾}).
     */
    private static final int TITLE_LINE = 30;

    @Override
    public void extract(Facts facts) {
        SourceText src = facts.source();
        String t = src.text();
        char[] a = facts.chars();
        List<Residue> residue = null;
        NumberLayout layout = new NumberLayout(a);
        int ls = 0;
        while (ls < a.length) {
            int le = ls;
            while (le < a.length && a[le] != '\n') {
                le++;
            }
            int end = le > ls && a[le - 1] == '\r' ? le - 1 : le;
            if (hasSpace(a, ls, end)) {
                if (residue == null) {
                    residue = facts.of(Residue.class);
                }
                if (!holdsResidue(residue, ls, end)) {
                    line(facts, t, a, ls, end, layout);
                }
            }
            ls = le + 1;
        }
    }

    /** Site metadata and captions (作者：… 上传时间：…) are reported as residue, their spaces with them. */
    private static boolean holdsResidue(List<Residue> residue, int s, int e) {
        for (Residue r : residue) {
            if (r.getStart() < e && r.getEnd() > s) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text sets its numbers off from Chinese with spaces as a rule (投资 1119 万元, 农户
     * 752 户): at least three such junctions, and more with a space than without. Such a layout is
     * the text's own (or its PDF extraction's), not a stray space here and there.
     */
    private static boolean numbersSetOff(char[] a) {
        int spaced = 0;
        int tight = 0;
        for (int i = 1; i < a.length; i++) {
            boolean digit = Chars.isDigit(a[i]);
            boolean prevDigit = Chars.isDigit(a[i - 1]);
            if (digit == prevDigit) {
                continue;
            }
            if (Chars.isHan(a[i]) || Chars.isHan(a[i - 1])) {
                tight++;
            } else if (a[i - 1] == ' ' && digit && i >= 2 && Chars.isHan(a[i - 2])) {
                spaced++;
            } else if (a[i] == ' ' && prevDigit && i + 1 < a.length && Chars.isHan(a[i + 1])) {
                spaced++;
            }
        }
        return spaced >= 3 && spaced > tight;
    }

    private static boolean hasSpace(char[] a, int s, int e) {
        for (int i = s; i < e; i++) {
            if (isSpace(a[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text writes its numbers with the digits spaced out ({@code 1 9 9 7 年}) three
     * times or more: a layout of the whole text, whose spaces around numbers are not reported.
     */
    private static boolean spacedDigits(char[] a) {
        int n = 0;
        for (int i = 2; i < a.length; i++) {
            if (Chars.isDigit(a[i]) && a[i - 1] == ' ' && Chars.isDigit(a[i - 2]) && ++n >= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one document lays out its numbers with spaces, worked out on its first space beside a
     * number (most documents have none, and are not scanned for it). One per document: the scanner
     * itself is shared between threads.
     */
    private static final class NumberLayout {
        private final char[] a;
        private Boolean spaced;

        NumberLayout(char[] a) {
            this.a = a;
        }

        boolean spaced() {
            if (spaced == null) {
                spaced = spacedDigits(a) || numbersSetOff(a);
            }
            return spaced;
        }
    }

    private static void line(Facts facts, String t, char[] a, int ls, int le, NumberLayout layout) {
        int s = ls;
        while (s < le && Chars.isBlank(a[s])) {
            s++;
        }
        int e = le;
        while (e > s && Chars.isBlank(a[e - 1])) {
            e--;
        }
        int visible = 0;
        int wideGaps = 0;
        for (int i = s; i < e; i++) {
            if (!Chars.isBlank(a[i])) {
                visible++;
            } else if (i + 1 < e && Chars.isBlank(a[i + 1]) && (i == s || !Chars.isBlank(a[i - 1]))) {
                wideGaps++;
            }
        }
        if (visible <= SHORT_LINE || wideGaps >= 2
                || (wideGaps == 1 && (isSignature(t, s, e) || besideColumns(a, ls, le)))) {
            return;
        }
        boolean titleLine = visible <= TITLE_LINE && !hasSentencePunct(a, s, e);
        int i = s;
        while (i < e) {
            if (!isSpace(a[i])) {
                i++;
                continue;
            }
            int r = i;
            while (r < e && Chars.isBlank(a[r])) {
                r++;
            }
            boolean nearDigit = isDigitOrPoint(a[i - 1]) || isDigitOrPoint(a[r]);
            if (nearDigit && latinNumber(a, i, r, s, e)) {
                i = r;
                continue;
            }
            boolean byline = titleLine && Chars.isHan(a[i - 1]) && Chars.isHan(a[r]);
            if (stray(a[i - 1], a[r]) && !byline && !spacedNumber(a, i, r, s, e) && !(nearDigit && layout.spaced())
                    && !standardTitle(a, i, s) && !fieldSeparator(a, i, r, s, e)) {
                facts.add(new Spacing(t.substring(i, r), i, r, facts.source().lines().line(i)));
            }
            i = r;
        }
    }

    /** The runs of two or more blanks inside {@code [s, e)} (a line without its indentation and end). */
    private static int wideGaps(char[] a, int s, int e) {
        while (s < e && Chars.isBlank(a[s])) {
            s++;
        }
        while (e > s && (Chars.isBlank(a[e - 1]) || a[e - 1] == '\r')) {
            e--;
        }
        int n = 0;
        for (int i = s; i + 1 < e; i++) {
            if (Chars.isBlank(a[i]) && Chars.isBlank(a[i + 1]) && !Chars.isBlank(a[i - 1])) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether the line {@code [ls, le)} stands next to a line laid out in columns (two or more wide
     * gaps): it is a row of the same table, one of whose cells holds a single space or is empty
     * ({@code PM2.5浓度（微克/立方米）　30以下　　　27.4}).
     */
    private static boolean besideColumns(char[] a, int ls, int le) {
        if (ls >= 2) {
            int ps = ls - 1;
            while (ps > 0 && a[ps - 1] != '\n') {
                ps--;
            }
            if (wideGaps(a, ps, ls - 1) >= 2) {
                return true;
            }
        }
        int nl = le;
        while (nl < a.length && a[nl] != '\n') {
            nl++;
        }
        int ne = nl + 1;
        while (ne < a.length && a[ne] != '\n') {
            ne++;
        }
        return nl + 1 < a.length && wideGaps(a, nl + 1, ne) >= 2;
    }

    /**
     * Whether the space at {@code i} is inside the title of a standard cited with its number
     * ({@code GB/T 35273-2020《信息安全技术　个人信息安全规范》}), whose parts a space separates.
     */
    private static boolean standardTitle(char[] a, int i, int s) {
        int open = -1;
        for (int j = i - 1; j >= s && j >= i - 40; j--) {
            if (a[j] == '》') {
                return false;
            }
            if (a[j] == '《') {
                open = j;
                break;
            }
        }
        int k = open - 1;
        while (k >= s && Chars.isBlank(a[k])) {
            k--;
        }
        if (k < s || !Chars.isDigit(a[k])) {
            return false;
        }
        while (k >= s && (Chars.isDigit(a[k]) || "-—－./ ".indexOf(a[k]) >= 0)) {
            k--;
        }
        return k >= s && a[k] >= 'A' && a[k] <= 'Z';
    }

    /**
     * Whether the blanks at {@code [i, r)} separate two fields of a line of labelled fields
     * ({@code 联系人：王某　联系电话：0516-1234567}): a field has come before them and a label of at
     * most eight characters with its colon follows.
     */
    private static boolean fieldSeparator(char[] a, int i, int r, int s, int e) {
        int j = r;
        while (j < e && j < r + 8 && Chars.isHan(a[j])) {
            j++;
        }
        if (j == r || j >= e || (a[j] != '：' && a[j] != ':')) {
            return false;
        }
        for (int k = i - 1; k >= s; k--) {
            if (a[k] == '：' || a[k] == ':') {
                return true;
            }
            if (a[k] == '。' || a[k] == '，') {
                return false;
            }
        }
        return false;
    }

    /** Whether a space between {@code before} and {@code after} has no place in Chinese text. */
    private static boolean stray(char before, char after) {
        boolean hanBefore = Chars.isHan(before);
        boolean hanAfter = Chars.isHan(after);
        if (hanBefore && hanAfter) {
            return true;
        }
        if (hanBefore) {
            return Chars.isDigit(after);
        }
        if (hanAfter) {
            return Chars.isDigit(before) || (Chars.isChinesePunct(before) && !Chars.isOpening(before)
                    && before != '·' && before != '•');
        }
        return false;
    }

    /**
     * Whether the blanks at {@code [i, r)} belong to a number written with its digits spaced out
     * ({@code 1 9 9 7 年}, {@code 2 ．5 亿千瓦}): a layout of the whole text, not a stray space.
     */
    private static boolean spacedNumber(char[] a, int i, int r, int s, int e) {
        boolean digitBefore = i - 3 >= s && isDigitOrPoint(a[i - 1]) && Chars.isBlank(a[i - 2])
                && isDigitOrPoint(a[i - 3]);
        boolean digitAfter = r + 2 < e && isDigitOrPoint(a[r]) && Chars.isBlank(a[r + 1]) && isDigitOrPoint(a[r + 2]);
        return digitBefore || digitAfter;
    }

    /** 推广 5G 基站, 建设 G318 国道: the number beside the blanks is part of a Latin token. */
    private static boolean latinNumber(char[] a, int i, int r, int s, int e) {
        int j = r;
        while (j < e && (Chars.isDigit(a[j]) || a[j] == '.')) {
            j++;
        }
        if (j > r && j < e && Chars.isLatinLetter(a[j])) {
            return true;
        }
        int k = i - 1;
        while (k >= s && (Chars.isDigit(a[k]) || a[k] == '.')) {
            k--;
        }
        return k < i - 1 && k >= s && Chars.isLatinLetter(a[k]);
    }

    private static boolean isDigitOrPoint(char c) {
        return Chars.isDigit(c) || c == '．' || c == '.';
    }

    private static boolean hasSentencePunct(char[] a, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = a[i];
            if (c == '，' || c == '。' || c == '；' || c == ',' || c == ';' || c == '！' || c == '？') {
                return true;
            }
        }
        return false;
    }

    /** A signature or date line aligned with blanks: it ends with a date (年…月…日 or 年…月). */
    private static boolean isSignature(String t, int s, int e) {
        String line = t.substring(s, e);
        int year = line.lastIndexOf('年');
        return year >= 0 && line.indexOf('月', year) > year && e - s <= 40;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }
}
