package io.github.gongwen.fact;

/**
 * Two digits and {@code 年} where a year is meant: before one of the words of
 * {@code short-year-context.txt} ({@code 24年底}, {@code 23年全年}), with the four-digit year they
 * would stand for (20NN). Whether it is a shortened year is for the rules: near the report's year
 * it is, far from it ({@code 35年底}) it may be a duration.
 */
public final class ShortYear extends Occurrence {
    private final int year;

    public ShortYear(String text, int year, int start, int end, int line) {
        super(text, start, end, line);
        this.year = year;
    }

    /** The year written out: 2000 and the two digits. */
    public int getYear() {
        return year;
    }
}
