package io.github.gongwen.fact;

/** A plain span of text, for rules that point at part of a fact. */
public record Span(int start, int end) implements Spanned {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    @Override
    public int getStart() {
        return start;
    }

    @Override
    public int getEnd() {
        return end;
    }
}
