package io.github.gongwen.fact;

/**
 * A word of the user's house-word list ({@code house-words.tsv}, named in {@code gongwen.yaml})
 * where it stands in the text, with what the list says about it: the suggested wording (empty
 * when none), the message, and the severity its row asks for ({@code error}, {@code warning} or
 * {@code info}).
 */
public final class HouseWord extends Occurrence {
    private final String suggestion;
    private final String message;
    private final String severity;

    public HouseWord(String text, String suggestion, String message, String severity, int start, int end, int line) {
        super(text, start, end, line);
        this.suggestion = suggestion;
        this.message = message;
        this.severity = severity;
    }

    /** The wording the list suggests instead, or an empty string. */
    public String getSuggestion() {
        return suggestion;
    }

    /** The message of the list's row (a default one when the row has none). */
    public String getMessage() {
        return message;
    }

    /** {@code error}, {@code warning} or {@code info}. */
    public String getSeverity() {
        return severity;
    }
}
