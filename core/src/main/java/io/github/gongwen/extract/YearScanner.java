package io.github.gongwen.extract;

import io.github.gongwen.fact.Anniversary;
import io.github.gongwen.fact.Document;
import io.github.gongwen.fact.Paragraph;
import io.github.gongwen.fact.Part;
import io.github.gongwen.fact.PlanPeriod;
import io.github.gongwen.fact.StalePhrase;
import io.github.gongwen.fact.YearConflict;
import io.github.gongwen.fact.YearMention;
import io.github.gongwen.text.SourceText;
import java.util.List;
import java.util.Set;

/**
 * Finds what the text says about years and resolves the year it says it of: anniversaries
 * ({@code anniversaries.txt}, {@link Anniversaries}), phases of five-year plans
 * ({@code plan-periods.txt}, {@code plan-phases.txt}, {@link PlanPhases}), phrases of their time
 * ({@code stale-phrases.txt}, {@link StalePhrases}) and years that open a part or a statement
 * ({@link YearOpenings}). The year a sentence speaks of comes from its own words (今年, 明年,
 * 2023年是…, 过去一年, a template's 20xx年是…) or else from the part it stands in
 * ({@link YearAnchor}). Then {@link YearEvidence} weighs the years of the whole document. Runs
 * after {@link SectionFinder}.
 */
public final class YearScanner implements Extractor {
    @Override public Set<Class<?>> reads() { return Set.of(Document.class, Paragraph.class, Part.class); }
    @Override public Set<Class<?>> produces() { return Set.of(YearMention.class, Anniversary.class, StalePhrase.class, PlanPeriod.class, YearConflict.class); }

    public static final String ANNIVERSARIES = "anniversaries.txt";
    public static final String PLANS = "plan-periods.txt";
    public static final String PHASES = "plan-phases.txt";
    public static final String STALE = "stale-phrases.txt";

    private final Anniversaries anniversaries;
    private final PlanPhases planPhases;
    private final StalePhrases stalePhrases;

    public YearScanner(Lexicon lexicon) {
        anniversaries = new Anniversaries(lexicon.table(ANNIVERSARIES, 3));
        planPhases = new PlanPhases(lexicon.table(PLANS, 3), lexicon.table(PHASES, 3));
        stalePhrases = new StalePhrases(lexicon.table(STALE, 5));
    }

    @Override
    public void extract(Facts facts) {
        Document doc = facts.document();
        List<Part> parts = facts.of(Part.class);
        SourceText src = facts.source();
        for (Part p : parts) {
            if (p.isByHeading()) {
                YearOpenings.heading(facts, src, p);
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
            YearOpenings.statement(facts, src, paragraphs, para, part);
            // the paragraph is chars[from, to) of the document (start and end offsets of its text)
            char[] chars = facts.chars();
            int from = para.getStart();
            int to = from + text.length();
            // what a paragraph cannot hold, none of its sentences holds: tested once per paragraph
            // the first place at or after a sentence's start where each may stand (to: none); the pairs
            // looked for hold no sentence end, so a pair found in the paragraph lies in one sentence
            int anniversary = Anniversaries.next(chars, from, to);
            int plan = planPhases.next(chars, from, to);
            int phrase = stalePhrases.next(chars, from, to);
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
                    phrase = stalePhrases.next(chars, phrase + 1, to);
                }
                if (anniversary < next) {
                    anniversary = Anniversaries.next(chars, next, to);
                }
                if (plan < next) {
                    plan = planPhases.next(chars, next, to);
                }
            }
        }
        YearEvidence.check(facts, paragraphs, parts);
    }

    /** The part holding {@code offset}, or {@code null}. */
    static Part partAt(List<Part> parts, int offset) {
        for (Part p : parts) {
            if (p.contains(offset)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The mentions in one sentence; {@code anniversary}, {@code plan}: whether it may hold those;
     * {@code phrase}: whether a stale phrase may start in it.
     */
    private void sentence(Facts facts, Document doc, SourceText src, String s, int at, Part part, boolean anniversary,
            boolean plan, boolean phrase) {
        if (anniversary) {
            anniversaries.find(facts, doc, src, s, at, part);
        }
        if (plan) {
            planPhases.find(facts, doc, src, s, at, part);
        }
        if (phrase) {
            stalePhrases.find(facts, doc, src, s, at, part);
        }
    }

    private static boolean endsSentence(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }
}
