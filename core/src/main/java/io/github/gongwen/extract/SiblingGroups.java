package io.github.gongwen.extract;

import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.MarkerKind;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The sibling groups of one outline while {@link HeadingTree} builds it: the headings of one kind
 * under one parent form a group, unless the numbering starts again ({@code 一、二、三、} then
 * {@code 一、} again is a new list, not a repeat).
 */
final class SiblingGroups {
    private final Map<Heading, Map<MarkerKind, int[]>> ids = new IdentityHashMap<>();
    private final Map<Heading, Map<MarkerKind, Heading>> last = new IdentityHashMap<>();
    private final Map<MarkerKind, int[]> rootIds = new EnumMap<>(MarkerKind.class);
    private final Map<MarkerKind, Heading> rootLast = new EnumMap<>(MarkerKind.class);
    private final GroupIds groupIds;

    SiblingGroups(GroupIds groupIds) {
        this.groupIds = groupIds;
    }

    /** Places {@code h} under {@code parent} ({@code null} at the top) as the next sibling of {@code kind}. */
    void attach(Heading h, Heading parent, MarkerKind kind) {
        Map<MarkerKind, int[]> idMap = parent == null ? rootIds : ids.computeIfAbsent(parent, p -> new EnumMap<>(MarkerKind.class));
        Map<MarkerKind, Heading> lastMap = parent == null ? rootLast : last.computeIfAbsent(parent, p -> new EnumMap<>(MarkerKind.class));
        Heading previous = lastMap.get(kind);
        if (previous != null && h.getOrdinal() == 1 && previous.getOrdinal() > 1 && h.isNumbered()) {
            idMap.remove(kind); // 一、二、三、 then 一、 again: a new list, not a repeat
            previous = null;
        }
        int id = idMap.computeIfAbsent(kind, k -> new int[] {groupIds.next()})[0];
        h.attach(parent, id, previous);
        lastMap.put(kind, h);
    }

    /** The last sibling of {@code kind} placed under {@code parent}, or {@code null}. */
    Heading last(Heading parent, MarkerKind kind) {
        return (parent == null ? rootLast : last.getOrDefault(parent, Map.of())).get(kind);
    }
}
