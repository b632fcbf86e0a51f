package io.github.gongwen.extract;

import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.MarkerKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 6 of the outline parser: nests the headings of one outline (the report's or an annex's).
 * Headings nest by level ({@link OutlineLevels}: GB/T 9704's 一、 &gt; （一） &gt; 1. &gt; （1）
 * &gt; ① unless the document keeps an order of its own), whatever their written form; siblings
 * are the headings of one kind under one parent ({@link SiblingGroups}).
 *
 * <ul>
 *   <li>The next number of a list still open is its sibling, however deep the list is nested.</li>
 *   <li>A 1 while a list of its kind is open ({@code 一、} under {@code 三、}) opens a list nested
 *       in the current section, not a new section.</li>
 *   <li>A heading without a number ({@link UnnumberedHeadings}) is kept where the numbering leaves
 *       a place for it: after the last heading of a list with nothing after it, between
 *       {@code 二、} and {@code 四、} (then it takes the place of {@code 三、}), or above a new
 *       {@code （一）} group. A line of two clauses is a sibling only of headings of two clauses, and
 *       a line that may be the rest of a heading's title is never a sibling.</li>
 * </ul>
 *
 * <p>Where the numbering is wrong (a gap, a repeat, a number out of order), the tree still places
 * each heading by this reading, and the rules (num-gap.drl, num-duplicate.drl) state the verdict on
 * the siblings it links: this is an algorithmic judgement of the numbering, which stays in Java.
 */
final class HeadingTree {
    private final SiblingGroups groups;
    private final OutlineLevels levels;
    private final Set<Heading> afterHeading;
    private final Map<Heading, Double> rank = new IdentityHashMap<>();
    private final Deque<Heading> stack = new ArrayDeque<>();
    private final List<Heading> out = new ArrayList<>();

    private HeadingTree(List<Heading> all, GroupIds ids, Set<Heading> afterHeading) {
        this.groups = new SiblingGroups(ids);
        this.levels = OutlineLevels.of(all);
        this.afterHeading = afterHeading;
    }

    /**
     * Nests {@code all} (in text order) and returns the headings kept, in text order.
     *
     * @param afterHeading the unnumbered lines that may be the rest of the title of the heading
     *     line before them: never placed as siblings (a section is not empty)
     */
    static List<Heading> build(List<Heading> all, GroupIds ids, Set<Heading> afterHeading) {
        HeadingTree tree = new HeadingTree(all, ids, afterHeading);
        for (int i = 0; i < all.size(); i++) {
            Heading h = all.get(i);
            if (h.getKind() == MarkerKind.UNNUMBERED) {
                tree.placeUnnumbered(h, all, i);
            } else {
                tree.placeNumbered(h);
            }
        }
        return tree.out;
    }

    private void placeNumbered(Heading h) {
        Heading sibling = h.getOrdinal() > 1 ? openWith(h.getKind(), h.getOrdinal() - 1) : null;
        double r = levels.of(h.getKind());
        if (sibling != null) {
            // the next number of an open list: its sibling, however deep the list is nested
            while (stack.peek() != sibling) {
                stack.pop();
            }
            stack.pop();
            r = rank.get(sibling);
            groups.attach(h, sibling.getParent(), h.getKind());
        } else if (h.getOrdinal() == 1 && openWith(h.getKind(), -1) != null) {
            // 一、 while a 三、 is open: a list nested in the current section, not a new section
            r = rank.get(stack.peek()) + 0.1;
            groups.attach(h, stack.peek(), h.getKind());
        } else {
            popWhile(r, true);
            groups.attach(h, stack.peek(), h.getKind());
        }
        push(h, r);
    }

    private void placeUnnumbered(Heading h, List<Heading> all, int i) {
        Heading next = nextNumbered(all, i + 1);
        if (next == null) {
            if (stack.isEmpty()) {
                return;
            }
            Heading top = stack.peekLast();
            if (!shapedLike(h, top) || afterHeading.contains(h)) {
                return;
            }
            stack.clear();
            placeAsSibling(h, top);
        } else if (next.getOrdinal() == 1) {
            double r = levels.of(next.getKind());
            popWhile(r, true);
            Heading top = stack.peek();
            if (top == null) {
                groups.attach(h, null, MarkerKind.UNNUMBERED);
                push(h, r - 0.5);
            } else if (continuesAfter(all, i + 1, top, rank.get(top))) {
                groups.attach(h, top, MarkerKind.UNNUMBERED);
                push(h, (rank.get(top) + r) / 2);
            } else if (shapedLike(h, top) && !afterHeading.contains(h)) {
                stack.pop();
                placeAsSibling(h, top);
            }
        } else {
            popWhile(levels.of(next.getKind()), false);
            Heading top = stack.peek();
            if (top != null && top.getSiblingKind() == next.getKind()
                    && top.getOrdinal() == next.getOrdinal() - 2 && shapedLike(h, top)
                    && !afterHeading.contains(h)) {
                stack.pop();
                placeAsSibling(h, top);
            }
        }
    }

    private void push(Heading h, double r) {
        rank.put(h, r);
        stack.push(h);
        out.add(h);
    }

    /**
     * Whether an unnumbered line reads like a sibling of a numbered heading: a line of two clauses
     * ({@code 经济增速是综合性指标，今年预期目标设定}) is a heading only among headings of two
     * clauses; among short titles it is a sentence broken across lines.
     */
    private static boolean shapedLike(Heading candidate, Heading sibling) {
        return !hasComma(candidate.getTitle()) || hasComma(sibling.getTitle());
    }

    private static boolean hasComma(String s) {
        return s.indexOf('，') >= 0 || s.indexOf(',') >= 0;
    }

    /** The open heading nearest the top of the stack with this sibling kind and ordinal (any ordinal if -1). */
    private Heading openWith(MarkerKind kind, int ordinal) {
        for (Heading e : stack) {
            if (e.getSiblingKind() == kind && (ordinal < 0 || e.getOrdinal() == ordinal)) {
                return e;
            }
        }
        return null;
    }

    private void placeAsSibling(Heading h, Heading sibling) {
        MarkerKind kind = sibling.getSiblingKind();
        if (kind != MarkerKind.UNNUMBERED) {
            Heading last = groups.last(sibling.getParent(), kind);
            h.placeAs(kind, (last == null ? 0 : last.getOrdinal()) + 1);
        }
        groups.attach(h, sibling.getParent(), kind);
        push(h, rank.get(sibling));
    }

    private void popWhile(double r, boolean orEqual) {
        while (!stack.isEmpty()) {
            double top = rank.get(stack.peek());
            if (top > r || (orEqual && top == r)) {
                stack.pop();
            } else {
                break;
            }
        }
    }

    /** The first numbered heading of {@code all} from index {@code from} on, or {@code null}. */
    static Heading nextNumbered(List<Heading> all, int from) {
        for (int k = from; k < all.size(); k++) {
            if (all.get(k).getKind() != MarkerKind.UNNUMBERED) {
                return all.get(k);
            }
        }
        return null;
    }

    /** Whether a later heading continues {@code top}'s numbering (then a line before it is not its sibling). */
    private boolean continuesAfter(List<Heading> all, int from, Heading top, double topRank) {
        for (int k = from; k < all.size(); k++) {
            Heading h = all.get(k);
            if (h.getKind() == MarkerKind.UNNUMBERED) {
                continue;
            }
            if (levels.of(h.getKind()) < topRank) {
                return false;
            }
            if (h.getKind() == top.getSiblingKind()) {
                return h.getOrdinal() == top.getOrdinal() + 1;
            }
        }
        return false;
    }
}
