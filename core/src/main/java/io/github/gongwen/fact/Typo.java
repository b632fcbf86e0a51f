package io.github.gongwen.fact;

/**
 * A wrong written form from the confusables list {@code typos.tsv} ({@code 抗牢} for
 * {@code 扛牢}, {@code 再接再励} for {@code 再接再厉}), found where it stands as words of its own
 * and not inside a correct word that happens to contain the same characters ({@code 邻居|位于}).
 */
public final class Typo implements Spanned {
    private final String text;
    private final String suggestion;
    private final String note;
    private final int since;
    private final int start;
    private final int end;
    private final int line;

    public Typo(String text, String suggestion, String note, int since, int start, int end, int line) {
        this.text = text;
        this.suggestion = suggestion;
        this.note = note;
        this.since = since;
        this.start = start;
        this.end = end;
        this.line = line;
    }

    /** The wrong form as written. */
    public String getText() {
        return text;
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
        return "Typo[" + line + ": " + text + " -> " + suggestion + "]";
    }
}
