package io.github.gongwen.extract;

import io.github.gongwen.fact.Paragraph;
import io.github.gongwen.fact.YearConflict;
import io.github.gongwen.text.SourceText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report's title and body cover, when they differ ({@link YearConflict.Kind#PERIOD}):
 * a 年度 summary whose body reports 上半年 only, or a 上半年 or 季度 summary that speaks of
 * 一年来. Used by {@link YearEvidence}.
 */
final class ReportPeriod {
    /** A title of a whole year's summary. */
    private static final Pattern TITLE_WHOLE_YEAR = Pattern.compile("年度[^，。]{0,10}总结|(?:19|20)[0-9]{2} ?年(?:[^，。\\d]{0,10})?总结");
    private static final Pattern TITLE_PART_YEAR = Pattern.compile("半年|季度|[0-9一二三四五六七八九十]月|前三");
    private static final Pattern TITLE_HALF = Pattern.compile("上半年|半年|季度");
    /** The body reports on the first half of a year. */
    private static final Pattern HALF = Pattern.compile("上半年|半年来|1 ?[-—－~～至到] ?6 ?月");
    /** The body reports on a whole year. */
    private static final Pattern WHOLE = Pattern.compile("一年来|过去(?:的)?一年|本年度|全年(?:共|实现|完成|累计|新增|接待|办理|组织|开展)"
            + "|1 ?[-—－~～至到] ?1[012] ?月|下半年|[第四]{1,2}季度|年底|年末|7 ?[-—－~～至到] ?12 ?月");
    private static final Pattern YEAR_LONG = Pattern.compile("一年来|过去(?:的)?一年(?:来|里|中)?");

    private ReportPeriod() {
    }

    /** A 年度 summary whose body reports 上半年 only; a 上半年 or 季度 summary that speaks of 一年来. */
    static void check(Facts facts, SourceText src, List<Paragraph> paragraphs, List<Paragraph> titleLines) {
        boolean whole = false;
        boolean half = false;
        for (Paragraph p : titleLines) {
            String t = p.getText();
            if (TITLE_PART_YEAR.matcher(t).find()) {
                half |= TITLE_HALF.matcher(t).find();
            } else {
                whole |= TITLE_WHOLE_YEAR.matcher(t).find();
            }
        }
        if (whole == half) {
            return;
        }
        Pattern sign = whole ? HALF : YEAR_LONG;
        Paragraph at = null;
        Matcher first = null;
        int count = 0;
        for (Paragraph p : paragraphs) {
            if (titleLines.contains(p)) {
                continue;
            }
            Matcher m = sign.matcher(p.getText());
            while (m.find()) {
                if (count++ == 0) {
                    at = p;
                    first = sign.matcher(p.getText());
                    first.find(m.start());
                }
            }
        }
        if (first == null || whole && count < 2) {
            return;
        }
        for (Paragraph p : whole ? paragraphs : List.<Paragraph>of()) {
            // looked for only now that the body reports 上半年: whole paragraphs are long
            if (!titleLines.contains(p) && WHOLE.matcher(p.getText()).find()) {
                return; // the body reports the whole year too
            }
        }
        int s = at.getStart() + first.start();
        String note = whole ? "标题为全年总结，而正文只报告上半年（共" + count + "处）"
                : "标题为半年或季度总结，而正文说的是“" + first.group() + "”";
        facts.add(new YearConflict(first.group(), s, at.getStart() + first.end(), src.lines().line(s),
                YearConflict.Kind.PERIOD, note));
    }
}
