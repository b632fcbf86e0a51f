package io.github.gongwen.text;

import java.util.Locale;

/**
 * Writes a list counter the way Word shows it for a numbering format ({@code w:numFmt}):
 * {@code decimal} 1, {@code chineseCounting} 一 … 十一, {@code decimalEnclosedCircle} ①,
 * {@code ideographTraditional} 甲, {@code upperRoman} IV … Unknown formats fall back to decimal, as
 * Word does.
 */
final class NumberFormats {
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String TRADITIONAL = "甲乙丙丁戊己庚辛壬癸";
    private static final String ZODIAC = "子丑寅卯辰巳午未申酉戌亥";

    private NumberFormats() {
    }

    static String format(int n, String numFmt) {
        return switch (numFmt == null ? "decimal" : numFmt) {
            case "none", "bullet" -> "";
            case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
                    "japaneseCounting" -> counting(n, DIGITS, "十百千", true);
            case "chineseLegalSimplified", "ideographLegalTraditional" -> counting(n, LEGAL_DIGITS, "拾佰仟", false);
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digitByDigit(n);
            case "ideographTraditional" -> cyclic(n, TRADITIONAL);
            case "ideographZodiac" -> cyclic(n, ZODIAC);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" ->
                    enclosed(n, 0x2460, 20);
            case "decimalEnclosedParen" -> enclosed(n, 0x2474, 20);
            case "decimalEnclosedFullstop" -> enclosed(n, 0x2488, 20);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "decimalZero" -> n < 10 && n >= 0 ? "0" + n : Integer.toString(n);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
            default -> Integer.toString(n);
        };
    }

    /** 十一, 二十, 一百零五, 一千二百 (with {@code shortTen}: 十 … 十九 without a leading 一). */
    static String counting(int n, String digits, String units, boolean shortTen) {
        if (n <= 0 || n > 9999) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        StringBuilder b = new StringBuilder();
        int[] parts = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        boolean zero = false;
        for (int i = 0; i < 4; i++) {
            int d = parts[i];
            if (d == 0) {
                zero = b.length() > 0;
                continue;
            }
            if (zero) {
                b.append(digits.charAt(0));
                zero = false;
            }
            if (!(shortTen && i == 2 && d == 1 && b.length() == 0)) {
                b.append(digits.charAt(d));
            }
            if (i < 3) {
                b.append(units.charAt(2 - i));
            }
        }
        return b.toString();
    }

    private static String digitByDigit(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append(Character.isDigit(c) ? DIGITS.charAt(c - '0') : c);
        }
        return b.toString();
    }

    private static String cyclic(int n, String signs) {
        return n >= 1 && n <= signs.length() ? String.valueOf(signs.charAt(n - 1)) : Integer.toString(n);
    }

    private static String enclosed(int n, int first, int count) {
        return n >= 1 && n <= count ? String.valueOf((char) (first + n - 1)) : Integer.toString(n);
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append((char) (c - '0' + '０')));
        return b.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] signs = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                b.append(signs[i]);
                n -= values[i];
            }
        }
        return b.toString();
    }

    /** A, B … Z, AA, BB … as Word writes letter lists. */
    private static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char c = (char) ('A' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }
}
