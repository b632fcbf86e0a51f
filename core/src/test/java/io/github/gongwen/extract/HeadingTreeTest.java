package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.MarkerKind;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeadingTreeTest {
    private static final String PARAGRAPH = "各级政府要坚持把人民放在心中，切实改进工作作风，提高行政效能。";

    /** The heading lines and the unnumbered candidates of {@code lines}, nested. */
    private static List<Heading> tree(String... lines) {
        OutlineLines outline = OutlineLines.read(SourceText.of("t.txt", String.join("\n", lines)));
        Set<Heading> afterHeading = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Heading> all = new ArrayList<>(outline.headings());
        all.addAll(new UnnumberedHeadings(Set.of()).find(outline, afterHeading));
        all.sort(Comparator.comparingInt(Heading::getStart));
        return HeadingTree.build(all, new GroupIds(), afterHeading);
    }

    private static List<Integer> depths(List<Heading> tree) {
        return tree.stream().map(Heading::getDepth).toList();
    }

    @Test
    void headingsNestByLevelWhateverTheirForm() {
        List<Heading> t = tree("一、总体情况", "(一)经济运行", "1、工业生产", "(二)社会事业", "二、主要措施");
        assertEquals(List.of(1, 2, 3, 2, 1), depths(t));
        assertSame(t.get(0), t.get(1).getParent());
        assertSame(t.get(1), t.get(3).getPrevious());
        assertSame(t.get(0), t.get(4).getPrevious());
        assertNull(t.get(4).getParent());
    }

    @Test
    void theNextNumberClosesTheListsNestedInItsOwn() {
        List<Heading> t = tree("（一）经济运行", "1.工业生产", "（1）规模以上工业", "2.农业生产");
        assertEquals(List.of(1, 2, 3, 2), depths(t));
        assertSame(t.get(1), t.get(3).getPrevious());
    }

    @Test
    void aFirstNumberWhileItsKindIsOpenNestsInTheCurrentSection() {
        List<Heading> t = tree("一、总体情况", "二、主要措施", "一、加强学习", "二、改进作风", "三、强化落实");
        assertEquals(List.of(1, 1, 2, 2, 2), depths(t));
        assertSame(t.get(1), t.get(2).getParent());
        assertSame(t.get(3), t.get(4).getPrevious()); // the next number of the nearest open list
    }

    @Test
    void anUnnumberedLineTakesTheMissingPlaceBetweenTwoSiblings() {
        List<Heading> t = tree("二、总体情况", PARAGRAPH, "加强政府自身建设", PARAGRAPH, "四、下一步打算", PARAGRAPH);
        assertEquals(3, t.size());
        Heading missing = t.get(1);
        assertEquals(MarkerKind.CN_DUN, missing.getSiblingKind());
        assertEquals(3, missing.getOrdinal());
        assertSame(t.get(0), missing.getPrevious());
    }

    @Test
    void anUnnumberedLineWithoutAPlaceIsDropped() {
        List<Heading> t = tree("一、总体情况", PARAGRAPH, "加强政府自身建设", PARAGRAPH, "二、下一步打算", PARAGRAPH);
        assertEquals(List.of("一、", "二、"), t.stream().map(Heading::getText).toList());
    }
}
