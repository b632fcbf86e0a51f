package io.github.gongwen.fact;

/**
 * A word that a rewriting tool put for its synonym inside a stock phrase of official text
 * ({@code 经济社会进展} for 经济社会发展, {@code 支配部署} for 安排部署).
 */
public final class SpunWord extends Occurrence {
    private final String suggestion;
    private final String phrase;
    private final String written;

    public SpunWord(String text, String suggestion, String phrase, String written, int start, int end, int line) {
        super(text, start, end, line);
        this.suggestion = suggestion;
        this.phrase = phrase;
        this.written = written;
    }

    /** The stock phrase as the text writes it, with the synonym. */
    public String getWritten() {
        return written;
    }

    /** The word of the stock phrase. */
    public String getSuggestion() {
        return suggestion;
    }

    /** The stock phrase as official text writes it. */
    public String getPhrase() {
        return phrase;
    }

    @Override
    public String toString() {
        return "SpunWord[" + getLine() + ": " + getText() + " -> " + suggestion + " in " + phrase + "]";
    }
}
