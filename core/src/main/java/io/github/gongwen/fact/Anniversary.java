package io.github.gongwen.fact;

/**
 * An anniversary the text marks, such as 新中国成立70周年: the event's base year plus N gives
 * the year it falls in. {@link #isFuture()} when the text looks forward to it (迎接、喜迎、献礼),
 * which the rules take to allow the year after the anchor as well.
 */
public final class Anniversary extends YearClaim {
    private final String event;
    private final int count;
    private final int baseYear;
    private final boolean future;

    public Anniversary(String text, int start, int end, int line, String anchor, Integer yearFrom, Integer yearTo,
            boolean relative, PartKind part, String event, int count, int baseYear, boolean future) {
        super(text, start, end, line, anchor, yearFrom, yearTo, relative, part);
        this.event = event;
        this.count = count;
        this.baseYear = baseYear;
        this.future = future;
    }

    /** The event as the data table names it, e.g. 新中国成立. */
    public String getEvent() {
        return event;
    }

    /** The N of N周年. */
    public int getCount() {
        return count;
    }

    public int getBaseYear() {
        return baseYear;
    }

    /** The year the anniversary falls in: base year + N. */
    public int getImpliedYear() {
        return baseYear + count;
    }

    public boolean isFuture() {
        return future;
    }
}
