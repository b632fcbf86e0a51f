package io.github.gongwen.extract;

import io.github.gongwen.fact.ChineseNumber;
import io.github.gongwen.fact.MarkerKind;
import io.github.gongwen.text.Chars;

/**
 * Recognises one heading marker at a position of a line: the GB/T 9704 forms and the variants
 * real reports use ({@code (一)}, {@code 一.}, {@code 1、}, {@code 1．}, {@code ⑴}). The
 * enumeration markers ({@code 第一，}, {@code 一是}, {@code 一要}) are {@link EnumerationSyntax}'s.
 *
 * <p>A match states the marker's kind, number and written form, and whether that form is the one
 * GB/T 9704 gives its kind ({@link Match#standard()}): a fact of the text, like the form itself.
 * The rules decide what to flag (num-style.drl); the outline needs the fact too, to tell the form
 * a group of siblings keeps to ({@link SiblingForms}).
 */
final class MarkerSyntax {
    private MarkerSyntax() {
    }

    /** A marker found in a line: {@code [start, end)} are offsets into the line string. */
    record Match(MarkerKind kind, int ordinal, String form, boolean standard, int start, int end) {
        String text(String line) {
            return line.substring(start, end);
        }
    }

    /**
     * Whether a marker found inside a line ({@link #heading} with {@code lineStart} false, or
     * {@link EnumerationSyntax#at}) can start with {@code c}: a cheap test that spares the full
     * parse at almost every character.
     */
    static boolean canStart(char c) {
        byte known = CAN_START[c];
        if (known == 0) {
            boolean yes = c == '（' || c == '(' || c == '第' || (c >= '\u2460' && c <= '\u2487')
                    || ChineseNumber.isNumeral(c);
            known = yes ? (byte) 2 : (byte) 1;
            CAN_START[c] = known; // a benign race: every thread computes the same value
        }
        return known == 2;
    }

    /** {@link #canStart} by character, filled as characters are met: 0 not yet known, 1 no, 2 yes. */
    private static final byte[] CAN_START = new byte[Character.MAX_VALUE + 1];

    /**
     * A heading marker at {@code i}: {@code 一、} or {@code 1.} (only at the start of a line, when
     * {@code lineStart}), or a bracketed or circled number anywhere.
     */
    static Match heading(String s, int i, boolean lineStart) {
        if (i >= s.length()) {
            return null;
        }
        char c = s.charAt(i);
        if (c == '（' || c == '(') {
            return bracketed(s, i);
        }
        if (c >= '\u2460' && c <= '\u2473') {
            return new Match(MarkerKind.CIRCLED, c - 0x2460 + 1, "①", true, i, i + 1);
        }
        if (c >= '\u2474' && c <= '\u2487') {
            return new Match(MarkerKind.PAREN_ARABIC, c - 0x2474 + 1, "⑴", false, i, i + 1);
        }
        if (!lineStart) {
            return null;
        }
        if (ChineseNumber.isNumeral(c)) {
            return chineseWithSeparator(s, i, false);
        }
        if (Chars.isDigit(c)) {
            return arabicWithSeparator(s, i, false);
        }
        return null;
    }

    /**
     * A line-start marker that reads either as a heading or as a number: {@code 一、三年来的斗争}
     * (or two coordinated numbers, {@code 一、二季度}), {@code 8.6个重点产业链} (item 8, or 8.6),
     * {@code 14.2025年}, {@code 13.EFLOPS级算力}. The caller decides by the numbering around it.
     * {@code null} when {@link #heading} already accepts or nothing can be read.
     */
    static Match ambiguousHeading(String s, int i) {
        if (i >= s.length()) {
            return null;
        }
        char c = s.charAt(i);
        if (Chars.isDigit(c)) {
            return arabicWithSeparator(s, i, false) != null ? null : arabicWithSeparator(s, i, true);
        }
        if (!ChineseNumber.isNumeral(c) || chineseWithSeparator(s, i, false) != null) {
            return null;
        }
        return chineseWithSeparator(s, i, true);
    }

    private static Match bracketed(String s, int i) {
        char open = s.charAt(i);
        int j = skipBlanks(s, i + 1);
        if (j >= s.length()) {
            return null;
        }
        MarkerKind kind;
        int ordinal;
        int k;
        if (ChineseNumber.isNumeral(s.charAt(j))) {
            k = numeralEnd(s, j);
            ordinal = ChineseNumber.parse(s.substring(j, k));
            kind = MarkerKind.PAREN_CN;
        } else if (Chars.isDigit(s.charAt(j))) {
            k = j;
            while (k < s.length() && Chars.isDigit(s.charAt(k))) {
                k++;
            }
            if (k - j > 2) {
                return null;
            }
            ordinal = digits(s.substring(j, k));
            kind = MarkerKind.PAREN_ARABIC;
        } else {
            return null;
        }
        k = skipBlanks(s, k);
        if (ordinal < 1 || k >= s.length()) {
            return null;
        }
        char close = s.charAt(k);
        if (close != '）' && close != ')') {
            return null;
        }
        String form = "" + open + close;
        return new Match(kind, ordinal, form, open == '（' && close == '）', i, k + 1);
    }

    /**
     * Whether a numeral at {@code k} continues the number {@code n} before it as a coordinated
     * ordinal ({@code 一、二季度}, {@code 第一、二产业}): only a larger number can
     * ({@code 二、一定要}, {@code 一、一年来} start with a word).
     */
    static boolean coordinated(String s, int k, int n) {
        if (k >= s.length() || !ChineseNumber.isNumeral(s.charAt(k))) {
            return false;
        }
        int e = numeralEnd(s, k);
        return e > k && ChineseNumber.parse(s.substring(k, e)) > n;
    }

    /** {@code 一、} at a line start; {@code withUnit} also takes {@code 一、三年…}, which may be 一、三 years. */
    private static Match chineseWithSeparator(String s, int i, boolean withUnit) {
        int j = numeralEnd(s, i);
        int n = ChineseNumber.parse(s.substring(i, j));
        if (n < 1 || j >= s.length()) {
            return null;
        }
        char sep = s.charAt(j);
        if (sep != '、' && sep != '.' && sep != '．' && sep != '，' && sep != ',') {
            return null;
        }
        int k = j + 1;
        if (k < s.length()) {
            char next = s.charAt(k);
            if (coordinated(s, k, n)) {
                int e = numeralEnd(s, k);
                if (e < s.length() && "、，,．.".indexOf(s.charAt(e)) >= 0 || e < s.length() && !Chars.isHan(s.charAt(e))) {
                    return null; // 一、二、三产业 / 一、二季度
                }
                if (!withUnit && e < s.length() && "季月年类级产等批期线号".indexOf(s.charAt(e)) >= 0) {
                    return null;
                }
            }
            if (Chars.isDigit(next) && sep != '、') {
                return null; // 一.5 is not a heading; 二、2024年工作安排 is
            }
        }
        return new Match(MarkerKind.CN_DUN, n, String.valueOf(sep), sep == '、', i, k);
    }

    /**
     * {@code 1.} at a line start. {@code withNumber} also takes a marker followed by a number or a
     * Latin letter ({@code 8.6个}, {@code 14.2025年}, {@code 21.5+2}, {@code 13.EFLOPS},
     * {@code 3.5%左右的}), but not a number with a second point ({@code 1.2.3}) or a line that
     * ends with the number.
     */
    private static Match arabicWithSeparator(String s, int i, boolean withNumber) {
        int j = i;
        boolean fullWidth = false;
        while (j < s.length() && Chars.isDigit(s.charAt(j))) {
            fullWidth |= !Chars.isAsciiDigit(s.charAt(j));
            j++;
        }
        if (j - i > 2 || j >= s.length()) {
            return null;
        }
        char sep = s.charAt(j);
        if (sep != '.' && sep != '．' && sep != '、') {
            return null;
        }
        int k = j + 1;
        if (k < s.length()) {
            char next = s.charAt(k);
            boolean number = Chars.isDigit(next) || Chars.isAsciiLetter(next) || isFullWidthLetter(next);
            if (next == '%' || next == '％' || number && !(withNumber && sep != '、' && itemAfterNumber(s, k))) {
                return null; // 1.5万, 3、4月, 1.x
            }
        }
        int n = digits(s.substring(i, j));
        if (n < 1) {
            return null;
        }
        return new Match(MarkerKind.ARABIC_DOT, n, String.valueOf(sep), sep != '、' && !fullWidth, i, k);
    }

    private static boolean isFullWidthLetter(char c) {
        return (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }

    /**
     * Whether the digits or letters at {@code k} can open the text of an item ({@code 6个},
     * {@code 2025年}, {@code 5+2}, {@code EFLOPS级}, {@code 5%左右}) rather than end a decimal
     * number ({@code 5.3}, a line that ends with the number).
     */
    private static boolean itemAfterNumber(String s, int k) {
        int e = k;
        boolean letters = false;
        while (e < s.length() && (Chars.isDigit(s.charAt(e)) || Chars.isAsciiLetter(s.charAt(e))
                || isFullWidthLetter(s.charAt(e)))) {
            letters |= !Chars.isDigit(s.charAt(e));
            e++;
        }
        if (letters) {
            return true; // no number has letters: 13.EFLOPS（百亿亿次）…, 3．5G…
        }
        if (e >= s.length()) {
            return false;
        }
        char c = s.charAt(e);
        return Chars.isHan(c) || "+＋“-—%％‰".indexOf(c) >= 0;
    }

    static int numeralEnd(String s, int i) {
        int j = i;
        while (j < s.length() && j - i < 3 && isOrdinalNumeral(s.charAt(j))) {
            j++;
        }
        return j;
    }

    static boolean isOrdinalNumeral(char c) {
        return "一二三四五六七八九十".indexOf(c) >= 0;
    }

    static int skipBlanks(String s, int i) {
        while (i < s.length() && Chars.isBlank(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int digits(String d) {
        int n = 0;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            n = n * 10 + (c >= '０' ? c - '０' : c - '0');
        }
        return n;
    }
}
