package io.github.gongwen.extract;

import io.github.gongwen.fact.Paragraph;
import io.github.gongwen.fact.Part;
import io.github.gongwen.fact.YearMention;
import io.github.gongwen.text.SourceText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years that open a part or a statement, as {@link YearMention}s: a year in a part's heading
 * (一、2023年工作回顾), a statement 2023年是… or 2023年1—10月…, and a year that opens the first
 * paragraph of a part (2023年，…). Used by {@link YearScanner}.
 */
final class YearOpenings {
    private static final Pattern STATEMENT = Pattern.compile("^" + Years.REGEX
            + " ?年(?:是|(?:1|一)\\s*[-—－~～至到]\\s*(?:[0-9０-９]{1,2}|十[一二]?|[二三四五六七八九])\\s*月)");
    private static final Pattern PART_OPENING = Pattern.compile("^" + Years.REGEX + " ?年(?:以来)?[，,]");
    private static final Pattern HEADING_YEAR = Pattern.compile(Years.REGEX + " ?年");

    private YearOpenings() {
    }

    /** A year in a part's heading: 一、2023年工作回顾. */
    static void heading(Facts facts, SourceText src, Part p) {
        String t = src.text();
        int lineEnd = t.indexOf('\n', p.getStart());
        String line = t.substring(p.getStart(), lineEnd < 0 ? t.length() : lineEnd);
        Matcher m = HEADING_YEAR.matcher(line);
        if (m.find()) {
            int s = p.getStart() + m.start();
            int e = p.getStart() + m.end();
            facts.add(new YearMention(t.substring(s, e), s, e, src.lines().line(s), p.getKind().getChineseName() + "部分",
                    p.getYearFrom(), p.getYearTo(), true, p.getKind(), Years.value(m, 1), YearMention.Role.HEADING));
        }
    }

    /** A year that opens a statement: 2023年是…, 2023年1—10月…, or the first paragraph of a part. */
    static void statement(Facts facts, SourceText src, List<Paragraph> paragraphs, Paragraph para, Part part) {
        if (part == null || part.getYearFrom() == null) {
            return;
        }
        Matcher m = STATEMENT.matcher(para.getText());
        int from = part.getYearFrom();
        int to = part.getYearTo();
        if (m.find()) {
            // 2024年是… may open the turn to this year's work at the end of a review, too
            int[] cur = YearContext.current(facts.document());
            from = Math.min(from, cur[0]);
            to = Math.max(to, cur[1]);
        } else if (!((m = PART_OPENING.matcher(para.getText())).find() && firstInPart(paragraphs, part, para))) {
            // the anchored pattern first: it fails at once on most paragraphs, and firstInPart walks them all
            return;
        }
        int s = para.getStart() + m.start();
        int e = para.getStart() + m.start() + m.group().indexOf('年') + 1;
        facts.add(new YearMention(src.text().substring(s, e), s, e, para.getLine(),
                part.getKind().getChineseName() + "部分", from, to, true, part.getKind(), Years.value(m, 1),
                YearMention.Role.STATEMENT));
    }

    private static boolean firstInPart(List<Paragraph> paragraphs, Part part, Paragraph para) {
        for (Paragraph p : paragraphs) {
            if (p.getStart() >= part.getStart() && !p.isHeading() && p.getStart() < part.getEnd()) {
                return p == para;
            }
        }
        return false;
    }
}
