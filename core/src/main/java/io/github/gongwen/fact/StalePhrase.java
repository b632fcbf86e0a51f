package io.github.gongwen.fact;

/**
 * A phrase that belongs to a period, such as 决胜全面建成小康社会 (current until 2020), with the
 * last year it is current (from the data table {@code stale-phrases.txt}).
 */
public final class StalePhrase extends YearClaim {
    private final int lastYear;
    private final String note;

    public StalePhrase(String text, int start, int end, int line, String anchor, Integer yearFrom, Integer yearTo,
            boolean relative, PartKind part, int lastYear, String note) {
        super(text, start, end, line, anchor, yearFrom, yearTo, relative, part);
        this.lastYear = lastYear;
        this.note = note;
    }

    public int getLastYear() {
        return lastYear;
    }

    /** Why the phrase dates, in Chinese (e.g. 全面建成小康社会已于2020年实现). */
    public String getNote() {
        return note;
    }
}
