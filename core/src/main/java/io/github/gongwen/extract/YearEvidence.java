package io.github.gongwen.extract;

import io.github.gongwen.fact.Anniversary;
import io.github.gongwen.fact.Document;
import io.github.gongwen.fact.Paragraph;
import io.github.gongwen.fact.Part;
import io.github.gongwen.fact.PartKind;
import io.github.gongwen.fact.PlanPeriod;
import io.github.gongwen.fact.ReportType;
import io.github.gongwen.fact.YearClaim;
import io.github.gongwen.fact.YearConflict;
import io.github.gongwen.fact.YearMention;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the years of a whole report say together ({@link YearConflict}): a summary and a plan of
 * the same year in one line (2023年度工作总结及2023年工作计划: a year replaced throughout), a
 * change from a year to the same year (由2020年…提高到2020年), a 年度 summary whose body reports
 * 上半年 only or a 上半年 summary that speaks of 一年来, and a title year the body rules out. The
 * body's year is weighed from what dates it: 今年是建党100周年 (2021), “十四五”开局之年 (2021),
 * a statement 2014年，在…领导下, and the congress whose spirit it carries out (贯彻党的十九大精神:
 * 2017–2022). When two or more of these agree on years that the title's year is not near, the
 * title is reported (with each line that repeats it) and the claims that agree with the body are
 * not reported against the title again. Called by {@link YearScanner} once its claims are in.
 */
final class YearEvidence {
    private static final String YEAR = "(?<![0-9０-９.．])((?:19|20)[0-9]{2}) ?年";
    private static final Pattern SAME_YEAR_PLAN = Pattern.compile(YEAR + "度?([^，。；,;：:\\d]{0,14}?)总结"
            + "(?:及|和|与|暨|、|并|以及)\\1 ?年度?([^，。；,;：:\\d]{0,10}?)(?:计划|打算|思路|要点|安排|规划)");
    private static final Pattern SUB_PERIOD = Pattern.compile("半年|季度|[0-9一二三四五六七八九十]月|前三|上年|下年");
    private static final Pattern SAME_YEAR_CHANGE = Pattern.compile(YEAR + "[^，。；,;]{0,24}?"
            + "(?:提高|增加|增长|上升|下降|减少|降低|提升|扩大|缩小|达)(?:到|至)\\1 ?年");
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
    /** A statement of the year being reported on: 2014年，在镇党委、政府的领导下…. */
    private static final Pattern LED_STATEMENT = Pattern.compile(YEAR
            + "(?:以来)?[，,]\\s*(?:在|我[镇乡村县区市局])[^。]{0,30}领导");
    /** Carrying out a congress's spirit dates a report to the five years after it. */
    private static final Pattern CONGRESS = Pattern.compile("(?:学习|贯彻|落实|领会|以)[^，。；]{0,8}?(?:党的)?(十[五六七八九]|二十)大"
            + "(?![^，。；]{0,4}(?:召开|以来|之前|前夕))");
    private static final List<String> CONGRESSES = List.of("十五", "十六", "十七", "十八", "十九", "二十");
    private static final int[] NO_YEARS = {};
    /** The farthest apart two years of one rewrite can stand. */
    private static final int REWRITE_REACH = 40;
    private static final int FIRST_CONGRESS_YEAR = 1997;
    private static final Pattern TITLE_YEAR = Pattern.compile(YEAR);
    /** A title of several years: a term's report, a five-year review. */
    private static final Pattern MANY_YEARS = Pattern.compile("任期|届|[三五几两]年|[0-9]{4} ?年?[-—－~～至到]");
    private static final int TITLE_LINES = 5;
    private static final int TITLE_MAX = 60;

    /** An item of evidence of the body's year: the years it allows and what it is. */
    private record Evidence(int from, int to, String what, YearClaim claim) {
    }

    private YearEvidence() {
    }

    static void check(Facts facts, List<Paragraph> paragraphs, List<Part> parts) {
        Document doc = facts.document();
        SourceText src = facts.source();
        List<Evidence> evidence = new ArrayList<>();
        for (YearClaim c : facts.of(YearClaim.class)) {
            if (!dated(c)) {
                continue;
            }
            if (c instanceof Anniversary a) {
                evidence.add(new Evidence(a.getImpliedYear(), a.getImpliedYear(), a.getText(), c));
            } else if (c instanceof PlanPeriod p) {
                evidence.add(new Evidence(p.getImpliedFrom(), p.getImpliedTo(), p.getText(), c));
            }
        }
        List<Paragraph> titleLines = titleLines(doc, paragraphs);
        char[] chars = facts.chars();
        for (Paragraph p : paragraphs) {
            // the expressions run only where a year (19xx年, 20xx年) or a congress (十九大) stands
            String t = p.getText();
            int[] years = yearStarts(chars, p.getStart(), p.getStart() + t.length());
            boolean title = titleLines.contains(p);
            boolean led = false;
            for (int k = 0; k < years.length; k++) {
                int y = years[k] - p.getStart();
                if (k + 1 < years.length && years[k + 1] - years[k] <= REWRITE_REACH
                        && t.regionMatches(y, t, years[k + 1] - p.getStart(), 4)) {
                    rewrite(facts, src, p, SAME_YEAR_PLAN.matcher(t), y, true);
                    if (y > 0 && (t.charAt(y - 1) == '由' || t.charAt(y - 1) == '从')) {
                        rewrite(facts, src, p, SAME_YEAR_CHANGE.matcher(t), y, false);
                    }
                }
                if (!title && !led && (y == 0 || "。！？!? \t　".indexOf(t.charAt(y - 1)) >= 0)) {
                    led = statement(facts, src, doc, parts, p, y, evidence);
                }
            }
            if (!title) {
                congress(t, chars, p.getStart(), evidence);
            }
        }
        period(facts, src, doc, paragraphs, titleLines);
        title(facts, src, doc, paragraphs, evidence);
    }

    /** Whether a claim speaks of the report's own year: 今年…, 20XX年是…, or a review part's year. */
    private static boolean dated(YearClaim c) {
        String a = c.getAnchor();
        return a != null && (a.equals("今年") || a.equals("本年度") || a.equals("这一年") || a.indexOf('x') >= 0
                || a.indexOf('X') >= 0);
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

    /** The title and the short lines before the body that repeat or extend it. */
    private static List<Paragraph> titleLines(Document doc, List<Paragraph> paragraphs) {
        List<Paragraph> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (p.getLine() > TITLE_LINES) {
                break;
            }
            String t = p.getText().strip();
            if (p.getLine() == doc.getTitleLine() || t.length() <= TITLE_MAX && !t.isEmpty()
                    && "。！？!?，,；;：:".indexOf(t.charAt(t.length() - 1)) < 0 && !t.contains("。")) {
                out.add(p);
            }
        }
        return out;
    }

    /** A 年度 summary whose body reports 上半年 only; a 上半年 or 季度 summary that speaks of 一年来. */
    private static void period(Facts facts, SourceText src, Document doc, List<Paragraph> paragraphs,
            List<Paragraph> titleLines) {
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

    /**
     * A title year the body's evidence rules out: two or more items agreeing on years at least two
     * years from the title's. The title and every line repeating it are reported; the claims that
     * agree with the body are withdrawn, so that the conflict is reported once, at the title.
     */
    private static void title(Facts facts, SourceText src, Document doc, List<Paragraph> paragraphs,
            List<Evidence> evidence) {
        if (!"title".equals(doc.getYearSource()) || evidence.size() < 2 || doc.getTitle() == null) {
            return;
        }
        int from = Integer.MIN_VALUE;
        int to = Integer.MAX_VALUE;
        Set<String> what = new LinkedHashSet<>();
        for (Evidence e : evidence) {
            from = Math.max(from, e.from());
            to = Math.min(to, e.to());
            what.add(e.what().startsWith("“") ? e.what() : "“" + e.what() + "”");
        }
        int year = doc.getYear();
        if (from > to || to >= year - 1 && from <= year + 1) {
            return;
        }
        for (Evidence e : evidence) {
            if (e.claim() != null) {
                facts.remove(e.claim());
            }
        }
        String body = from == to ? from + "年" : from + "—" + to + "年";
        String note = "正文说的是" + body + "（" + String.join("、", what) + "）";
        String key = compact(doc.getTitle());
        for (Paragraph p : paragraphs) {
            String t = p.getText();
            if (p.getLine() != doc.getTitleLine() && !compact(t).contains(key)) {
                continue;
            }
            Matcher m = TITLE_YEAR.matcher(t);
            boolean found = m.find();
            int s = p.getStart() + (found ? m.start() : 0);
            int e = p.getStart() + (found ? m.end() : Math.min(t.length(), TITLE_MAX / 4));
            facts.add(new YearConflict(src.text().substring(s, e), s, e, src.lines().line(s), YearConflict.Kind.TITLE,
                    note));
        }
    }

    /**
     * The offsets of the years written 19xx年 or 20xx年 (a space allowed before 年) in
     * {@code chars[from, to)}: a scan for 年 with four digits before it.
     */
    private static int[] yearStarts(char[] chars, int from, int to) {
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

    /** A statement of the year reported on at {@code y}: 2014年，在镇党委、政府的领导下…; whether one was found. */
    private static boolean statement(Facts facts, SourceText src, Document doc, List<Part> parts, Paragraph p, int y,
            List<Evidence> evidence) {
        String t = p.getText();
        Matcher m = LED_STATEMENT.matcher(t).region(y, Math.min(t.length(), y + 48)).useTransparentBounds(true);
        if (!m.lookingAt()) {
            return false;
        }
        int year = Integer.parseInt(m.group(1));
        int s = p.getStart() + y;
        int ye = t.indexOf('年', y) + 1;
        Part part = partAt(parts, s);
        YearMention ym = null;
        boolean summary = doc.getType() == ReportType.SUMMARY || doc.getType() == ReportType.SUMMARY_AND_PLAN;
        if (part != null && part.getKind() == PartKind.REVIEW && part.getYearFrom() != null && summary
                && (doc.getTitle() == null || !MANY_YEARS.matcher(doc.getTitle()).find())) {
            ym = new YearMention(t.substring(y, ye), s, p.getStart() + ye, src.lines().line(s),
                    part.getKind().getChineseName() + "部分", part.getYearFrom(), part.getYearTo(), true,
                    part.getKind(), year, YearMention.Role.STATEMENT);
            facts.add(ym);
        }
        evidence.add(new Evidence(year, year, year + "年，在…领导下", ym));
        return true;
    }

    /** The first congress whose spirit the paragraph carries out (贯彻党的十九大精神), as evidence of its years. */
    private static void congress(String t, char[] chars, int from, List<Evidence> evidence) {
        // the paragraph's text is chars[from, from + t.length()): scanned as an array, which C1 reads faster
        for (int j = from + 2, end = from + t.length(); j < end; j++) {
            if (chars[j] != '大') {
                continue;
            }
            char c1 = chars[j - 1];
            if (c1 != '五' && c1 != '六' && c1 != '七' && c1 != '八' && c1 != '九' && c1 != '十') {
                continue; // no ordinal of CONGRESSES ends there: 大 of 重大, 扩大 and the like
            }
            int i = j - from;
            int k = congressAt(t, i - 2);
            if (k < 0) {
                continue;
            }
            Matcher c = CONGRESS.matcher(t).region(Math.max(0, i - 16), Math.min(t.length(), i + 8))
                    .useTransparentBounds(true);
            while (c.find()) {
                if (c.end() == i + 1) {
                    int y = FIRST_CONGRESS_YEAR + 5 * k;
                    evidence.add(new Evidence(y, y + 5, "贯彻党的" + c.group(1) + "大精神", null));
                    return;
                }
            }
        }
    }

    /** The index in {@link #CONGRESSES} of the ordinal at {@code i} (十九), or -1. */
    private static int congressAt(String t, int i) {
        for (int k = 0; k < CONGRESSES.size(); k++) {
            if (t.startsWith(CONGRESSES.get(k), i)) {
                return k;
            }
        }
        return -1;
    }

    private static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    private static Part partAt(List<Part> parts, int offset) {
        for (Part p : parts) {
            if (p.contains(offset)) {
                return p;
            }
        }
        return null;
    }
}
