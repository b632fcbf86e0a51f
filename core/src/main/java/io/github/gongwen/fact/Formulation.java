package io.github.gongwen.fact;

/**
 * Text that departs from a standard political formulation: a known wrong form from
 * {@code formulation-errors.tsv} ({@code 以习近平为核心的党中央}, {@code 三个意识}), or a near
 * miss of a standard form of {@code formulations.tsv}: a stretch matching all but a few of its
 * characters in order ({@code 习近平新时代中国特色社会义思想}, a character missing).
 */
public final class Formulation extends Occurrence {
    private final String standard;
    private final String difference;
    private final boolean known;

    public Formulation(String text, String standard, String difference, boolean known, int start, int end,
            int line) {
        super(text, start, end, line);
        this.standard = standard;
        this.difference = difference;
        this.known = known;
    }

    /** The standard formulation it should read. */
    public String getStandard() {
        return standard;
    }

    /** What differs, in Chinese ({@code 缺少“主”}, {@code “同志”误为“总书记”}), or the list's note. */
    public String getDifference() {
        return difference;
    }

    /** Found by a pattern of known wrong forms (otherwise: a near miss of a standard form). */
    public boolean isKnown() {
        return known;
    }

    @Override
    public String toString() {
        return "Formulation[" + getLine() + ": " + getText() + " -> " + standard + " (" + difference + ")]";
    }
}
