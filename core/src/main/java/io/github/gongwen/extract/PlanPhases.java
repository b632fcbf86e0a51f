package io.github.gongwen.extract;

import io.github.gongwen.fact.Document;
import io.github.gongwen.fact.Part;
import io.github.gongwen.fact.PlanPeriod;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phases of five-year plans a sentence names ({@code plan-periods.txt}, {@code plan-phases.txt}):
 * “十四五”开局之年, a plan followed in the same clause by phase words and said of an explicit year,
 * which implies the years of the phase. A plan being prepared (为“十二五”发展打好基础, 编制“十五五”规划)
 * implies the year before it. Used by {@link YearScanner}.
 */
final class PlanPhases {
    private static final Pattern PREPARING = Pattern.compile("打好基础|奠定基础|打基础|打牢基础|夯实基础|做好准备|开好局|谋篇布局|编制");
    /** Just before a plan's name: the plan is being prepared (谋划“十五五”, 编制“十五五”规划). */
    private static final Pattern PREPARING_BEFORE = Pattern.compile("(?:谋划|编制|筹划|研究|起草|衔接|迎接|前期)(?:好|实)?(?:的)?$");

    /**
     * A five-year plan: {@code gated} searches its pattern only where a match can open (“, its name, 第);
     * {@code ordinal}: 第十四个五年, the other way to name the plan; every match holds it or the name.
     */
    private record Plan(Pattern pattern, GatedPattern gated, String name, String ordinal, int first, int last) {
    }

    private record Phase(Pattern pattern, int from, int to) {
    }

    private final List<Plan> plans = new ArrayList<>();
    private final List<Phase> phases = new ArrayList<>();
    /** The patterns of the plans searched in one pass ({@code null} for none). */
    private final PatternSet planSet;
    /** The last characters of the plans' names ({@code 五} of 十四五), as a bitmap ({@link CharBits}). */
    private final long[] planEnds;
    /** The first characters of the pairs {@link #next} looks for: the last of a plan's name, 个 of 个五年. */
    private final long[] planFirst;

    /** {@code planRows}: the rows of {@code plan-periods.txt}; {@code phaseRows}: those of {@code plan-phases.txt}. */
    PlanPhases(List<String[]> planRows, List<String[]> phaseRows) {
        for (String[] r : planRows) {
            String n = Pattern.quote(r[0]);
            String ordinal = "第" + r[0].substring(0, r[0].length() - 1) + "个五年";
            Pattern p = Patterns.check("(?<![一二三四五六七八九十])(?:“" + n + "”|" + n + "(?![五个年])(?=规划|计划|时期|期间|的)|"
                    + Pattern.quote(ordinal) + "(?:规划|计划))");
            plans.add(new Plan(p, new GatedPattern(p), r[0], ordinal, Integer.parseInt(r[1]), Integer.parseInt(r[2])));
        }
        for (String[] r : phaseRows) {
            phases.add(new Phase(Patterns.check(r[0]), Integer.parseInt(r[1]), Integer.parseInt(r[2])));
        }
        planEnds = plans.stream().map(p -> p.name().substring(p.name().length() - 1)).distinct()
                .reduce("", String::concat).transform(CharBits::of);
        planFirst = planEnds.clone();
        planFirst['个' >>> 6] |= 1L << '个';
        planSet = PatternSet.of(plans.stream().map(e -> e.pattern().pattern()).toList());
    }

    /**
     * The first place in {@code s[from, to)} where a five-year plan may be named, or {@code to}: every plan pattern holds the last character of
     * a plan's name followed by ”, 规, 计, 时, 期 or 的 (十四五规划, “十四五”), or 个五年 (第十四个五年规划).
     * A quick test that spares most sentences the patterns.
     */
    int next(char[] s, int from, int to) {
        long[] first = planFirst;
        for (int i = from; i + 1 < to; i++) {
            char c = s[i];
            if ((first[c >>> 6] & 1L << c) == 0) { // one bitmap test for most characters
                continue;
            }
            char d = s[i + 1];
            if (c == '个' ? d == '五' && i + 2 < to && s[i + 2] == '年' : followsPlanName(d) && CharBits.has(planEnds, c)) {
                return i;
            }
        }
        return to;
    }

    private static boolean followsPlanName(char c) {
        return c == '”' || c == '规' || c == '计' || c == '时' || c == '期' || c == '的';
    }

    /** “十四五”开局之年 in sentence {@code s}, which starts at {@code at} of the document. */
    void find(Facts facts, Document doc, SourceText src, String s, int at, Part part) {
        for (Plan plan : plans) {
            if (!s.contains(plan.name()) && !s.contains(plan.ordinal())) {
                continue;
            }
            Matcher m = plan.gated().matcher(s);
            for (int next = 0; plan.gated().find(m, s, next); next = m.end()) { // matches are never empty
                int clauseEnd = m.end();
                while (clauseEnd < s.length() && "，；,;".indexOf(s.charAt(clauseEnd)) < 0) {
                    clauseEnd++;
                }
                String clause = s.substring(m.end(), Math.min(clauseEnd, m.end() + 24));
                int from = 1;
                int to = 5;
                int phaseEnd = -1;
                for (Phase ph : phases) {
                    Matcher pm = ph.pattern().matcher(clause);
                    if (pm.find()) {
                        from = Math.max(from, ph.from());
                        to = Math.min(to, ph.to());
                        phaseEnd = Math.max(phaseEnd, pm.end());
                    }
                }
                YearAnchor a = YearAnchor.of(doc, s, m.start(), null);
                if (phaseEnd < 0 || a.byPart() || a.words() == null || mentionsPlan(clause.substring(0, phaseEnd))) {
                    // no phase, no time words, or the phase belongs to a later plan of the clause
                    continue;
                }
                int len = plan.last() - plan.first() + 1;
                int impliedFrom = plan.first() + Math.min(from, len) - 1;
                int impliedTo = plan.first() + Math.min(to, len) - 1;
                if (PREPARING.matcher(clause.substring(0, phaseEnd)).find()
                        || PREPARING_BEFORE.matcher(s.substring(Math.max(0, m.start() - 6), m.start())).find()) {
                    // 为“十二五”发展打好基础的关键一年: the year before the plan
                    impliedFrom = plan.first() - 1;
                    impliedTo = plan.first() - 1;
                }
                int e = m.end() + phaseEnd;
                facts.add(new PlanPeriod(s.substring(m.start(), e), at + m.start(), at + e,
                        src.lines().line(at + m.start()), a.words(), a.from(), a.to(), a.relative(),
                        part == null ? null : part.getKind(), plan.name(), clause.substring(0, phaseEnd), impliedFrom,
                        impliedTo));
            }
        }
    }

    private boolean mentionsPlan(String s) {
        return planSet.finder(s).find();
    }
}
