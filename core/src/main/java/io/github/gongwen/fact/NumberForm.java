package io.github.gongwen.fact;

/**
 * A number written in a form GB/T 15835 rules out (see {@link NumberFormKind}), with the standard
 * form to write instead ({@code 2024年1月5日} for {@code 2024年01月05日}).
 */
public final class NumberForm extends Occurrence {
    private final NumberFormKind kind;
    private final String standard;

    public NumberForm(NumberFormKind kind, String text, String standard, int start, int end, int line) {
        super(text, start, end, line);
        this.kind = kind;
        this.standard = standard;
    }

    public NumberFormKind getKind() {
        return kind;
    }

    /** The standard form of the text. */
    public String getStandard() {
        return standard;
    }
}
