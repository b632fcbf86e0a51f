package io.github.gongwen.fact;

/**
 * Punctuation written in a form GB/T 15834 rules out (see {@link PunctFormKind}), with the
 * standard form to write instead ({@code ……} for {@code 。。。}).
 */
public final class PunctForm extends Occurrence {
    private final PunctFormKind kind;
    private final String standard;

    public PunctForm(PunctFormKind kind, String text, String standard, int start, int end, int line) {
        super(text, start, end, line);
        this.kind = kind;
        this.standard = standard;
    }

    public PunctFormKind getKind() {
        return kind;
    }

    /** The standard form of the text (empty when the marks should go). */
    public String getStandard() {
        return standard;
    }
}
