package io.github.gongwen.fact;

/**
 * A stretch of text that a fact is about: its text as written, its place and its line. The common
 * part of placeholders, residue, typos, formulations and the punctuation and number facts
 * ({@link HalfWidthPunct}, {@link PunctRun}, {@link PunctForm}, {@link PairMismatch}, {@link NumberForm},
 * {@link WrittenDate}, {@link NumberRange}, {@link ShortYear}).
 */
public abstract class Occurrence implements Spanned {
    private final String text;
    private final int start;
    private final int end;
    private final int line;
    private boolean inResidue;

    protected Occurrence(String text, int start, int end, int line) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.line = line;
    }

    /** The text as written. */
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

    /**
     * Whether it overlaps download-site residue (a {@link Residue} fact): a rule that should stay
     * quiet about residue says {@code !inResidue}. Known once all extractors have run (the last
     * step of the pipeline sets it), so an extractor must not read it.
     */
    public boolean isInResidue() {
        return inResidue;
    }

    /** Marks it as overlapping residue (the pipeline's last step). */
    public void markInResidue() {
        inResidue = true;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + line + ": " + text + "]";
    }
}
