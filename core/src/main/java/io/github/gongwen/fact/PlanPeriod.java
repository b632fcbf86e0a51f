package io.github.gongwen.fact;

/**
 * A claim that a year is a given phase of a five-year plan: 今年是“十四五”开局之年 puts the
 * anchor year in 2021, 关键之年 anywhere in 2021–2025, 承上启下 in 2022–2024.
 */
public final class PlanPeriod extends YearClaim {
    private final String plan;
    private final String phase;
    private final int impliedFrom;
    private final int impliedTo;

    public PlanPeriod(String text, int start, int end, int line, String anchor, Integer yearFrom, Integer yearTo,
            boolean relative, PartKind part, String plan, String phase, int impliedFrom, int impliedTo) {
        super(text, start, end, line, anchor, yearFrom, yearTo, relative, part);
        this.plan = plan;
        this.phase = phase;
        this.impliedFrom = impliedFrom;
        this.impliedTo = impliedTo;
    }

    /** The plan as written in the table, e.g. 十四五. */
    public String getPlan() {
        return plan;
    }

    /** The phase words, e.g. 开局之年. */
    public String getPhase() {
        return phase;
    }

    public int getImpliedFrom() {
        return impliedFrom;
    }

    public int getImpliedTo() {
        return impliedTo;
    }

    /** The implied years for messages: {@code 2021} or {@code 2022–2024}. */
    public String getImpliedYears() {
        return impliedFrom == impliedTo ? impliedFrom + "" : impliedFrom + "–" + impliedTo;
    }
}
