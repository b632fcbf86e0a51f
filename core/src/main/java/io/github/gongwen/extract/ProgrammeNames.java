package io.github.gongwen.extract;

import io.github.gongwen.text.Chars;

/**
 * Whether an X, x or × is part of the name of a policy or programme rather than a mask. Official
 * programme names use X for "and more" and × for "multiplied by":
 * <ul>
 * <li>a code of two or more digits ending in X ({@code 415X产业集群}, {@code 141X}), unless it
 * has the shape of a masked year ({@code 20XX年}, {@code 201X}, {@code 19xx});</li>
 * <li>an X joined to other terms by {@code +} ({@code 1+N+X}, {@code 1+X证书});</li>
 * <li>a single × that ends a quoted name after Chinese words ({@code “数据要素×”行动}), or a
 * single X there when a programme word follows ({@code “产业+X”体系}); unlike a quote that is
 * all mask ({@code “XX”}) or a run of masks ({@code “三个xx”}).</li>
 * <li>a single X counting something in a sentence that counts with another letter too, as a
 * formula's terms are explained ({@code 1个总体方案、N个专项方案和X项配套措施}): masks are X, x and
 * *, never N.</li>
 * </ul>
 */
final class ProgrammeNames {
    private static final String[] PROGRAMME_WORDS = {"行动", "工程", "计划", "体系", "模式", "战略", "产业",
        "集群", "政策", "品牌", "机制", "格局", "布局", "框架", "体制", "工作法", "发展"};

    private ProgrammeNames() {
    }

    static boolean contains(String t, int s, int e) {
        return digitCode(t, s, e) || joinedByPlus(t, s, e) || endsQuotedName(t, s, e) || formulaTerm(t, s, e);
    }

    /** Measure words a letter of a formula counts with (N个, X项). */
    private static final String COUNTED = "个项条类家批";

    private static boolean formulaTerm(String t, int s, int e) {
        if (e - s != 1 || t.charAt(s) != 'X' || e >= t.length() || COUNTED.indexOf(t.charAt(e)) < 0) {
            return false;
        }
        for (int i = s - 1; i >= Math.max(0, s - 40); i--) {
            char c = t.charAt(i);
            if (c == '。' || c == '；' || c == '\n') {
                return false;
            }
            if ((c == 'N' || c == 'M') && i + 1 < t.length() && COUNTED.indexOf(t.charAt(i + 1)) >= 0
                    && (i == 0 || !Character.isLetter(t.charAt(i - 1)) || Chars.isHan(t.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean digitCode(String t, int s, int e) {
        int d = s;
        while (d > 0 && Chars.isDigit(t.charAt(d - 1))) {
            d--;
        }
        int digits = s - d;
        if (digits < 2) {
            return false;
        }
        // 415X产业集群, 141X: the code is followed by its programme word, a quote or the clause end
        int after = e < t.length() ? t.charAt(e) : '\n';
        if (Chars.isDigit(after)) {
            return false;
        }
        boolean yearShape = digits + (e - s) == 4 && (t.startsWith("19", d) || t.startsWith("20", d));
        return !yearShape;
    }

    private static boolean joinedByPlus(String t, int s, int e) {
        return (s > 0 && isPlus(t.charAt(s - 1))) || (e < t.length() && isPlus(t.charAt(e)));
    }

    private static boolean isPlus(char c) {
        return c == '+' || c == '＋';
    }

    private static boolean endsQuotedName(String t, int s, int e) {
        if (e - s != 1 || e >= t.length() || s < 2) {
            return false;
        }
        char close = t.charAt(e);
        if (close != '”' && close != '"' && close != '」' && close != '’') {
            return false;
        }
        if (!Chars.isHan(t.charAt(s - 1)) || !Chars.isHan(t.charAt(s - 2))) {
            return false;
        }
        char c = t.charAt(s);
        return c == '×' || followedByProgrammeWord(t, e + 1);
    }

    /** 行动, 工程, 计划, 体系, 模式, 战略, 产业集群 …: the words a programme's name is followed by. */
    private static boolean followedByProgrammeWord(String t, int i) {
        for (String w : PROGRAMME_WORDS) {
            if (t.startsWith(w, i)) {
                return true;
            }
        }
        return false;
    }
}
