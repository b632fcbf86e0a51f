package io.github.gongwen;

import java.util.Comparator;
import java.util.Objects;

/**
 * One violation found in one report. Positions are 1-based; columns count characters (code
 * points); {@code endLine}/{@code endColumn} point just past the flagged text. A finding about
 * the whole document (a missing section) has line and column 0. Immutable.
 */
public final class Finding implements Comparable<Finding> {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line).thenComparingInt(Finding::column)
            .thenComparingInt(Finding::endLine).thenComparingInt(Finding::endColumn)
            .thenComparing(Finding::ruleId).thenComparing(Finding::message);

    private final String file;
    private final String ruleId;
    private final String category;
    private final Severity severity;
    private final String message;
    private final int line;
    private final int column;
    private final int endLine;
    private final int endColumn;
    private final int startOffset;
    private final int endOffset;
    private final String excerpt;
    private final String suggestion;

    public Finding(String file, String ruleId, String category, Severity severity, String message, int line,
            int column, int endLine, int endColumn, int startOffset, int endOffset, String excerpt,
            String suggestion) {
        this.file = Objects.requireNonNull(file);
        this.ruleId = Objects.requireNonNull(ruleId);
        this.category = Objects.requireNonNull(category);
        this.severity = Objects.requireNonNull(severity);
        this.message = Objects.requireNonNull(message);
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.endColumn = endColumn;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.excerpt = excerpt == null ? "" : excerpt;
        this.suggestion = suggestion;
    }

    /** The report the finding is in, as named by the caller. */
    public String file() {
        return file;
    }

    public String ruleId() {
        return ruleId;
    }

    /** The kind of defect: PLACEHOLDER, NUM_DUPLICATE, NUM_GAP, NUM_STYLE, RESIDUE, … */
    public String category() {
        return category;
    }

    public Severity severity() {
        return severity;
    }

    /** A Chinese message for editors. */
    public String message() {
        return message;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public int endLine() {
        return endLine;
    }

    /** The column just past the last flagged character. */
    public int endColumn() {
        return endColumn;
    }

    /** Character offset of the flagged text in the (line-break normalised) report text. */
    public int startOffset() {
        return startOffset;
    }

    public int endOffset() {
        return endOffset;
    }

    /** The flagged text, exactly as in the report; empty for a document-level finding. */
    public String excerpt() {
        return excerpt;
    }

    /** A safe replacement for {@link #excerpt()}, or {@code null} when there is none. */
    public String suggestion() {
        return suggestion;
    }

    /** Whether the finding concerns the whole document rather than a place in it. */
    public boolean isDocumentLevel() {
        return line == 0;
    }

    @Override
    public int compareTo(Finding o) {
        return ORDER.compare(this, o);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && compareTo(f) == 0 && category.equals(f.category)
                && severity == f.severity && excerpt.equals(f.excerpt) && Objects.equals(suggestion, f.suggestion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, ruleId, line, column, endLine, endColumn, message);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + " " + severity.id() + " " + category + "/" + ruleId + " "
                + message + (excerpt.isEmpty() ? "" : " «" + excerpt + "»")
                + (suggestion == null ? "" : " → «" + suggestion + "»");
    }
}
