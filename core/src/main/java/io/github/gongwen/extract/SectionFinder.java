package io.github.gongwen.extract;

import io.github.gongwen.fact.Document;
import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.Paragraph;
import io.github.gongwen.fact.Part;
import io.github.gongwen.fact.PartKind;
import io.github.gongwen.fact.ReportType;
import io.github.gongwen.fact.RequiredSection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the sections of a report by the profiles of {@code report-sections.txt}: a heading of any
 * level, a short unnumbered heading line, or a paragraph opening (存在的问题是…, 下一步，我们将…).
 * Emits one {@link RequiredSection} per section the report type requires, present or not, and the
 * {@link Part}s (review, problems, plan) with the years each speaks of. Runs after
 * {@link DocumentInfo}.
 */
public final class SectionFinder implements Extractor {
    @Override public Set<Class<?>> reads() { return Set.of(Document.class, Heading.class, Paragraph.class); }
    @Override public Set<Class<?>> produces() { return Set.of(Part.class, RequiredSection.class); }

    public static final String PROFILES = "report-sections.txt";
    private static final int HEADING_LINE_MAX = 30;
    private static final String SENTENCE_END = "。；，：！？.;,:!?";

    private record Row(Set<String> types, PartKind part, String section, boolean required, GatedPattern heading,
            GatedPattern lead) {
        boolean applies(ReportType t) {
            return types.contains("*") || types.contains(t.getChineseName()) || types.contains(t.name());
        }
    }

    /** A heading or heading line: its text, where it starts, its line and outline depth. */
    private record Title(String text, int start, int line, int depth) {
    }

    /** Where a part starts; {@code also} is a second kind its heading names (回顾和今年工作的基本方针). */
    private record Start(PartKind kind, String section, String text, int depth, int start, int line, PartKind also) {
    }

    private final List<Row> rows = new ArrayList<>();

    public SectionFinder(Lexicon lexicon) {
        for (String[] c : lexicon.table(PROFILES, 6)) {
            Set<String> types = Set.of(c[0].split("\\s*[,，]\\s*"));
            for (String t : types) {
                if (!t.equals("*") && ReportType.of(t) == null) {
                    throw new IllegalArgumentException(PROFILES + ": unknown report type '" + t + "'");
                }
            }
            PartKind part = c[1].equals("-") ? null : PartKind.of(c[1]);
            if (part == null && !c[1].equals("-")) {
                throw new IllegalArgumentException(PROFILES + ": unknown part '" + c[1] + "' (回顾, 问题, 计划, -)");
            }
            rows.add(new Row(types, part, c[2], c[3].equals("必备"), pattern(c[4]), pattern(c[5])));
        }
    }

    private static GatedPattern pattern(String regex) {
        return regex.isEmpty() || regex.equals("-") ? null : new GatedPattern(Patterns.check(regex));
    }

    @Override
    public void extract(Facts facts) {
        Document doc = facts.document();
        ReportType type = doc.getType();
        List<Row> applicable = rows.stream().filter(r -> r.applies(type)).toList();
        List<Title> titles = titles(facts, doc);
        List<Paragraph> body = facts.of(Paragraph.class).stream()
                .filter(p -> !p.isHeading() && p.getLine() != doc.getTitleLine()).toList();
        if (type != ReportType.UNKNOWN) {
            required(facts, type, applicable, titles, body);
        }
        parts(facts, doc, applicable, titles, body);
    }

    private static void required(Facts facts, ReportType type, List<Row> applicable, List<Title> titles,
            List<Paragraph> body) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (Row r : applicable) {
            if (!r.required() || r.types().contains("*")) {
                continue;
            }
            int line = found.getOrDefault(r.section(), 0);
            if (line == 0) {
                line = firstMatch(r, titles, body);
            }
            found.put(r.section(), line);
        }
        found.forEach((name, line) -> facts.add(new RequiredSection(type, name, line > 0, line)));
    }

    private static int firstMatch(Row r, List<Title> titles, List<Paragraph> body) {
        int best = 0;
        if (r.heading() != null) {
            for (Title t : titles) {
                if (r.heading().find(t.text())) {
                    best = t.line();
                    break;
                }
            }
        }
        if (r.lead() != null) {
            for (Paragraph p : body) {
                if (best > 0 && p.getLine() >= best) {
                    break;
                }
                if (r.lead().find(p.getText())) {
                    return p.getLine();
                }
            }
        }
        return best;
    }

    /**
     * Splits the report into parts. Headings open parts at the shallowest depth where any heading
     * says what it opens; paragraph openings only move on in the order review, problems, plan
     * (a plan does not go back to a review because a paragraph starts with 去年).
     */
    private static void parts(Facts facts, Document doc, List<Row> applicable, List<Title> titles,
            List<Paragraph> body) {
        List<Start> byHeading = new ArrayList<>();
        for (Title t : titles) {
            Row first = null;
            PartKind also = null;
            for (Row r : applicable) {
                if (r.part() != null && r.heading() != null && r.heading().find(t.text())) {
                    if (first == null) {
                        first = r;
                    } else if (r.part() != first.part()) {
                        also = r.part();
                        break;
                    }
                }
            }
            if (first != null) {
                byHeading.add(new Start(first.part(), first.section(), t.text(), t.depth(), t.start(), t.line(), also));
            }
        }
        int top = byHeading.stream().mapToInt(Start::depth).min().orElse(0);
        List<Start> starts = new ArrayList<>(byHeading.stream().filter(s -> s.depth() == top).toList());
        starts.sort(Comparator.comparingInt(Start::start));
        List<Start> all = new ArrayList<>();
        int h = 0;
        PartKind active = null;
        for (Paragraph p : body) {
            while (h < starts.size() && starts.get(h).start() <= p.getStart()) {
                all.add(starts.get(h));
                active = starts.get(h).kind();
                h++;
            }
            for (Row r : applicable) {
                if (r.part() != null && r.lead() != null && r.lead().lookingAt(p.getText())
                        && (active == null || r.part().ordinal() > active.ordinal())) {
                    String words = p.getText().substring(0, Math.min(12, p.getText().length()));
                    all.add(new Start(r.part(), r.section(), words, 0, p.getStart(), p.getLine(), null));
                    active = r.part();
                    break;
                }
            }
        }
        while (h < starts.size()) {
            all.add(starts.get(h++));
        }
        int textEnd = facts.source().text().length();
        if (doc.getType().isSummaryLike() && !body.isEmpty()) {
            // a summary opens with its review, headed or not
            Paragraph first = body.get(0);
            int end = all.isEmpty() ? textEnd : all.get(0).start();
            if (first.getStart() < end) {
                add(facts, doc, new Start(PartKind.REVIEW, "", null, 0, first.getStart(), first.getLine(), null), end);
            }
        }
        for (int i = 0; i < all.size(); i++) {
            add(facts, doc, all.get(i), i + 1 < all.size() ? all.get(i + 1).start() : textEnd);
        }
    }

    private static void add(Facts facts, Document doc, Start s, int end) {
        Part part = new Part(s.kind(), s.section(), s.text(), s.depth(), s.start(), end, s.line());
        String heading = s.depth() > 0 ? s.text() : null;
        int[] years = YearContext.part(doc, s.kind(), heading);
        if (years != null && s.also() != null) {
            int[] more = YearContext.part(doc, s.also(), heading);
            years = new int[] {Math.min(years[0], more[0]), Math.max(years[1], more[1])};
        }
        if (years != null) {
            part.setYears(years[0], years[1]);
        }
        facts.add(part);
    }


    /** Headings (numbered or not, inline too) and short unnumbered lines that read as headings. */
    private static List<Title> titles(Facts facts, Document doc) {
        List<Title> out = new ArrayList<>();
        Set<Integer> headingLines = new HashSet<>();
        for (Heading h : facts.of(Heading.class)) {
            if (h.getTitle() != null && !h.getTitle().isEmpty()) {
                out.add(new Title(h.getTitle(), h.getStart(), h.getLine(), h.getDepth()));
                if (!h.isInline()) {
                    headingLines.add(h.getLine());
                }
            }
        }
        for (Paragraph p : facts.of(Paragraph.class)) {
            String t = p.getText();
            if (!p.isHeading() && !headingLines.contains(p.getLine()) && p.getLine() != doc.getTitleLine()
                    && t.codePointCount(0, t.length()) <= HEADING_LINE_MAX
                    && SENTENCE_END.indexOf(t.charAt(t.length() - 1)) < 0) {
                out.add(new Title(t, p.getStart(), p.getLine(), 1));
            }
        }
        out.sort(Comparator.comparingInt(Title::start));
        return out;
    }
}
