package io.github.gongwen.fact;

/**
 * A date written with {@code 月} in ASCII digits ({@code 2024年1月5日}, {@code 3月}, {@code 10月12日}): its
 * year, month and day as written. Whether the way it is written is wrong is for the rules (GB/T
 * 15835: no {@code 0} before a month or a day).
 */
public final class WrittenDate extends Occurrence {
    private final String year;
    private final String month;
    private final String day;

    public WrittenDate(String text, String year, String month, String day, int start, int end, int line) {
        super(text, start, end, line);
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /** The four digits of the year, or {@code null} when the date gives none. */
    public String getYear() {
        return year;
    }

    /** The digits of the month, as written ({@code 1}, {@code 01}, {@code 12}). */
    public String getMonth() {
        return month;
    }

    /** The digits of the day, as written, or {@code null} when the date gives none. */
    public String getDay() {
        return day;
    }

    /** The date without zeros before its month and day: {@code 2024年1月5日} for {@code 2024年01月05日}. */
    public String getPlain() {
        StringBuilder s = new StringBuilder();
        if (year != null) {
            s.append(year).append('年');
        }
        s.append(Integer.parseInt(month)).append('月');
        if (day != null) {
            s.append(Integer.parseInt(day)).append('日');
        }
        return s.toString();
    }
}
