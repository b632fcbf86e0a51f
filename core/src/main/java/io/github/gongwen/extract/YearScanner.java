package io.github.gongwen.extract;

import io.github.gongwen.fact.Anniversary;
import io.github.gongwen.fact.ChineseNumber;
import io.github.gongwen.fact.Document;
import io.github.gongwen.fact.Paragraph;
import io.github.gongwen.fact.Part;
import io.github.gongwen.fact.PartKind;
import io.github.gongwen.fact.PlanPeriod;
import io.github.gongwen.fact.StalePhrase;
import io.github.gongwen.fact.YearConflict;
import io.github.gongwen.fact.YearMention;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what the text says about years and resolves the year it says it of: anniversaries
 * ({@code anniversaries.txt}), phases of five-year plans ({@code plan-periods.txt},
 * {@code plan-phases.txt}), phrases of their time ({@code stale-phrases.txt}) and years that open
 * a part or a statement. The year a sentence speaks of comes from its own words (今年, 明年,
 * 2023年是…, 过去一年, a template's 20xx年是…) or else from the part it stands in. A phrase
 * recalled as history (…以来, …成果, 回顾…) or used in another sense (a row's context words) is
 * not dated. Then {@link YearEvidence} weighs the years of the whole document. Runs after
 * {@link SectionFinder}.
 */
public final class YearScanner implements Extractor {
    @Override public Set<Class<?>> reads() { return Set.of(Document.class, Paragraph.class, Part.class); }
    @Override public Set<Class<?>> produces() { return Set.of(YearMention.class, Anniversary.class, StalePhrase.class, PlanPeriod.class, YearConflict.class); }

    public static final String ANNIVERSARIES = "anniversaries.txt";
    public static final String PLANS = "plan-periods.txt";
    public static final String PHASES = "plan-phases.txt";
    public static final String STALE = "stale-phrases.txt";

    private static final String NUM = "(?<n>[0-9０-９]{1,3}|[一二三四五六七八九十百零〇两]{1,5})";
    /** Time words; group 1/2 an explicit year. */
    private static final Pattern TIME = Pattern.compile(Years.REGEX + " ?年(?:度)?"
            + "|(?<![0-9A-Za-z])(?:19|20)?[xX]{2}年(?=是|[，,])|今年|本年度|明年|来年|去年|前年|过去(?:的)?一年|一年来|这一年|新的一年");
    /**
     * More than the longest match of {@link #TIME}, which is 10 characters ({@code 2 0 2 4 年度}:
     * four digits with a space between each and before 年度). Every match holds a 年; see {@link #anchor}.
     */
    private static final int TIME_MAX = 32;
    private static final String CLAUSE_START = "，；：,;:、　 \t“";
    private static final Pattern EXPLICIT_FOLLOW = Pattern.compile("\\s*(?:是|也是|又是|将是|既是|恰逢|正值|适逢|，|,|我们|全[国省市县区镇乡])");
    /** After an anniversary: a speech given at its celebration, or time since it. */
    private static final Pattern REFERENCE = Pattern.compile("^[^，。；]{0,6}(?:大会|纪念会|座谈会|讲话|之后|以来|前夕讲话|系列高级别会议)");
    private static final Pattern LOOKING_FORWARD = Pattern.compile("迎接|喜迎|迎来|献礼|即将|筹备|前夕");
    private static final Pattern STATEMENT = Pattern.compile("^" + Years.REGEX
            + " ?年(?:是|(?:1|一)\\s*[-—－~～至到]\\s*(?:[0-9０-９]{1,2}|十[一二]?|[二三四五六七八九])\\s*月)");
    private static final Pattern PART_OPENING = Pattern.compile("^" + Years.REGEX + " ?年(?:以来)?[，,]");
    private static final Pattern PREPARING = Pattern.compile("打好基础|奠定基础|打基础|打牢基础|夯实基础|做好准备|开好局|谋篇布局|编制");
    /** Just before a plan's name: the plan is being prepared (谋划“十五五”, 编制“十五五”规划). */
    private static final Pattern PREPARING_BEFORE = Pattern.compile("(?:谋划|编制|筹划|研究|起草|衔接|迎接|前期)(?:好|实)?(?:的)?$");
    private static final Pattern HEADING_YEAR = Pattern.compile(Years.REGEX + " ?年");
    private static final int CONTEXT_REACH = 24;
    /** After a phrase of its time: it is recalled, not current (…以来, …成果, …期间). */
    private static final Pattern HISTORY_AFTER = Pattern.compile("[”\\s]*(?:的)?(?:以来|之后|以后|期间|时期|中(?:形成|取得|积累)|开展以来"
            + "|[^，。；,;]{0,10}?(?:成果|经验))");
    /** Before a phrase of its time in its clause: it is recalled (回顾…, 曾…, 先后…, 自…以来). */
    private static final Pattern HISTORY_BEFORE = Pattern.compile("回顾|曾经?|先后|历次|历年|以往|当年|那时|自(?![觉主身我治])");
    /** Earlier in the sentence: it tells a history (回顾…, 党的十八大以来…, 2013年以来…). */
    private static final Pattern HISTORY_SENTENCE = Pattern.compile("回顾|大以来|[0-9]{4} ?年以来|多年来|历程");

    /** {@code group}: the number of the group {@code n} (the data entry may hold groups of its own). */
    private record Event(String regex, int group, int base, String name) {
    }

    /** {@code ordinal}: 第十四个五年, the other way to name the plan; every match holds it or the name. */
    /** A five-year plan: {@code gated} searches its pattern only where a match can open (“, its name, 第). */
    private record Plan(Pattern pattern, GatedPattern gated, String name, String ordinal, int first, int last) {
    }

    private record Phase(Pattern pattern, int from, int to) {
    }

    /** {@code context}: words one of which must stand near the phrase for it to be read in its dated sense, or null. */
    private record Phrase(String regex, int last, boolean planOnly, String note, Pattern context) {
    }

    /** The years a place speaks of, and the words that say so. */
    private record Anchor(String words, Integer from, Integer to, boolean relative, boolean byPart) {
    }

    private final List<Event> events = new ArrayList<>();
    private final List<Plan> plans = new ArrayList<>();
    private final List<Phase> phases = new ArrayList<>();
    private final List<Phrase> phrases = new ArrayList<>();
    /** The patterns of each list searched in one pass ({@code null} for an empty list). */
    private final PatternSet eventSet;
    private final PatternSet planSet;
    private final PatternSet phraseSet;
    /** The last characters of the plans' names (五). */
    /** The last characters of the plans' names ({@code 五} of 十四五), as a bitmap ({@link #bits}). */
    private final long[] planEnds;
    /** The first characters of the pairs {@link #nextAnniversary} looks for: 周年, 华诞, 百年 (rarer than 年). */
    private static final long[] ANNIVERSARY_FIRST = bits("周华百");
    /** The first characters of the pairs {@link #nextPlan} looks for: the last of a plan's name, 个 of 个五年. */
    private final long[] planFirst;

    public YearScanner(Lexicon lexicon) {
        for (String[] r : lexicon.table(ANNIVERSARIES, 3)) {
            String p = "(?:" + r[0] + ")(?:的)?\\s*(?:" + NUM + "\\s*(?:周年|年华诞)|百年华诞|百年(?![来以奋未大]))";
            int group = Patterns.check(r[0]).matcher("").groupCount() + 1;
            events.add(new Event(p, group, Integer.parseInt(r[1]), r[2].isEmpty() ? r[0] : r[2]));
        }
        for (String[] r : lexicon.table(PLANS, 3)) {
            String n = Pattern.quote(r[0]);
            String ordinal = "第" + r[0].substring(0, r[0].length() - 1) + "个五年";
            Pattern p = Patterns.check("(?<![一二三四五六七八九十])(?:“" + n + "”|" + n + "(?![五个年])(?=规划|计划|时期|期间|的)|"
                    + Pattern.quote(ordinal) + "(?:规划|计划))");
            plans.add(new Plan(p, new GatedPattern(p), r[0], ordinal, Integer.parseInt(r[1]), Integer.parseInt(r[2])));
        }
        for (String[] r : lexicon.table(PHASES, 3)) {
            phases.add(new Phase(Patterns.check(r[0]), Integer.parseInt(r[1]), Integer.parseInt(r[2])));
        }
        for (String[] r : lexicon.table(STALE, 5)) {
            phrases.add(new Phrase(r[0], Integer.parseInt(r[1]), r[2].equals("plan"), r[3],
                    r[4].isEmpty() ? null : Patterns.check(r[4])));
        }
        planEnds = plans.stream().map(p -> p.name().substring(p.name().length() - 1)).distinct()
                .reduce("", String::concat).transform(YearScanner::bits);
        planFirst = planEnds.clone();
        planFirst['个' >>> 6] |= 1L << '个';
        eventSet = PatternSet.of(events.stream().map(Event::regex).toList());
        planSet = PatternSet.of(plans.stream().map(e -> e.pattern().pattern()).toList());
        phraseSet = PatternSet.of(phrases.stream().map(Phrase::regex).toList());
    }

    @Override
    public void extract(Facts facts) {
        Document doc = facts.document();
        List<Part> parts = facts.of(Part.class);
        SourceText src = facts.source();
        for (Part p : parts) {
            if (p.isByHeading()) {
                headingYear(facts, src, p);
            }
        }
        List<Paragraph> paragraphs = facts.of(Paragraph.class);
        for (Paragraph para : paragraphs) {
            if (para.getLine() == doc.getTitleLine()) {
                continue;
            }
            Part part = partAt(parts, para.getStart());
            if (part != null && part.getStart() == para.getStart() && part.isByHeading()) {
                continue;
            }
            String text = para.getText();
            opening(facts, src, paragraphs, para, part);
            // the paragraph is chars[from, to) of the document (start and end offsets of its text)
            char[] chars = facts.chars();
            int from = para.getStart();
            int to = from + text.length();
            // what a paragraph cannot hold, none of its sentences holds: tested once per paragraph
            // the first place at or after a sentence's start where each may stand (to: none); the pairs
            // looked for hold no sentence end, so a pair found in the paragraph lies in one sentence
            int anniversary = nextAnniversary(chars, from, to);
            int plan = nextPlan(chars, from, to);
            int phrase = phraseSet == null ? to : phraseSet.candidate(chars, from, to);
            if (anniversary == to && plan == to && phrase == to) {
                continue;
            }
            // only the sentences around those places are looked at: from the first place, back to the
            // start of its sentence and on to its end
            for (int at = Math.min(anniversary, Math.min(plan, phrase)); at < to;
                    at = Math.min(anniversary, Math.min(plan, phrase))) {
                int s = at;
                while (s > from && !endsSentence(chars[s - 1])) {
                    s--;
                }
                int i = at;
                while (i < to && !endsSentence(chars[i])) {
                    i++;
                }
                if (i > s) {
                    sentence(facts, doc, src, text.substring(s - from, i - from), s, part, anniversary < i,
                            plan < i, phrase < i);
                }
                int next = i + 1;
                while (phrase < next) {
                    phrase = phraseSet.candidate(chars, phrase + 1, to);
                }
                if (anniversary < next) {
                    anniversary = nextAnniversary(chars, next, to);
                }
                if (plan < next) {
                    plan = nextPlan(chars, next, to);
                }
            }
        }
        YearEvidence.check(facts, paragraphs, parts);
    }

    private static Part partAt(List<Part> parts, int offset) {
        for (Part p : parts) {
            if (p.contains(offset)) {
                return p;
            }
        }
        return null;
    }

    /** A year in a part's heading: 一、2023年工作回顾. */
    private static void headingYear(Facts facts, SourceText src, Part p) {
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
    private static void opening(Facts facts, SourceText src, List<Paragraph> paragraphs, Paragraph para, Part part) {
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

    /**
     * The first place in {@code s[from, to)} where an anniversary may be named, or {@code to}: every
     * anniversary pattern ends in …周年, …华诞 or 百年…; the place is that of the pair.
     */
    private static int nextAnniversary(char[] s, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            char c = s[i];
            if ((ANNIVERSARY_FIRST[c >>> 6] & 1L << c) == 0) { // one bitmap test for most characters
                continue;
            }
            char d = s[i + 1];
            if (c == '周' && d == '年' || c == '华' && d == '诞' || c == '百' && d == '年') {
                return i;
            }
        }
        return to;
    }

    /**
     * The mentions in one sentence; {@code anniversary}, {@code plan}: whether it may hold those;
     * {@code phrase}: whether a stale phrase may start in it.
     */
    private void sentence(Facts facts, Document doc, SourceText src, String s, int at, Part part, boolean anniversary,
            boolean plan, boolean phrase) {
        List<List<MatchResult>> eventMatches = anniversary && eventSet != null ? eventSet.each(s) : List.of();
        for (int k = 0; k < eventMatches.size(); k++) {
            List<MatchResult> ms = eventMatches.get(k);
            if (ms.isEmpty()) {
                continue;
            }
            Event ev = events.get(k);
            for (MatchResult m : ms) {
                int n = m.group(ev.group()) != null ? count(m.group(ev.group())) : 100;
                if (n <= 0 || REFERENCE.matcher(s.substring(m.end())).find()) {
                    continue;
                }
                Anchor a = anchor(doc, s, m.start(), part);
                boolean future = LOOKING_FORWARD.matcher(s.substring(Math.max(0, m.start() - 12), m.start())).find();
                facts.add(new Anniversary(m.group(), at + m.start(), at + m.end(), src.lines().line(at + m.start()),
                        a.words(), a.from(), a.to(), a.relative(), part == null ? null : part.getKind(), ev.name(), n,
                        ev.base(), future));
            }
        }
        if (plan) {
            planPhases(facts, doc, src, s, at, part);
        }
        List<List<MatchResult>> phraseMatches = phrase ? phraseSet.each(s) : List.of();
        if (severalEras(phraseMatches)) {
            return; // 先后开展群众路线教育实践活动、“三严三实”专题教育、“两学一做”学习教育: a history
        }
        for (int k = 0; k < phraseMatches.size(); k++) {
            List<MatchResult> ms = phraseMatches.get(k);
            if (ms.isEmpty()) {
                continue;
            }
            Phrase ph = phrases.get(k);
            for (MatchResult m : ms) {
                if (!inDatedSense(ph, s, m.start(), m.end()) || recalled(s, m.start(), m.end())) {
                    continue;
                }
                Anchor a = anchor(doc, s, m.start(), part);
                if (ph.planOnly() && a.byPart() && (part == null || part.getKind() != PartKind.PLAN)) {
                    continue;
                }
                facts.add(new StalePhrase(m.group(), at + m.start(), at + m.end(), src.lines().line(at + m.start()),
                        a.words(), a.from(), a.to(), a.relative(), part == null ? null : part.getKind(), ph.last(),
                        ph.note()));
            }
        }
    }

    /** Whether the phrases found in a sentence belong to different periods (their last years differ). */
    private boolean severalEras(List<List<MatchResult>> matches) {
        int last = 0;
        for (int k = 0; k < matches.size(); k++) {
            if (!matches.get(k).isEmpty()) {
                int y = phrases.get(k).last();
                if (last != 0 && y != last) {
                    return true;
                }
                last = y;
            }
        }
        return false;
    }

    /**
     * Whether a phrase is used in the sense that dates it: 动态清零 of the epidemic, not of
     * 零就业家庭 or 安全隐患 (the phrase's context words within {@link #CONTEXT_REACH} characters).
     */
    private static boolean inDatedSense(Phrase ph, String s, int start, int end) {
        if (ph.context() == null) {
            return true;
        }
        return ph.context().matcher(s).region(Math.max(0, start - CONTEXT_REACH), Math.min(s.length(), end + CONTEXT_REACH))
                .find();
    }

    /**
     * Whether the clause recalls the phrase as history rather than as the work of the day:
     * 党的群众路线教育实践活动以来, 巩固…活动成果, 回顾…, 曾先后开展….
     */
    private static boolean recalled(String s, int start, int end) {
        int clauseEnd = end;
        while (clauseEnd < s.length() && "，；,;。".indexOf(s.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        int clauseStart = start;
        while (clauseStart > 0 && "，；,;。".indexOf(s.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        return HISTORY_AFTER.matcher(s).region(end, clauseEnd).lookingAt()
                || HISTORY_BEFORE.matcher(s).region(clauseStart, start).find()
                || HISTORY_SENTENCE.matcher(s).region(0, start).find();
    }

    /**
     * The first place in {@code s[from, to)} where a five-year plan may be named, or {@code to}: every plan pattern holds the last character of
     * a plan's name followed by ”, 规, 计, 时, 期 or 的 (十四五规划, “十四五”), or 个五年 (第十四个五年规划).
     * A quick test that spares most sentences the patterns.
     */
    private int nextPlan(char[] s, int from, int to) {
        long[] first = planFirst;
        for (int i = from; i + 1 < to; i++) {
            char c = s[i];
            if ((first[c >>> 6] & 1L << c) == 0) { // one bitmap test for most characters
                continue;
            }
            char d = s[i + 1];
            if (c == '个' ? d == '五' && i + 2 < to && s[i + 2] == '年' : followsPlanName(d) && endsPlanName(c)) {
                return i;
            }
        }
        return to;
    }

    private static boolean followsPlanName(char c) {
        return c == '”' || c == '规' || c == '计' || c == '时' || c == '期' || c == '的';
    }

    private boolean endsPlanName(char c) {
        return (planEnds[c >>> 6] & 1L << c) != 0;
    }

    /** Bit {@code c} set for each character of {@code chars}. */
    private static long[] bits(CharSequence chars) {
        long[] b = new long[1024];
        chars.chars().forEach(c -> b[c >>> 6] |= 1L << c);
        return b;
    }

    private static boolean endsSentence(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    /** “十四五”开局之年: a plan followed in the same clause by phase words, said of an explicit year. */
    private void planPhases(Facts facts, Document doc, SourceText src, String s, int at, Part part) {
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
                Anchor a = anchor(doc, s, m.start(), null);
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

    /**
     * The years the words before {@code pos} in sentence {@code s} speak of: the last time word
     * before it (an explicit year only at the start of a clause, as subject), else the part.
     */
    private static Anchor anchor(Document doc, String s, int pos, Part part) {
        // Only matches ending by pos count, and the loop stops at the first one that ends later.
        // Every match holds a 年 and is shorter than TIME_MAX, so the search can start TIME_MAX
        // before the first 年 (none before pos: no match) and stop TIME_MAX after pos, keeping every
        // match that counts whole. Transparent bounds: the lookarounds still see past the region.
        int nian = s.indexOf('年');
        Anchor found = null;
        Matcher m = TIME.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        if (nian >= 0 && nian < pos) {
            m.region(Math.max(0, nian - TIME_MAX), Math.min(s.length(), pos + TIME_MAX));
        } else {
            m.region(0, 0);
        }
        while (m.find() && m.end() <= pos) {
            int y = Years.value(m, 1);
            char before = m.start() == 0 ? '，' : s.charAt(m.start() - 1);
            if (y > 0) {
                if (CLAUSE_START.indexOf(before) >= 0 && EXPLICIT_FOLLOW.matcher(s).region(m.end(), s.length()).lookingAt()) {
                    found = new Anchor(m.group(), y, y, false, false);
                }
                continue;
            }
            if ("比较同与至到".indexOf(before) >= 0) {
                continue;
            }
            found = relative(doc, m.group(), part);
        }
        if (found != null) {
            return found;
        }
        if (part == null) {
            return new Anchor(null, null, null, false, true);
        }
        return new Anchor(part.getKind().getChineseName() + "部分", part.getYearFrom(), part.getYearTo(), true, true);
    }

    private static Anchor relative(Document doc, String word, Part part) {
        int[] r;
        int[] cur = YearContext.current(doc);
        switch (word) {
            case "今年", "本年度", "这一年" -> r = cur;
            case "明年", "来年" -> r = shift(cur, 1);
            case "去年" -> r = shift(cur, -1);
            case "前年" -> r = shift(cur, -2);
            case "新的一年" -> r = YearContext.part(doc, PartKind.PLAN, null);
            case "20xx年", "20XX年", "xx年", "XX年" -> r = cur; // a template's year slot: the report's year
            default -> r = YearContext.part(doc, PartKind.REVIEW, null);
        }
        return r == null ? new Anchor(word, null, null, true, false) : new Anchor(word, r[0], r[1], true, false);
    }

    private static int[] shift(int[] r, int by) {
        return r == null ? null : new int[] {r[0] + by, r[1] + by};
    }

    /** 70, ７０, 七十, 一百, 一百一十 → the number; -1 when not a number. */
    static int count(String s) {
        int y = 0;
        boolean arabic = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                y = y * 10 + c - '0';
            } else if (c >= '０' && c <= '９') {
                y = y * 10 + c - '０';
            } else {
                arabic = false;
            }
        }
        if (arabic) {
            return y;
        }
        int hundreds = 0;
        String rest = s;
        int h = s.indexOf('百');
        if (h >= 0) {
            String head = s.substring(0, h);
            hundreds = head.isEmpty() || head.equals("一") ? 1 : head.equals("两") ? 2 : -1;
            rest = s.substring(h + 1);
            if (rest.startsWith("零") || rest.startsWith("〇")) {
                rest = rest.substring(1);
            }
            if (hundreds < 0) {
                return -1;
            }
            if (rest.isEmpty()) {
                return hundreds * 100;
            }
            if (rest.length() == 1 && "一二三四五六七八九".indexOf(rest.charAt(0)) >= 0 && !s.contains("零")) {
                // 一百一 is 110 in speech, but reports write 一百一十
                return -1;
            }
            if (rest.startsWith("十")) {
                rest = "一" + rest;
            }
        }
        int tens = ChineseNumber.parse(rest.startsWith("一十") ? rest.substring(1) : rest);
        return tens < 0 ? -1 : hundreds * 100 + tens;
    }
}
