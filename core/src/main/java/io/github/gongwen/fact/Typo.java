package io.github.gongwen.fact;

/**
 * A wrong written form from the confusables list {@code typos.tsv} ({@code 抗牢} for
 * {@code 扛牢}, {@code 再接再励} for {@code 再接再厉}), found where it stands as words of its own
 * and not inside a correct word that happens to contain the same characters ({@code 邻居|位于}).
 */
public final class Typo extends Occurrence {
    private final String suggestion;
    private final String note;
    private final int since;

    public Typo(String text, String suggestion, String note, int since, int start, int end, int line) {
        super(text, start, end, line);
        this.suggestion = suggestion;
        this.note = note;
        this.since = since;
    }

    /** The correct form; alternatives are separated by {@code /} ({@code 位居/居}). */
    public String getSuggestion() {
        return suggestion;
    }

    /** A short explanation from the list, or an empty string. */
    public String getNote() {
        return note;
    }

    /**
     * The first report year in which the form counts as wrong (0: always). Some forms were the
     * standard spelling once ({@code 颠复} under the 1964 simplification table, until 1986).
     */
    public int getSince() {
        return since;
    }

    @Override
    public String toString() {
        return "Typo[" + getLine() + ": " + getText() + " -> " + suggestion + "]";
    }
}
