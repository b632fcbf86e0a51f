package io.github.gongwen.extract;

import io.github.gongwen.fact.ChineseNumber;
import io.github.gongwen.fact.MarkerKind;

/**
 * Recognises an enumeration marker at a position of a line: {@code 第一，}, {@code 一是},
 * {@code 一要}, but not the same characters in a set phrase ({@code 三要三不要}, {@code 一是否}),
 * a coordinated ordinal ({@code 第一、二产业}) or a ranking ({@code 分别居全国第五、第三}).
 */
final class EnumerationSyntax {
    private EnumerationSyntax() {
    }

    /** {@code 一是 / 一要 / 第一，} at {@code i}, or {@code null}. */
    static MarkerSyntax.Match at(String s, int i) {
        char c = s.charAt(i);
        if (c == '第') {
            int j = MarkerSyntax.numeralEnd(s, i + 1);
            if (j == i + 1 || j >= s.length()) {
                return null;
            }
            int n = ChineseNumber.parse(s.substring(i + 1, j));
            char sep = s.charAt(j);
            if (n < 1 || (sep != '，' && sep != '、' && sep != ',')) {
                return null;
            }
            if (MarkerSyntax.coordinated(s, j + 1, n)) {
                return null; // 第一、二产业 (but 第二、一定要… is an item)
            }
            if (inOrdinalSeries(s, i, j)) {
                return null; // 分别居全国第五、第三，: a ranking, not an item
            }
            return new MarkerSyntax.Match(MarkerKind.ORDINAL_DI, n, String.valueOf(sep), true, i, j + 1);
        }
        if (!ChineseNumber.isNumeral(c)) {
            return null;
        }
        int j = MarkerSyntax.numeralEnd(s, i);
        if (j >= s.length()) {
            return null;
        }
        int n = ChineseNumber.parse(s.substring(i, j));
        if (n < 1) {
            return null;
        }
        char v = s.charAt(j);
        char after = j + 1 < s.length() ? s.charAt(j + 1) : '\n';
        if (ChineseNumber.isNumeral(after) && s.startsWith("不", MarkerSyntax.numeralEnd(s, j + 1))) {
            return null; // 三要三不要: a set phrase, not an item
        }
        if (v == '是' && after != '否' && after != '非') {
            return new MarkerSyntax.Match(MarkerKind.ENUM_SHI, n, "是", true, i, j + 1);
        }
        if (v == '要' && "素点件事务求害闻职".indexOf(after) < 0) {
            return new MarkerSyntax.Match(MarkerKind.ENUM_YAO, n, "要", true, i, j + 1);
        }
        return null;
    }

    /**
     * Whether the ordinal {@code 第N} at {@code [i, j)} is one of a series of ordinals joined by
     * {@code 、}: another {@code 第M} follows its {@code 、} or precedes it with one
     * ({@code 第五、第三}, {@code 第一、第二产业}).
     */
    private static boolean inOrdinalSeries(String s, int i, int j) {
        if (s.charAt(j) == '、' && j + 2 < s.length() && s.charAt(j + 1) == '第' && MarkerSyntax.isOrdinalNumeral(s.charAt(j + 2))) {
            return true;
        }
        int k = i - 1;
        if (k < 0 || s.charAt(k) != '、') {
            return false;
        }
        int d = k;
        while (d > 0 && MarkerSyntax.isOrdinalNumeral(s.charAt(d - 1))) {
            d--;
        }
        return d < k && d > 0 && s.charAt(d - 1) == '第';
    }
}
