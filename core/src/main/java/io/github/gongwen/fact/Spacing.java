package io.github.gongwen.fact;

/**
 * A space inside Chinese text, or between Chinese and a number, where official documents have
 * none: {@code 2024 年工作回顾}, {@code 企业 2500家}, {@code 第十四届 人民代表大会}. The text is
 * the run of blanks (half-width, full-width U+3000 or no-break spaces).
 */
public final class Spacing extends Occurrence {
    public Spacing(String text, int start, int end, int line) {
        super(text, start, end, line);
    }
}
