package io.github.gongwen.extract;

import io.github.gongwen.text.Chars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Page numbers and page-chunk markers that conversion and document-sharing sites leave inside the
 * text: a number alone on a line between two paragraphs; a number glued to the start of a line
 * that continues a sentence broken off at the end of the previous line ({@code …切实保障人民} /
 * {@code 1群众的…}); and markers that count the pages of the document, {@code 1}, {@code 2},
 * {@code 3} (or {@code 1、} {@code 2、}), glued into the running text where no number belongs, in
 * order and a page apart. A single such number is no evidence; the run 1, 2, 3… through the
 * document is. Immutable and thread-safe.
 */
final class PageBreaks {
    /** Characters after which a number is a count, not a page marker: measure words and units. */
    private static final String UNITS = "个名人次项年月日号时分秒家所户条件座处支批万亿千百十元角米里公吨亩斤克倍届期天周"
            + "类种场起台辆部份篇张只级成岁度层栋套间床位块股列轮季余多至到比车星型室楼组队章节款则版线路点段片幢根棵株"
            + "头匹羽尾袋箱船架枚本册卷页首幅封码以来后前内左右岁例宗笔票单桩眼口座孔所处亿兆吨升斤公顷幅厘毫克瓦伏度大小强";
    /** Least distance between consecutive page markers of one run: a page holds more text than this. */
    private static final int PAGE_GAP = 150;
    private static final int MAX_PAGE = 300;

    private record Mark(int start, int end, int value) {
    }

    /**
     * Where the runs of ASCII digits after the first character of a text start, in text order;
     * filled by the scan of {@link ForeignMarks}, so that the text is read once for both.
     */
    static final class DigitRuns {
        private int[] at = new int[16];
        private int size;

        void add(int start) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
            }
            at[size++] = start;
        }
    }

    /** {@code runs}: the digit runs of the text ({@link ForeignMarks#check}). */
    void check(String text, char[] chars, TextLines lines, DigitRuns runs, List<ResidueHit> out) {
        List<Mark> marks = new ArrayList<>();
        List<Boolean> listItem = new ArrayList<>();
        for (int k = 0; k < lines.count; k++) {
            if (lines.blank(k)) {
                continue;
            }
            int s = lines.from[k];
            int e = lines.to[k];
            int d = digits(text, s, e);
            if (d == 0) {
                continue;
            }
            int value = d <= 3 ? Integer.parseInt(text.substring(s, s + d)) : -1;
            int p = lines.previous(k);
            boolean continues = p >= 0 && lines.openEnd[p];
            if (s + d == e) {
                int n = lines.next(k);
                if (d <= 3 && p >= 0 && n >= 0 && han(text, lines, p) >= 4 && han(text, lines, n) >= 10
                        && Chars.isChinese(text.charAt(lines.to[p] - 1))) {
                    out.add(ResidueHit.strong(s, e, "页码"));
                }
                continue;
            }
            char after = text.charAt(s + d);
            boolean enumeration = after == '、';
            char word = enumeration && s + d + 1 < e ? text.charAt(s + d + 1) : after;
            if (d == 5 && after == '年' && text.charAt(s) != '0' && (text.startsWith("19", s + 1)
                    || text.startsWith("20", s + 1))) {
                marks.add(new Mark(s, s + 1, text.charAt(s) - '0'));
                listItem.add(false);
                continue;
            }
            boolean opens = Chars.isHan(word) || (enumeration && Chars.isAsciiDigit(word));
            if (value < 1 || value > MAX_PAGE || !opens || (!enumeration && isUnit(word))) {
                continue;
            }
            int end = s + d + (enumeration ? 1 : 0);
            if (continues) {
                out.add(ResidueHit.strong(s, end, enumeration ? "分页标记" : "页码"));
                marks.add(new Mark(s, end, value));
                listItem.add(false);
            } else {
                marks.add(new Mark(s, end, value));
                listItem.add(enumeration || !lines.isFirst(k));
            }
        }
        inline(chars, runs, marks, listItem);
        chains(marks, listItem, out);
    }

    /** Numbers glued between Chinese characters inside a line, outside enumerations. */
    private static void inline(char[] text, DigitRuns runs, List<Mark> marks, List<Boolean> passive) {
        int n = text.length;
        for (int r = 0; r < runs.size; r++) {
            int i = runs.at[r];
            char before = text[i - 1];
            if (before == '\n' || !(Chars.isHan(before) || before == '，' || before == ',' || before == '；'
                    || before == ';' || before == '。')) {
                continue;
            }
            int j = i;
            while (j < n && Chars.isAsciiDigit(text[j])) {
                j++;
            }
            if (j - i <= 3 && j < n && Chars.isHan(text[j]) && !isUnit(text[j])
                    && before != '第' && before != '共' && before != '约') {
                int value = Integer.parseInt(new String(text, i, j - i));
                if (value >= 1 && value <= MAX_PAGE) {
                    insert(marks, passive, new Mark(i, j, value), false);
                }
            }
        }
    }

    private static void insert(List<Mark> marks, List<Boolean> passive, Mark m, boolean isPassive) {
        int at = 0;
        while (at < marks.size() && marks.get(at).start() < m.start()) {
            at++;
        }
        marks.add(at, m);
        passive.add(at, isPassive);
    }

    /**
     * Runs 1, 2, 3… of markers in text order, each a page after the last; a run holding at least one
     * marker that is not an ordinary line-start enumeration is reported whole.
     */
    private static void chains(List<Mark> marks, List<Boolean> passive, List<ResidueHit> out) {
        int m = marks.size();
        int[] length = new int[m];
        int[] prev = new int[m];
        for (int i = 0; i < m; i++) {
            Mark x = marks.get(i);
            prev[i] = -1;
            if (x.value() == 1) {
                length[i] = 1;
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Mark y = marks.get(j);
                if (y.value() == x.value() - 1 && length[j] > 0 && x.start() - y.end() >= PAGE_GAP) {
                    length[i] = length[j] + 1;
                    prev[i] = j;
                    break;
                }
            }
        }
        boolean[] done = new boolean[m];
        for (int i = m - 1; i >= 0; i--) {
            if (length[i] < 2 || done[i]) {
                continue;
            }
            boolean active = false;
            for (int j = i; j >= 0; j = prev[j]) {
                active |= !passive.get(j);
            }
            if (!active) {
                continue;
            }
            for (int j = i; j >= 0; j = prev[j]) {
                if (!done[j]) {
                    done[j] = true;
                    Mark x = marks.get(j);
                    out.add(ResidueHit.strong(x.start(), x.end(), "分页标记"));
                }
            }
        }
    }

    private static boolean isUnit(char c) {
        return UNITS.indexOf(c) >= 0;
    }

    private static int digits(String text, int s, int e) {
        int i = s;
        while (i < e && Chars.isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i - s;
    }

    /** How many Chinese characters a line holds, up to 10: prose, not a table cell or another number. */
    private static int han(String text, TextLines lines, int k) {
        int han = 0;
        for (int i = lines.from[k]; i < lines.to[k] && han < 10; i++) {
            if (Chars.isHan(text.charAt(i))) {
                han++;
            }
        }
        return han;
    }
}
