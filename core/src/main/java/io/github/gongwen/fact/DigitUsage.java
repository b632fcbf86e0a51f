package io.github.gongwen.fact;

/**
 * How the numbers of the document are written: how many with half-width digits ({@code 2024})
 * and how many with full-width ones ({@code ２０２４}). Outline numbers are not counted. One per
 * document.
 */
public final class DigitUsage {
    private final int halfWidth;
    private final int fullWidth;

    public DigitUsage(int halfWidth, int fullWidth) {
        this.halfWidth = halfWidth;
        this.fullWidth = fullWidth;
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
        return "DigitUsage[" + halfWidth + " half-width, " + fullWidth + " full-width]";
    }
}
