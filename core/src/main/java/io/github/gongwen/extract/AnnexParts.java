package io.github.gongwen.extract;

import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.MarkerKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A step of the outline parser: splits the headings into the report's outline and the outline of
 * each annex. An annex line ({@link AnnexHeadings}) splits the outline only where the numbering
 * starts again after it: its first numbered heading is a 1, and no heading after it continues the
 * numbering before it (a note such as {@code 附：统计表} inside the report, followed by
 * {@code 1.…} rows and then {@code 三、}, does not split).
 */
final class AnnexParts {
    private AnnexParts() {
    }

    /**
     * The headings of the report and of each annex, each part in text order.
     *
     * @param all the headings in text order
     * @param annexStarts the offsets of the annex lines, ascending
     * @param splits receives the offsets of the annex lines that split
     */
    static List<List<Heading>> split(List<Heading> all, List<Integer> annexStarts, List<Integer> splits) {
        List<List<Heading>> parts = new ArrayList<>();
        int from = 0;
        int i = 0;
        for (int a = 0; a < annexStarts.size(); a++) {
            int at = annexStarts.get(a);
            int end = a + 1 < annexStarts.size() ? annexStarts.get(a + 1) : Integer.MAX_VALUE;
            while (i < all.size() && all.get(i).getStart() < at) {
                i++;
            }
            int j = i;
            while (j < all.size() && all.get(j).getStart() < end) {
                j++;
            }
            if (i > from && restarts(all.subList(from, i), all.subList(i, j))) {
                parts.add(new ArrayList<>(all.subList(from, i)));
                splits.add(at);
                from = i;
            }
        }
        parts.add(new ArrayList<>(all.subList(from, all.size())));
        return parts;
    }

    /** Whether the headings after an annex line number afresh instead of going on with those before. */
    private static boolean restarts(List<Heading> before, List<Heading> after) {
        Heading first = HeadingTree.nextNumbered(after, 0);
        if (first == null || first.getOrdinal() != 1) {
            return false;
        }
        Map<MarkerKind, Integer> last = new EnumMap<>(MarkerKind.class);
        for (Heading h : before) {
            if (h.isNumbered()) {
                last.put(h.getKind(), h.getOrdinal());
            }
        }
        Set<MarkerKind> seen = EnumSet.noneOf(MarkerKind.class);
        for (Heading h : after) {
            if (h.isNumbered() && seen.add(h.getKind()) && last.containsKey(h.getKind())
                    && h.getOrdinal() == last.get(h.getKind()) + 1) {
                return false;
            }
        }
        return true;
    }
}
