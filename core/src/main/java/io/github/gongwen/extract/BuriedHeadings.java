package io.github.gongwen.extract;

import io.github.gongwen.fact.EnumItem;
import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.MarkerKind;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 4 of the outline parser: a heading buried in a paragraph. An inline {@code （一）} right
 * after a sentence end whose numbering continues with a heading line of its kind
 * ({@code …法治政府。（一）加强政治学习…} followed by a line {@code （二）…}, or preceded by a
 * line {@code （一）…} for a {@code （二）}) is a heading, with no higher-level heading and no annex
 * between them. Circled numbers stay items.
 */
final class BuriedHeadings {
    private BuriedHeadings() {
    }

    /**
     * The buried headings among the items found; they are removed from {@code found}'s items.
     *
     * @param lineHeadings the headings of heading lines, in text order
     * @param annexStarts the offsets of the annex lines
     */
    static List<Heading> promote(InlineItems.Found found, List<Heading> lineHeadings, List<Integer> annexStarts,
            SourceText src) {
        List<Heading> out = new ArrayList<>();
        for (var it = found.items().iterator(); it.hasNext();) {
            EnumItem e = it.next();
            if (!e.getKind().isHeading() || e.getKind() == MarkerKind.CIRCLED || !found.afterSentence().contains(e)) {
                continue;
            }
            if (continuesHeadings(e, lineHeadings, annexStarts)) {
                it.remove();
                String title = OutlineLines.title(src.text(), e.getEnd(), src.lines().lineEnd(e.getLine()));
                out.add(new Heading(e.getKind(), e.getText(), e.getOrdinal(), e.getForm(), e.isStandardForm(),
                        e.getStart(), e.getEnd(), e.getLine(), title, true, false));
            }
        }
        return out;
    }

    /**
     * Whether the nearest heading line of the item's kind before it carries the number before, or
     * the nearest after it the number after, with no higher-level heading or annex in between.
     */
    private static boolean continuesHeadings(EnumItem e, List<Heading> lineHeadings, List<Integer> annexStarts) {
        int rank = e.getKind().getRank();
        Heading before = null;
        Heading after = null;
        for (Heading h : lineHeadings) {
            boolean higher = h.getKind().getRank() < rank || annexBetween(annexStarts, h, e);
            if (h.getStart() < e.getStart()) {
                if (higher) {
                    before = null;
                } else if (h.getKind() == e.getKind()) {
                    before = h;
                }
            } else {
                if (higher) {
                    break;
                }
                if (h.getKind() == e.getKind()) {
                    after = h;
                    break;
                }
            }
        }
        return (before != null && before.getOrdinal() == e.getOrdinal() - 1)
                || (after != null && after.getOrdinal() == e.getOrdinal() + 1);
    }

    /** Whether an annex starts between a heading and an item, in either order. */
    private static boolean annexBetween(List<Integer> annexStarts, Heading h, EnumItem e) {
        int from = Math.min(h.getStart(), e.getStart());
        int to = Math.max(h.getStart(), e.getStart());
        for (int a : annexStarts) {
            if (a > from && a < to) {
                return true;
            }
        }
        return false;
    }
}
