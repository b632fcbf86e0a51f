package io.github.gongwen.extract;

import io.github.gongwen.fact.NumberSlip;
import java.util.Set;

/**
 * Finds numbers mistyped in ways that read as typos: {@code 、} between digits before a unit, where
 * a decimal point belongs ({@code 3、19亿元}, but not a list {@code 1、2、3} or {@code 第1、2名} or
 * months {@code 1、2月}); a decimal after a verb of change that ends the clause without its
 * {@code %} ({@code 同比增长18.3；}); and a year in Chinese numerals that starts with {@code 〇}
 * ({@code 〇〇八年} for 二〇〇八年). The text is searched for {@code 、}, {@code 〇} and decimal
 * points only; the digits around them are looked at closer.
 */
public final class NumberSlipScanner implements Extractor {
    @Override public Set<Class<?>> produces() { return Set.of(NumberSlip.class); }

    /** Units after which a number is an amount (the part after 、 is its decimals). */
    private static final String[] UNITS = {"万", "亿", "元", "%", "％", "吨", "平方", "公里", "公顷", "千米", "米", "亩",
        "斤", "公斤", "千克", "个百分点", "倍", "千瓦", "立方"};
    /** Verbs of change after which a bare decimal is a rate. */
    private static final String[] CHANGES = {"增长", "下降", "增加", "减少", "提高", "降低", "上升", "下滑", "回落", "增幅",
        "降幅", "增速", "增长了", "下降了", "提高了", "降低了"};
    private static final String CHINESE_DIGITS = "〇零一二三四五六七八九";

    @Override
    public void extract(Facts facts) {
        char[] t = facts.chars();
        String text = facts.source().text();
        for (int i = text.indexOf('、'); i >= 0; i = text.indexOf('、', i + 1)) {
            if (i > 0 && i + 1 < t.length && digit(t[i - 1]) && digit(t[i + 1])) {
                decimalComma(facts, text, t, i);
            }
        }
        for (int i = text.indexOf('〇'); i >= 0; i = text.indexOf('〇', i + 1)) {
            if (i == 0 || !numeral(t[i - 1])) {
                yearDigit(facts, t, i);
            }
        }
        for (char point : new char[] {'.', '．'}) {
            for (int i = text.indexOf(point); i >= 0; i = text.indexOf(point, i + 1)) {
                if (i > 0 && i + 1 < t.length && digit(t[i - 1]) && digit(t[i + 1])) {
                    int from = i - 1;
                    while (from > 0 && digit(t[from - 1])) {
                        from--;
                    }
                    if (from == 0 || !(t[from - 1] == '.' || t[from - 1] == '．')) {
                        i = lostPercent(facts, text, t, from);
                    }
                }
            }
        }
    }

    private static void decimalComma(Facts facts, String text, char[] t, int at) {
        int from = at;
        while (from > 0 && digit(t[from - 1])) {
            from--;
        }
        int to = at + 1;
        while (to < t.length && digit(t[to])) {
            to++;
        }
        if (from > 0 && (t[from - 1] == '、' || t[from - 1] == '第' || t[from - 1] == '.' || t[from - 1] == '．')) {
            return; // 1、2、3 or 第1、2
        }
        if (to < t.length && (t[to] == '、' || t[to] == '.' || t[to] == '．') || !unitAt(text, to)) {
            return;
        }
        String written = text.substring(from, to);
        facts.add(new NumberSlip(written, written.replace('、', '.'), "顿号用作小数点", from, to,
                facts.source().lines().line(from)));
    }

    private static void yearDigit(Facts facts, char[] t, int at) {
        int to = at;
        while (to < t.length && numeral(t[to])) {
            to++;
        }
        if (to - at == 3 && to < t.length && t[to] == '年') {
            String written = new String(t, at, to - at + 1);
            facts.add(new NumberSlip(written, "二" + written, "年份缺首位数字", at, to + 1,
                    facts.source().lines().line(at)));
        }
    }

    /** Looks at the number starting at {@code at}; returns the index of its last character. */
    private static int lostPercent(Facts facts, String text, char[] t, int at) {
        int to = at;
        boolean point = false;
        while (to < t.length && (digit(t[to]) || ((t[to] == '.' || t[to] == '．') && !point && to + 1 < t.length
                && digit(t[to + 1])))) {
            point |= !digit(t[to]);
            to++;
        }
        if (!point || to >= t.length || "，。；,;、".indexOf(t[to]) < 0) {
            return to - 1;
        }
        for (String verb : CHANGES) {
            int v = at - verb.length();
            if (v >= 0 && text.startsWith(verb, v)) {
                String written = text.substring(at, to);
                facts.add(new NumberSlip(written, written + "%", "增长率缺百分号", at, to,
                        facts.source().lines().line(at)));
                break;
            }
        }
        return to - 1;
    }

    private static boolean unitAt(String text, int at) {
        for (String u : UNITS) {
            if (text.startsWith(u, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean digit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean numeral(char c) {
        return CHINESE_DIGITS.indexOf(c) >= 0 || digit(c);
    }
}
