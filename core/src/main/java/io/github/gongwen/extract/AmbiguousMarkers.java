package io.github.gongwen.extract;

/**
 * A step of the outline parser: decides the line-start markers that read either as a heading or
 * as a number ({@link MarkerSyntax#ambiguousHeading}: {@code 一、三年来的斗争}, {@code 8.6个重点产业链},
 * {@code 14.2025年}) by the numbering around them. The reading as a heading is taken when it makes
 * the numbering consecutive: the nearest heading of its kind before it carries the number before
 * (for a first item: the nearest after it carries 2), and the nearest after it does not carry the
 * same number. The search stops at a heading of a higher level and at a barrier (an annex).
 * Confirmed lines count as neighbours of the others, so that a run of ambiguous items
 * ({@code 13.EFLOPS…}, {@code 14.2025年…}) is confirmed item by item.
 */
final class AmbiguousMarkers {
    private AmbiguousMarkers() {
    }

    /**
     * @param markers the heading marker of each line, or {@code null}; confirmed candidates are
     *     written into it
     * @param candidates the ambiguous marker of each line without a heading marker, or {@code null}
     * @param barrier the lines the search does not cross
     */
    static void confirm(MarkerSyntax.Match[] markers, MarkerSyntax.Match[] candidates, boolean[] barrier) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 0; k < markers.length; k++) {
                MarkerSyntax.Match m = candidates[k];
                if (m == null || markers[k] != null) {
                    continue;
                }
                MarkerSyntax.Match before = neighbour(markers, barrier, m, k, -1);
                MarkerSyntax.Match after = neighbour(markers, barrier, m, k, 1);
                boolean continues = before != null ? before.ordinal() == m.ordinal() - 1
                        : m.ordinal() == 1 && after != null && after.ordinal() == 2;
                if (continues && (after == null || after.ordinal() != m.ordinal())) {
                    markers[k] = m;
                    changed = true;
                }
            }
        }
    }

    /** The nearest confirmed marker of {@code m}'s kind in one direction, before a higher level or a barrier. */
    private static MarkerSyntax.Match neighbour(MarkerSyntax.Match[] markers, boolean[] barrier, MarkerSyntax.Match m,
            int k, int step) {
        for (int j = k + step; j >= 0 && j < markers.length; j += step) {
            if (barrier[j]) {
                return null;
            }
            MarkerSyntax.Match o = markers[j];
            if (o == null) {
                continue;
            }
            if (o.kind() == m.kind()) {
                return o;
            }
            if (o.kind().getRank() < m.kind().getRank()) {
                return null;
            }
        }
        return null;
    }
}
