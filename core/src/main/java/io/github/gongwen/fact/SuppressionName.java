package io.github.gongwen.fact;

/**
 * A rule id or category named in a suppression directive of the report
 * ({@code %% gongwen-disable placeholder}, {@code <!-- gongwen-disable-next-line NUM_GAP -->}), and
 * whether the checker has a rule by that id or category. A name that matches nothing silences
 * nothing: a typo there leaves the findings it meant to silence in place, or hides that it did.
 */
public final class SuppressionName extends Occurrence {
    private final boolean known;
    private final String closest;

    /**
     * @param closest the known name closest to this one, or {@code ""}
     */
    public SuppressionName(String name, int start, int end, int line, boolean known, String closest) {
        super(name, start, end, line);
        this.known = known;
        this.closest = closest;
    }

    /** Whether a rule of the checker has this id or category. */
    public boolean isKnown() {
        return known;
    }

    /** The known id or category closest to this name (a likely intended one), or {@code ""}. */
    public String getClosest() {
        return closest;
    }

    /** {@code （是否应为“placeholder”？）} for a close known name, else {@code ""}: for messages. */
    public String getHint() {
        return closest.isEmpty() ? "" : "（是否应为“" + closest + "”？）";
    }
}
