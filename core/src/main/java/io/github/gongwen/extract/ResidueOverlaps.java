package io.github.gongwen.extract;

import io.github.gongwen.fact.Occurrence;
import io.github.gongwen.fact.Residue;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Marks every {@link Occurrence} that overlaps a {@link Residue} ({@link Occurrence#isInResidue()}),
 * so that a rule says {@code !inResidue} instead of joining against the residue facts. It adds no
 * facts and runs last, after every extractor that adds residue or occurrences.
 */
public final class ResidueOverlaps implements Extractor {
    /** After every extractor that adds residue or any occurrence, a user's too. */
    @Override public Set<Class<?>> reads() { return Set.of(Residue.class, Occurrence.class); }

    @Override
    public void extract(Facts facts) {
        List<Residue> residue = facts.of(Residue.class);
        if (residue.isEmpty()) {
            return;
        }
        residue.sort(Comparator.comparingInt(Residue::getStart));
        int n = residue.size();
        int[] starts = new int[n];
        int[] maxEnd = new int[n]; // the furthest end of residue [0, k]
        for (int k = 0; k < n; k++) {
            starts[k] = residue.get(k).getStart();
            maxEnd[k] = Math.max(residue.get(k).getEnd(), k > 0 ? maxEnd[k - 1] : 0);
        }
        for (Object fact : facts.all()) {
            if (fact instanceof Occurrence o && overlaps(starts, maxEnd, o.getStart(), o.getEnd())) {
                o.markInResidue();
            }
        }
    }

    /** Whether some residue starting before {@code end} ends after {@code start}. */
    private static boolean overlaps(int[] starts, int[] maxEnd, int start, int end) {
        int lo = 0;
        int hi = starts.length; // the residue before hi start before end
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < end) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && maxEnd[lo - 1] > start;
    }
}
