package io.github.gongwen.extract;

import io.github.gongwen.fact.Document;
import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.Paragraph;
import io.github.gongwen.fact.ReportType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in the {@link Document} fact: its title, the report type and the report year, saying how
 * each was found. The year comes from the configuration, then the title, then headings (a
 * 政府工作报告 whose 一、 reviews 2023 is the 2024 report), then the file name. Runs after the
 * {@link OutlineParser}.
 */
public final class DocumentInfo implements Extractor {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9０-９])((?:19|20)[0-9]{2})(?![0-9０-９])\\s*年?");
    private static final Pattern FILE_YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
    private static final Pattern REVIEW = Pattern.compile("((?:19|20)[0-9]{2})\\s*年\\s*(?:工作)?回顾");

    private final Integer configuredYear;

    /** @param configuredYear the year given by the user, or {@code null} to infer it */
    public DocumentInfo(Integer configuredYear) {
        this.configuredYear = configuredYear;
    }

    @Override
    public void extract(Facts facts) {
        Document doc = facts.document();
        List<Paragraph> paragraphs = facts.of(Paragraph.class);
        Paragraph first = paragraphs.isEmpty() ? null : paragraphs.get(0);
        if (first != null && !first.isHeading() && isTitle(first.getText())) {
            doc.setTitle(first.getText(), first.getLine());
        }
        String title = doc.getTitle();
        List<Heading> headings = facts.of(Heading.class);

        ReportType type = title == null ? ReportType.UNKNOWN : typeOf(title);
        if (type != ReportType.UNKNOWN) {
            doc.setType(type, "title");
        } else {
            type = typeFromName(doc.getName());
            if (type != ReportType.UNKNOWN) {
                doc.setType(type, "filename");
            }
        }

        if (configuredYear != null) {
            doc.setYear(configuredYear, "config");
            return;
        }
        if (title != null) {
            Matcher m = YEAR.matcher(title);
            if (m.find()) {
                doc.setYear(Integer.parseInt(m.group(1)), "title");
                return;
            }
        }
        for (Heading h : headings) {
            if (h.getDepth() == 1 && h.getTitle() != null) {
                Matcher m = REVIEW.matcher(h.getTitle());
                if (m.find()) {
                    doc.setYear(Integer.parseInt(m.group(1)) + 1, "heading");
                    return;
                }
            }
        }
        String base = doc.getName().replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        Matcher m = FILE_YEAR.matcher(base);
        if (m.find()) {
            doc.setYear(Integer.parseInt(m.group(1)), "filename");
        }
    }

    private static boolean isTitle(String s) {
        int n = s.codePointCount(0, s.length());
        if (n < 4 || n > 60) {
            return false;
        }
        int last = s.codePointBefore(s.length());
        return "。，；：！？,;:!?".indexOf(last) < 0;
    }

    /** The report type a title names, or UNKNOWN. */
    public static ReportType typeOf(String title) {
        if (title.contains("政府工作报告")) {
            return ReportType.GOVERNMENT_WORK_REPORT;
        }
        if (title.contains("述职")) {
            return ReportType.DUTY_REPORT;
        }
        boolean summary = title.contains("总结");
        boolean plan = title.contains("计划") || title.contains("打算") || title.contains("思路") || title.contains("要点");
        if (summary && plan) {
            return ReportType.SUMMARY_AND_PLAN;
        }
        if (summary) {
            return ReportType.SUMMARY;
        }
        if (plan) {
            return ReportType.PLAN;
        }
        if (title.contains("汇报")) {
            return ReportType.BRIEFING;
        }
        return ReportType.UNKNOWN;
    }

    private static ReportType typeFromName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return typeOf(base);
    }
}
