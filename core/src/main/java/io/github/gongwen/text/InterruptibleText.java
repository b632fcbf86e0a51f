package io.github.gongwen.text;

/**
 * A text for {@link java.util.regex.Matcher} that stops the match when its thread is
 * interrupted: a regular expression of a data list that backtracks catastrophically on some text
 * (nested quantifiers) would otherwise hold its thread past any time limit. The interrupt is
 * looked at every few thousand characters read, so the cost is small.
 */
public final class InterruptibleText implements CharSequence {
    private static final int EVERY = 1 << 12;
    private final String text;
    private int countdown = EVERY;

    private InterruptibleText(String text) {
        this.text = text;
    }

    /** {@code text} wrapped. */
    public static CharSequence of(String text) {
        return new InterruptibleText(text);
    }

    @Override
    public char charAt(int index) {
        if (--countdown <= 0) {
            countdown = EVERY;
            if (Thread.currentThread().isInterrupted()) {
                throw new CheckInterruptedException();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
