package io.github.gongwen.fact;

/** Chinese numerals 一 to 九十九 as used in outline markers. */
public final class ChineseNumber {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumber() {
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 21 → 二十一; other values as Arabic digits. */
    public static String format(int n) {
        if (n <= 0 || n >= 100) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十"
                + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }

    /** The value of 一…九十九 written as in {@link #format}; -1 if {@code s} is not such a numeral. */
    public static int parse(CharSequence s) {
        int n = s.length();
        if (n == 0 || n > 3) {
            return -1;
        }
        int ten = -1;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) == '十') {
                if (ten >= 0) {
                    return -1;
                }
                ten = i;
            }
        }
        if (ten < 0) {
            return n == 1 ? digit(s.charAt(0)) : -1;
        }
        int tens;
        if (ten == 0) {
            tens = 1;
        } else if (ten == 1) {
            tens = digit(s.charAt(0));
            if (tens < 2) {
                return -1;
            }
        } else {
            return -1;
        }
        int rest = n - ten - 1;
        if (rest == 0) {
            return tens * 10;
        }
        if (rest == 1) {
            int ones = digit(s.charAt(ten + 1));
            return ones < 1 ? -1 : tens * 10 + ones;
        }
        return -1;
    }

    /** Whether {@code c} is one of 〇一二三四五六七八九十. */
    public static boolean isNumeral(int c) {
        return c == '十' || (c < 0x10000 && DIGITS.indexOf(c) >= 0) || c == '零' || c == '两';
    }

    private static int digit(char c) {
        int d = DIGITS.indexOf(c);
        return d >= 1 ? d : -1;
    }
}
