package io.github.gongwen.fact;

/**
 * A part of the report recognised by its heading (二、存在的问题) or by the phrase that opens it
 * (下一步，我们将…), running to the start of the next part. The years it speaks of follow from
 * the report's type and year: the review of a 2024 政府工作报告 speaks of 2023, the plan of a
 * 2023 工作总结 of 2024; {@link #getYearFrom()} and {@link #getYearTo()} are null when the report
 * year is unknown.
 */
public final class Part implements Spanned {
    private final PartKind kind;
    private final String section;
    private final String heading;
    private final int depth;
    private final int start;
    private final int end;
    private final int line;
    private Integer yearFrom;
    private Integer yearTo;

    /**
     * @param section the section name of the profile row that recognised it (e.g. 存在问题)
     * @param heading the heading title or the opening paragraph's first words
     * @param depth the heading depth, 0 for a part opened by a phrase
     */
    public Part(PartKind kind, String section, String heading, int depth, int start, int end, int line) {
        this.kind = kind;
        this.section = section;
        this.heading = heading;
        this.depth = depth;
        this.start = start;
        this.end = end;
        this.line = line;
    }

    public PartKind getKind() {
        return kind;
    }

    public String getSection() {
        return section;
    }

    public String getHeading() {
        return heading;
    }

    public int getDepth() {
        return depth;
    }

    /** Whether a heading opens the part (rather than a phrase at the start of a paragraph). */
    public boolean isByHeading() {
        return depth > 0;
    }

    @Override
    public int getStart() {
        return start;
    }

    @Override
    public int getEnd() {
        return end;
    }

    public int getLine() {
        return line;
    }

    /** First year the part speaks of, or null when the report year is unknown. */
    public Integer getYearFrom() {
        return yearFrom;
    }

    /** Last year the part speaks of, or null. */
    public Integer getYearTo() {
        return yearTo;
    }

    public void setYears(Integer from, Integer to) {
        this.yearFrom = from;
        this.yearTo = to;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    @Override
    public String toString() {
        return "Part[" + kind + " " + line + ": " + heading + " " + yearFrom + "–" + yearTo + "]";
    }
}
