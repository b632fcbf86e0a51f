package io.github.gongwen.fact;

/**
 * The report as a whole; exactly one per session. Rules that judge the whole document (a
 * missing section, a stale year) match this fact.
 */
public final class Document implements Spanned {
    private final String name;
    private final int length;
    private final int lineCount;
    private final boolean markdown;
    private String title;
    private int titleLine;
    private ReportType type = ReportType.UNKNOWN;
    private String typeSource;
    private Integer year;
    private String yearSource;

    public Document(String name, int length, int lineCount, boolean markdown) {
        this.name = name;
        this.length = length;
        this.lineCount = lineCount;
        this.markdown = markdown;
    }

    /** The file name (or the name given with the text). */
    public String getName() {
        return name;
    }

    /** Length of the text in characters. */
    public int getLength() {
        return length;
    }

    public int getLineCount() {
        return lineCount;
    }

    /** Whether the source is Markdown (then Markdown syntax is not taken for report text). */
    public boolean isMarkdown() {
        return markdown;
    }

    /** The title line, if the first line of the text looks like one; otherwise {@code null}. */
    public String getTitle() {
        return title;
    }

    /** Line of the title, 0 when there is none. */
    public int getTitleLine() {
        return titleLine;
    }

    public void setTitle(String title, int line) {
        this.title = title;
        this.titleLine = line;
    }

    public ReportType getType() {
        return type;
    }

    /** How the type was recognised (e.g. {@code "title"}), {@code null} when unknown. */
    public String getTypeSource() {
        return typeSource;
    }

    public void setType(ReportType type, String source) {
        this.type = type;
        this.typeSource = source;
    }

    /** The year the report is for (a 2023 summary and a 2024 government report both say so), or null. */
    public Integer getYear() {
        return year;
    }

    /**
     * How the year was inferred: {@code config}, {@code title}, {@code dateline}, {@code heading},
     * {@code filename}, {@code opening}; null if unknown.
     */
    public String getYearSource() {
        return yearSource;
    }

    public void setYear(Integer year, String source) {
        this.year = year;
        this.yearSource = source;
    }

    public boolean hasYear() {
        return year != null;
    }

    @Override
    public int getStart() {
        return 0;
    }

    @Override
    public int getEnd() {
        return 0;
    }

    @Override
    public String toString() {
        return "Document[" + name + ", " + type + ", " + year + "]";
    }
}
