package io.github.gongwen.extract;

import io.github.gongwen.fact.Paragraph;
import io.github.gongwen.fact.YearConflict;
import io.github.gongwen.text.SourceText;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year replaced throughout, seen where it makes two years of one expression the same: a summary
 * and a plan of the same year in one line (2023年度工作总结及2023年工作计划) and a change from a
 * year to the same year (由2020年…提高到2020年). Used by {@link YearEvidence}, which finds the
 * years of each paragraph with {@link #yearStarts}.
 */
final class YearRewrites {
    /** A year 19xx or 20xx (group 1) and 年. */
    static final String YEAR = "(?<![0-9０-９.．])((?:19|20)[0-9]{2}) ?年";
    private static final Pattern SAME_YEAR_PLAN = Pattern.compile(YEAR + "度?([^，。；,;：:\\d]{0,14}?)总结"
            + "(?:及|和|与|暨|、|并|以及)\\1 ?年度?([^，。；,;：:\\d]{0,10}?)(?:计划|打算|思路|要点|安排|规划)");
    private static final Pattern SUB_PERIOD = Pattern.compile("半年|季度|[0-9一二三四五六七八九十]月|前三|上年|下年");
    private static final Pattern SAME_YEAR_CHANGE = Pattern.compile(YEAR + "[^，。；,;]{0,24}?"
            + "(?:提高|增加|增长|上升|下降|减少|降低|提升|扩大|缩小|达)(?:到|至)\\1 ?年");
    private static final int[] NO_YEARS = {};
    /** The farthest apart two years of one rewrite can stand. */
    private static final int REWRITE_REACH = 40;

    private YearRewrites() {
    }

    /**
     * The rewrites that open with year {@code k} of {@code years}, the offsets in the document of
     * the years of paragraph {@code p} ({@link #yearStarts}): looked for only when the next year
     * is near and the same.
     */
    static void find(Facts facts, SourceText src, Paragraph p, int[] years, int k) {
        String t = p.getText();
        int y = years[k] - p.getStart();
        if (k + 1 < years.length && years[k + 1] - years[k] <= REWRITE_REACH
                && t.regionMatches(y, t, years[k + 1] - p.getStart(), 4)) {
            rewrite(facts, src, p, SAME_YEAR_PLAN.matcher(t), y, true);
            if (y > 0 && (t.charAt(y - 1) == '由' || t.charAt(y - 1) == '从')) {
                rewrite(facts, src, p, SAME_YEAR_CHANGE.matcher(t), y, false);
            }
        }
    }

    /** A year replaced throughout, at {@code y} in the paragraph's text: an expression that opens with the year. */
    private static void rewrite(Facts facts, SourceText src, Paragraph p, Matcher m, int y, boolean plan) {
        m.region(y, Math.min(p.getText().length(), y + REWRITE_REACH + 20)).useTransparentBounds(true);
        if (!m.lookingAt()
                || plan && (SUB_PERIOD.matcher(m.group(2)).find() || SUB_PERIOD.matcher(m.group(3)).find())) {
            return;
        }
        // a change is reported from its 由 or 从
        int s = p.getStart() + m.start() - (plan ? 0 : 1);
        String note = plan ? "总结与计划同为" + m.group(1) + "年，计划应是下一年的（年份可能被整体替换）"
                : "起止同为" + m.group(1) + "年，年份可能被整体替换";
        facts.add(new YearConflict(src.text().substring(s, p.getStart() + m.end()), s, p.getStart() + m.end(),
                src.lines().line(s), YearConflict.Kind.REWRITE, note));
    }

    /**
     * The offsets of the years written 19xx年 or 20xx年 (a space allowed before 年) in
     * {@code chars[from, to)}: a scan for 年 with four digits before it.
     */
    static int[] yearStarts(char[] chars, int from, int to) {
        int[] out = NO_YEARS;
        int n = 0;
        for (int i = from + 4; i < to; i++) {
            if (chars[i] != '年') {
                continue;
            }
            int s = (chars[i - 1] == ' ' ? i - 1 : i) - 4;
            if (s < from || !digit(chars[s]) || !digit(chars[s + 1]) || !digit(chars[s + 2]) || !digit(chars[s + 3])
                    || s > from && (digit(chars[s - 1]) || chars[s - 1] == '.')
                    || !(chars[s] == '1' && chars[s + 1] == '9' || chars[s] == '2' && chars[s + 1] == '0')) {
                continue;
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, Math.max(4, n * 2));
            }
            out[n++] = s;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
