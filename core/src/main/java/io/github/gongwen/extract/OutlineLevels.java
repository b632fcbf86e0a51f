package io.github.gongwen.extract;

import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.MarkerKind;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outline level of each kind of heading marker in one document. By default the GB/T 9704
 * order (一、 above （一） above 1. …); a document that puts a lower kind on top keeps its own
 * order: when its first headings are （一）（二）（三） and a 一、…十、 list runs between （二）
 * and （三）, its 一、 headings sit under （二）, not above it.
 */
final class OutlineLevels {
    private final Map<MarkerKind, Double> levels = new EnumMap<>(MarkerKind.class);

    private OutlineLevels() {
    }

    /** The levels for the headings {@code all}, in text order. */
    static OutlineLevels of(List<Heading> all) {
        OutlineLevels out = new OutlineLevels();
        for (MarkerKind k : MarkerKind.values()) {
            out.levels.put(k, (double) k.getRank());
        }
        Map<MarkerKind, Integer> firstAt = new EnumMap<>(MarkerKind.class);
        Map<MarkerKind, Set<MarkerKind>> encloses = enclosures(all, firstAt);
        for (MarkerKind upper : encloses.keySet()) {
            for (MarkerKind lower : encloses.get(upper)) {
                boolean inverted = upper.getRank() > lower.getRank()
                        && !encloses.getOrDefault(lower, Set.of()).contains(upper)
                        && firstAt.get(upper) < firstAt.get(lower);
                if (inverted) {
                    out.levels.put(lower, out.levels.get(upper) + 0.5);
                }
            }
        }
        return out;
    }

    /** The level of a kind: smaller is higher in the outline. */
    double of(MarkerKind kind) {
        return levels.get(kind);
    }

    /**
     * Which kinds run between two consecutive siblings of another kind ({@code （二）…一、…（三）}
     * puts 一、 in the set of （一）). Also records where each kind first appears.
     */
    private static Map<MarkerKind, Set<MarkerKind>> enclosures(List<Heading> all, Map<MarkerKind, Integer> firstAt) {
        Map<MarkerKind, Set<MarkerKind>> encloses = new EnumMap<>(MarkerKind.class);
        Map<MarkerKind, Heading> last = new EnumMap<>(MarkerKind.class);
        Map<MarkerKind, Set<MarkerKind>> seenSince = new EnumMap<>(MarkerKind.class);
        for (int i = 0; i < all.size(); i++) {
            Heading h = all.get(i);
            MarkerKind k = h.getKind();
            if (!h.isNumbered()) {
                continue;
            }
            firstAt.putIfAbsent(k, i);
            Heading prev = last.get(k);
            if (prev != null && h.getOrdinal() == prev.getOrdinal() + 1) {
                encloses.computeIfAbsent(k, x -> EnumSet.noneOf(MarkerKind.class)).addAll(seenSince.get(k));
            }
            last.put(k, h);
            for (Set<MarkerKind> seen : seenSince.values()) {
                seen.add(k);
            }
            seenSince.put(k, EnumSet.noneOf(MarkerKind.class));
        }
        return encloses;
    }
}
