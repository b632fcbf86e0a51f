package io.github.gongwen.fact;

/**
 * Years of a report that contradict each other, found over the document rather than one place:
 * a summary and a plan of the same year in one title (a year replaced throughout), a change from
 * a year to the same year, a title year the body's evidence rules out, a period the body does not
 * report on. {@link #getNote()} says why, in Chinese.
 */
public final class YearConflict extends Occurrence {
    /** What contradicts what. */
    public enum Kind {
        /** A year replaced throughout: 2023年度工作总结及2023年工作计划, 由2020年…提高到2020年. */
        REWRITE,
        /** The title's period against the body's: a 年度 summary reporting 上半年 only. */
        PERIOD,
        /** The title's year against the year the body reports on. */
        TITLE
    }

    private final Kind kind;
    private final String note;

    public YearConflict(String text, int start, int end, int line, Kind kind, String note) {
        super(text, start, end, line);
        this.kind = kind;
        this.note = note;
    }

    public Kind getKind() {
        return kind;
    }

    /** Why the years conflict, in Chinese. */
    public String getNote() {
        return note;
    }

    @Override
    public String toString() {
        return "YearConflict[" + getLine() + " " + kind + ": " + getText() + " (" + note + ")]";
    }
}
