package io.github.gongwen.fact;

/**
 * Something the report says about a year: an anniversary, a phase of a five-year plan, a phrase
 * of its time, a year in a heading. Each carries the years the text speaks of at that place
 * (its <em>anchor</em>): 今年 in a 2024 report is 2024, 2023年是… is 2023, a sentence of the
 * review part of a 2024 政府工作报告 speaks of 2023. The anchor is {@code null} when the text
 * gives none, or when it is relative (今年, the review part) and the report year is unknown; then
 * {@link #isRelative()} tells whether knowing the report year would have resolved it.
 */
public abstract class YearClaim extends Occurrence {
    private final String anchor;
    private final Integer yearFrom;
    private final Integer yearTo;
    private final boolean relative;
    private final PartKind part;

    /**
     * @param anchor the words that tell the year (今年, 2023年, 工作回顾部分), or null
     * @param yearFrom first year the anchor allows, null when unresolved
     * @param yearTo last year the anchor allows, null when unresolved
     * @param relative whether the anchor depends on the report year
     * @param part the part of the report the claim is in, or null
     */
    protected YearClaim(String text, int start, int end, int line, String anchor, Integer yearFrom, Integer yearTo,
            boolean relative, PartKind part) {
        super(text, start, end, line);
        this.anchor = anchor;
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
        this.relative = relative;
        this.part = part;
    }

    public String getAnchor() {
        return anchor;
    }

    public Integer getYearFrom() {
        return yearFrom;
    }

    public Integer getYearTo() {
        return yearTo;
    }

    /** Whether the years the text speaks of are known here. */
    public boolean isAnchored() {
        return yearFrom != null;
    }

    public boolean isRelative() {
        return relative;
    }

    public PartKind getPart() {
        return part;
    }

    /** The anchor's years for messages: {@code 2023} or {@code 2022–2023}. */
    public String getYears() {
        if (yearFrom == null) {
            return "";
        }
        return yearFrom.equals(yearTo) ? yearFrom + "" : yearFrom + "–" + yearTo;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + getLine() + ": " + getText() + " @" + anchor + " " + getYears() + "]";
    }
}
