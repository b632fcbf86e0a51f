package io.github.gongwen.fact;

/**
 * A number written wrongly in a way no format rule covers: {@code 、} typed for the decimal point
 * ({@code 3、19亿元}), a growth rate that lost its {@code %} ({@code 同比增长18.3；}), a year in
 * Chinese numerals that lost its first digit ({@code 〇〇八年}).
 */
public final class NumberSlip extends Occurrence {
    private final String suggestion;
    private final String problem;

    public NumberSlip(String text, String suggestion, String problem, int start, int end, int line) {
        super(text, start, end, line);
        this.suggestion = suggestion;
        this.problem = problem;
    }

    /** The number as it should be written. */
    public String getSuggestion() {
        return suggestion;
    }

    /** What is wrong, in Chinese (e.g. 顿号用作小数点). */
    public String getProblem() {
        return problem;
    }

    @Override
    public String toString() {
        return "NumberSlip[" + getLine() + ": " + getText() + " -> " + suggestion + "]";
    }
}
