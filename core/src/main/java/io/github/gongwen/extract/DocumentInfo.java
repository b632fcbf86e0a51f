package io.github.gongwen.extract;

import io.github.gongwen.fact.Document;
import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.Paragraph;
import io.github.gongwen.fact.ReportType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in the {@link Document} fact: its title, the report type and the report year, saying how
 * each was found. The type comes from the cues of the data file {@code report-types.txt} (title,
 * file name, what the opening says the text is, how it opens). The year comes from the
 * configuration, then the title (2024年…, or 2022农村…总结 without 年), then a dateline
 * (——2024年3月5日在…会议上), then headings (a 政府工作报告 whose 一、 reviews 2023 is the 2024
 * report), then, when no line is a title, a title run into the first lines (…整理的2023年第一季度
 * 工作总结，…), then the file name, then for a summary its first words (2023年，…). Runs after the
 * {@link OutlineParser}.
 */
public final class DocumentInfo implements Extractor {
    @Override public Set<Class<?>> reads() { return Set.of(Paragraph.class, Heading.class); }
    @Override public Set<Class<?>> produces() { return Set.of(Document.class); }

    public static final String TYPES = "report-types.txt";
    private static final int OPENING_CHARS = 600;
    private static final int DATELINE_LINES = 8;
    private static final Pattern DATELINE = Pattern.compile("^[—\\-－\\s]*" + Years.REGEX
            + " ?年\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*月[^。]{0,30}(?:会议|大会)");
    private static final Pattern TITLE_SUMMARY = Pattern.compile(Years.REGEX + " ?年(?:度)?[^，。年]{0,8}总结");
    private static final Pattern OPENING_YEAR = Pattern.compile("^" + Years.REGEX + " ?年(?:度|以来)?[，,]");
    private static final Pattern REVIEW = Pattern.compile(Years.REGEX + " ?年[^，。年]{0,6}(回顾|总结)");
    private static final Pattern PLAN = Pattern.compile(Years.REGEX
            + " ?年[^，。年]{0,10}(?:任务|部署|重点工作|工作的建议|政策取向|总体要求|工作安排|工作计划)");
    private static final Pattern FILE_NAME_YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
    /** A year written without 年 in a title: 2022农村环境综合整治总结. */
    private static final Pattern BARE_TITLE_YEAR = Pattern.compile("(?<![0-9０-９.．])((?:19|20)[0-9]{2})(?=\\p{IsHan})");
    /**
     * A title run into the first lines of a text whose title line is missing or is not one: a site's
     * preamble (…整理的2023年第一季度工作总结，供大家参考。) or a title glued to the body.
     */
    private static final Pattern EMBEDDED_TITLE = Pattern.compile("(?:^[^，。,；;]{0,12}?|(?:整理|收集|分享|带来|推荐|精选)的?)" + Years.REGEX
            + " ?年度?[^，。,；;：:\\d]{0,14}?(?:工作)?(?:总结|计划|规划|要点|打算|汇报|述职报告)");
    private static final int EMBEDDED_TITLE_LINES = 4;

    /** A cue is searched with its first characters (whole texts are long), in multi-line mode. */
    private record Cue(PatternSet pattern, ReportType type, String where) {
    }

    private final Integer configuredYear;
    private final List<Cue> cues = new ArrayList<>();

    /**
     * @param configuredYear the year given by the user, or {@code null} to infer it
     * @param lexicon the data lists ({@code report-types.txt})
     */
    public DocumentInfo(Integer configuredYear, Lexicon lexicon) {
        this.configuredYear = configuredYear;
        for (String[] row : lexicon.table(TYPES, 3)) {
            ReportType type = ReportType.of(row[1]);
            if (type == null) {
                throw new IllegalArgumentException(TYPES + ": unknown report type '" + row[1] + "'");
            }
            if (!List.of("title", "name", "opening", "text").contains(row[2])) {
                throw new IllegalArgumentException(TYPES + ": unknown place '" + row[2] + "' (title, name, opening, text)");
            }
            Patterns.check(row[0]);
            cues.add(new Cue(PatternSet.of(List.of("(?m:" + row[0] + ")")), type, row[2]));
        }
    }

    @Override
    public void extract(Facts facts) {
        Document doc = facts.document();
        List<Paragraph> paragraphs = facts.of(Paragraph.class);
        Paragraph first = paragraphs.isEmpty() ? null : paragraphs.get(0);
        if (first != null && !first.isHeading() && isTitle(first.getText())) {
            doc.setTitle(first.getText(), first.getLine());
        }
        List<Heading> headings = facts.of(Heading.class);
        inferType(facts, doc, paragraphs, headings);
        inferYear(doc, paragraphs, headings);
    }

    private void inferType(Facts facts, Document doc, List<Paragraph> paragraphs, List<Heading> headings) {
        String base = doc.getName().replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String opening = opening(doc, paragraphs, headings);
        char[] openingChars = opening.toCharArray(); // read by several cues
        for (Cue c : cues) {
            boolean found = switch (c.where()) {
                case "title" -> finds(c, doc.getTitle());
                case "name" -> finds(c, base);
                case "opening" -> c.pattern().finder(opening, openingChars).find();
                default -> c.pattern().finder(facts.source().text(), facts.chars()).find();
            };
            if (found) {
                if (c.type() != ReportType.UNKNOWN) {
                    doc.setType(c.type(), c.where());
                }
                return;
            }
        }
    }

    private static boolean finds(Cue c, String where) {
        return where != null && c.pattern().finder(where).find();
    }

    /** The paragraphs before the first heading (the title left out), cut at {@link #OPENING_CHARS}. */
    private static String opening(Document doc, List<Paragraph> paragraphs, List<Heading> headings) {
        int firstHeading = Integer.MAX_VALUE;
        for (Heading h : headings) {
            if (!h.isInline()) {
                firstHeading = Math.min(firstHeading, h.getStart());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (p.getStart() >= firstHeading || sb.length() >= OPENING_CHARS) {
                break;
            }
            if (p.getLine() != doc.getTitleLine()) {
                sb.append(p.getText()).append('\n');
            }
        }
        return sb.length() > OPENING_CHARS ? sb.substring(0, OPENING_CHARS) : sb.toString();
    }

    private void inferYear(Document doc, List<Paragraph> paragraphs, List<Heading> headings) {
        if (configuredYear != null) {
            doc.setYear(configuredYear, "config");
            return;
        }
        if (doc.getTitle() != null) {
            // 2024年工作计划及2023年工作总结 is the 2023 report; else the first year
            Matcher summary = TITLE_SUMMARY.matcher(doc.getTitle());
            int y = summary.find() ? Years.value(summary, 1) : Years.first(doc.getTitle());
            Matcher bare;
            if (y <= 0 && (bare = BARE_TITLE_YEAR.matcher(doc.getTitle())).find()) {
                y = Integer.parseInt(bare.group(1));
            }
            if (y > 0) {
                doc.setYear(y, "title");
                return;
            }
        }
        for (Paragraph p : paragraphs) {
            if (p.getLine() > DATELINE_LINES) {
                break;
            }
            Matcher m = DATELINE.matcher(p.getText());
            if (m.lookingAt()) { // the expression opens with ^: find() would only fail at every later position
                doc.setYear(Years.value(m, 1), "dateline");
                return;
            }
        }
        for (Heading h : headings) {
            if (h.getDepth() == 1 && h.getTitle() != null) {
                Matcher m = REVIEW.matcher(h.getTitle());
                if (m.find()) {
                    // 一、2023年工作回顾 opens the 2024 政府工作报告; 一、2023年工作总结 a 2023 summary
                    boolean nextYear = m.group(3).equals("回顾")
                            && (doc.getType() == ReportType.GOVERNMENT_WORK_REPORT || doc.getType() == ReportType.UNKNOWN);
                    doc.setYear(Years.value(m, 1) + (nextYear ? 1 : 0), "heading");
                    return;
                }
            }
        }
        ReportType type = doc.getType();
        boolean plans = type == ReportType.GOVERNMENT_WORK_REPORT || type == ReportType.PLAN
                || type == ReportType.SUMMARY_AND_PLAN;
        for (Heading h : plans ? headings : List.<Heading>of()) {
            if (h.getDepth() == 1 && h.getTitle() != null) {
                Matcher m = PLAN.matcher(h.getTitle());
                if (m.find()) {
                    // 二、2024年政府工作任务; the plan of a 工作总结及计划 is for the year after it
                    boolean nextYear = type == ReportType.SUMMARY_AND_PLAN;
                    doc.setYear(Years.value(m, 1) - (nextYear ? 1 : 0), "heading");
                    return;
                }
            }
        }
        if (doc.getTitle() == null) {
            for (Paragraph p : paragraphs) {
                if (p.getLine() > EMBEDDED_TITLE_LINES) {
                    break;
                }
                if (!mayHoldYear(p.getText())) {
                    continue; // every match holds a year
                }
                Matcher e = EMBEDDED_TITLE.matcher(p.getText());
                if (e.find()) {
                    doc.setYear(Years.value(e, 1), "opening");
                    return;
                }
            }
        }
        String base = doc.getName().replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        Matcher m = FILE_NAME_YEAR.matcher(base);
        if (m.find()) {
            doc.setYear(Integer.parseInt(m.group(1)), "filename");
            return;
        }
        if (doc.getType().isSummaryLike()) {
            // a summary without a title often opens with its year: 2023年，在县委县政府的坚强领导下…
            for (Paragraph p : paragraphs) {
                if (!p.isHeading() && p.getLine() != doc.getTitleLine()) {
                    Matcher o = OPENING_YEAR.matcher(p.getText());
                    if (o.lookingAt()) { // as DATELINE: anchored at the start
                        doc.setYear(Years.value(o, 1), "opening");
                    }
                    return;
                }
            }
        }
    }


    /**
     * Whether {@code s} may hold a year of {@link Years#REGEX}: a 年 after a digit or a Chinese
     * numeral, a space allowed between.
     */
    private static boolean mayHoldYear(String s) {
        for (int i = s.indexOf('年', 1); i >= 0; i = s.indexOf('年', i + 1)) {
            char c = s.charAt(i - 1);
            if (c == ' ' && i >= 2) {
                c = s.charAt(i - 2);
            }
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９' || "〇○零一二三四五六七八九".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitle(String s) {
        int n = s.codePointCount(0, s.length());
        if (n < 4 || n > 60) {
            return false;
        }
        int last = s.codePointBefore(s.length());
        return "。，；：！？,;:!?".indexOf(last) < 0;
    }
}
