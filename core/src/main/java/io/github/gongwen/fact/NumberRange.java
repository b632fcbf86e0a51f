package io.github.gongwen.fact;

/**
 * A range of two numbers in ASCII digits whose second number carries a sign or multiplier of
 * {@code range-units.txt} ({@code 15%～30%}, {@code 15～30%}, {@code 13万—17万}): the numbers, the
 * connector and the units as written. Whether it is written right is for the rules (GB/T 15835:
 * both numbers keep the unit).
 */
public final class NumberRange extends Occurrence {
    private final String first;
    private final String firstUnit;
    private final String connector;
    private final String second;
    private final String unit;

    public NumberRange(String text, String first, String firstUnit, String connector, String second, String unit,
            int start, int end, int line) {
        super(text, start, end, line);
        this.first = first;
        this.firstUnit = firstUnit;
        this.connector = connector;
        this.second = second;
        this.unit = unit;
    }

    /** The unit after the first number, as written; empty when it has none. */
    public String getFirstUnit() {
        return firstUnit;
    }

    /** The unit after the second number. */
    public String getUnit() {
        return unit;
    }

    /** The connector as written: {@code ～ ~ — - －}. */
    public String getConnector() {
        return connector;
    }

    /**
     * The range with the second number's unit on both numbers and a full-width {@code ～} for an
     * ASCII or hyphen connector: {@code 15%～30%} for {@code 15-30%}.
     */
    public String getWithBothUnits() {
        String c = "~-－".contains(connector) ? "～" : connector;
        return first + unit + c + second + unit;
    }
}
