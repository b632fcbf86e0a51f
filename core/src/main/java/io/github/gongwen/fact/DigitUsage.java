package io.github.gongwen.fact;

/**
 * How the numbers of the document are written: how many with half-width digits ({@code 2024})
 * and how many with full-width ones ({@code ２０２４}), and how many numbers of five digits or
 * more go without thousands separators ({@code 12500人}). Outline numbers are not counted. One
 * per document.
 */
public final class DigitUsage {
    private final int halfWidth;
    private final int fullWidth;
    private final int ungroupedLong;

    public DigitUsage(int halfWidth, int fullWidth, int ungroupedLong) {
        this.halfWidth = halfWidth;
        this.fullWidth = fullWidth;
        this.ungroupedLong = ungroupedLong;
    }

    /** Numbers of five or more digits before a Chinese word, written without separators. */
    public int getUngroupedLong() {
        return ungroupedLong;
    }

    /** Numbers written with ASCII digits. */
    public int getHalfWidth() {
        return halfWidth;
    }

    /** Numbers written with full-width digits. */
    public int getFullWidth() {
        return fullWidth;
    }

    @Override
    public String toString() {
        return "DigitUsage[" + halfWidth + " half-width, " + fullWidth + " full-width, " + ungroupedLong
                + " long ungrouped]";
    }
}
