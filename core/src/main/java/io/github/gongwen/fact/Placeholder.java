package io.github.gongwen.fact;

/**
 * Template filler left in the text: {@code XX镇}, {@code 增长X%}, {@code *名}, {@code ==亿元},
 * {@code ○○}. One fact per run of filler characters.
 */
public final class Placeholder extends Occurrence {
    public Placeholder(String text, int start, int end, int line) {
        super(text, start, end, line);
    }
}
