package io.github.gongwen.extract;

import io.github.gongwen.fact.EnumItem;
import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.Marker;
import io.github.gongwen.fact.MarkerKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A step of the outline parser: groups the enumeration items inside paragraphs.
 *
 * <ul>
 *   <li>Consecutive items of one kind form a group; a 1 opens a new group, nested in the groups
 *       still open ({@code 七是…：一是…；二是…。八是…}).</li>
 *   <li>An item continues the innermost open group whose last item carries the number before it,
 *       closing the groups nested in that one: the reading in which the numbering is consecutive.
 *       With no such group, it continues the innermost open group (and the rules see the gap or
 *       the repeat).</li>
 *   <li>A heading closes the open groups: the first item after it continues one of them only if it
 *       is the next number ({@code 第一，…} a list {@code 一、二、} {@code …第二，}). An annex closes
 *       them for good. A heading line whose next numbers follow inside it
 *       ({@code （1）…；（2）…；（3）…}) opens a group its items continue.</li>
 *   <li>An item 二 or 三 that does not follow the number before it, but is preceded (since the
 *       last heading and the last item of its kind) by words that stand for the numbers before it
 *       (首先…二是, 首先…其次…第三), opens a new group headed by those words.</li>
 * </ul>
 */
final class EnumerationGroups {
    /** A word such as 首先 at a clause start, which may stand for a number of an enumeration. */
    record StandIn(String word, int ordinal, int start, int end, int line, boolean lineStart) {
    }

    /** An open group: its id, its last item, and whether a heading has closed it since. */
    private static final class Open {
        final int id;
        Marker last;
        boolean closed;

        Open(int id, Marker last) {
            this.id = id;
            this.last = last;
        }
    }

    private final List<Heading> headings;
    private final List<Integer> annexStarts;
    private final GroupIds groupIds;
    private final List<StandIn> standIns;
    private final Set<StandIn> used = new HashSet<>();
    private final Map<MarkerKind, Deque<Open>> open = new EnumMap<>(MarkerKind.class);
    private final List<EnumItem> made = new ArrayList<>();

    private EnumerationGroups(List<Heading> headings, List<Integer> annexStarts, GroupIds groupIds,
            List<StandIn> standIns) {
        this.headings = headings;
        this.annexStarts = annexStarts;
        this.groupIds = groupIds;
        this.standIns = standIns;
    }

    /**
     * Links {@code items} (in text order) into groups and returns the items made for the words
     * that stand for numbers.
     *
     * @param headings the outline's headings in text order
     * @param annexStarts the offsets where annexes start, ascending
     */
    static List<EnumItem> group(List<EnumItem> items, List<Heading> headings, List<Integer> annexStarts,
            GroupIds groupIds, List<StandIn> standIns) {
        EnumerationGroups g = new EnumerationGroups(headings, annexStarts, groupIds, standIns);
        g.run(items);
        return g.made;
    }

    private void run(List<EnumItem> items) {
        int h = 0;
        int a = 0;
        for (EnumItem e : items) {
            boolean headingBetween = false;
            while (h < headings.size() && headings.get(h).getStart() < e.getStart()) {
                headingBetween = true;
                h++;
            }
            boolean annexBetween = false;
            while (a < annexStarts.size() && annexStarts.get(a) < e.getStart()) {
                annexBetween = true;
                a++;
            }
            if (annexBetween) {
                open.clear();
            } else if (headingBetween) {
                open.values().forEach(stack -> stack.forEach(o -> o.closed = true));
            }
            int lastHeading = Math.max(h == 0 ? -1 : headings.get(h - 1).getStart(),
                    a == 0 ? -1 : annexStarts.get(a - 1));
            Deque<Open> stack = open.computeIfAbsent(e.getKind(), k -> new ArrayDeque<>());
            if (headingBetween) {
                Heading before = headings.get(h - 1);
                if (before.getLine() == e.getLine() && before.getKind() == e.getKind() && before.isNumbered()) {
                    stack.push(new Open(before.getGroup(), before)); // （1）…；（2）…；（3）… on one line
                }
            }
            place(e, stack, lastHeading);
        }
    }

    private void place(EnumItem e, Deque<Open> stack, int lastHeading) {
        Open consecutive = null;
        if (e.getOrdinal() > 1) {
            for (Open o : stack) {
                if (o.last.getOrdinal() == e.getOrdinal() - 1) {
                    consecutive = o;
                    break;
                }
            }
        }
        if (consecutive != null) {
            while (stack.peek() != consecutive) {
                stack.pop();
            }
            e.link(consecutive.id, consecutive.last);
            consecutive.last = e;
            consecutive.closed = false;
        } else {
            Open top = stack.peek();
            int after = Math.max(top == null ? -1 : top.last.getEnd(), lastHeading);
            List<StandIn> chain = standInChain(after, e);
            if (chain != null) {
                int id = groupIds.next();
                EnumItem before = null;
                for (StandIn w : chain) {
                    EnumItem s = EnumItem.standIn(e.getKind(), w.word(), w.ordinal(), w.start(), w.end(), w.line(),
                            w.lineStart());
                    s.link(id, before);
                    made.add(s);
                    used.add(w);
                    before = s;
                }
                e.link(id, before);
                stack.push(new Open(id, e));
            } else if (top != null && e.getOrdinal() != 1 && !top.closed) {
                e.link(top.id, top.last);
                top.last = e;
            } else {
                int id = groupIds.next();
                e.link(id, null);
                stack.push(new Open(id, e));
            }
        }
        stack.removeIf(o -> o.closed); // closed by a heading: only the first item after it may continue them
    }

    /**
     * The words standing for 1 … n-1 before item {@code e} (numbered n &gt; 1), in order, all after
     * {@code after} and unused; {@code null} if any is missing.
     */
    private List<StandIn> standInChain(int after, EnumItem e) {
        if (e.getOrdinal() < 2 || e.getOrdinal() > 1 + standIns.size()) {
            return null;
        }
        List<StandIn> chain = new ArrayList<>();
        int bound = e.getStart();
        for (int want = e.getOrdinal() - 1; want >= 1; want--) {
            StandIn found = null;
            for (StandIn w : standIns) {
                if (w.start() > after && w.end() <= bound && w.ordinal() == want && !used.contains(w)) {
                    found = w; // the last one before the bound
                }
            }
            if (found == null) {
                return null;
            }
            chain.add(0, found);
            bound = found.start();
        }
        return chain;
    }
}
