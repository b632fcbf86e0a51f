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
 * not reported against the title again. The rewrites, the period and the congresses are found by
 * {@link YearRewrites}, {@link ReportPeriod} and {@link CongressYears}. Called by
 * {@link YearScanner} once its claims are in.
 */
final class YearEvidence {
    /** A statement of the year being reported on: 2014年，在镇党委、政府的领导下…. */
    private static final Pattern LED_STATEMENT = Pattern.compile(YearRewrites.YEAR
            + "(?:以来)?[，,]\\s*(?:在|我[镇乡村县区市局])[^。]{0,30}领导");
    private static final Pattern TITLE_YEAR = Pattern.compile(YearRewrites.YEAR);
    /** A title of several years: a term's report, a five-year review. */
    private static final Pattern MANY_YEARS = Pattern.compile("任期|届|[三五几两]年|[0-9]{4} ?年?[-—－~～至到]");
    private static final int TITLE_LINES = 5;
    private static final int TITLE_MAX = 60;

    /** An item of evidence of the body's year: the years it allows and what it is. */
    record Evidence(int from, int to, String what, YearClaim claim) {
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
            int[] years = YearRewrites.yearStarts(chars, p.getStart(), p.getStart() + t.length());
            boolean title = titleLines.contains(p);
            boolean led = false;
            for (int k = 0; k < years.length; k++) {
                int y = years[k] - p.getStart();
                YearRewrites.find(facts, src, p, years, k);
                if (!title && !led && (y == 0 || "。！？!? \t　".indexOf(t.charAt(y - 1)) >= 0)) {
                    led = statement(facts, src, doc, parts, p, y, evidence);
                }
            }
            Evidence congress = title ? null : CongressYears.find(t, chars, p.getStart());
            if (congress != null) {
                evidence.add(congress);
            }
        }
        ReportPeriod.check(facts, src, paragraphs, titleLines);
        title(facts, src, doc, paragraphs, evidence);
    }

    /** Whether a claim speaks of the report's own year: 今年…, 20XX年是…, or a review part's year. */
    private static boolean dated(YearClaim c) {
        String a = c.getAnchor();
        return a != null && (a.equals("今年") || a.equals("本年度") || a.equals("这一年") || a.indexOf('x') >= 0
                || a.indexOf('X') >= 0);
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
        Part part = YearScanner.partAt(parts, s);
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

    private static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
