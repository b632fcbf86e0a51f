package io.github.gongwen.fact;

/**
 * Template filler left in the text: {@code XX镇}, {@code 增长X%}, {@code *名}, {@code ==亿元},
 * {@code ○○}. One fact per run of filler characters.
 */
public final class Placeholder implements Spanned {
    private final String text;
    private final int start;
    private final int end;
    private final int line;

    public Placeholder(String text, int start, int end, int line) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.line = line;
    }

    public String getText() {
        return text;
    }

    @Override
    public int getStart() {
        return start;
    }

    @Override
    public int getEnd() {
        return end;
    }

    public int getLine() {
        return line;
    }

    @Override
    public String toString() {
        return "Placeholder[" + line + ": " + text + "]";
    }
}
