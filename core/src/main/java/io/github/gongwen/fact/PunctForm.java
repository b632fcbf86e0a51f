package io.github.gongwen.fact;

/**
 * Punctuation (or a lost character) whose form takes more than a look at the marks to tell (see
 * {@link PunctFormKind}), with the standard form to write instead ({@code 2021—2025} for
 * {@code 2021-2025}). Runs of ellipsis, dash and separating marks are {@link PunctRun} facts.
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
