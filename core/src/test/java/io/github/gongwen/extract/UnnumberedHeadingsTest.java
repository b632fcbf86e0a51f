package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.MarkerKind;
import io.github.gongwen.text.SourceText;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnnumberedHeadingsTest {
    private static final String PARAGRAPH = "各级政府要坚持把人民放在心中，切实改进工作作风，提高行政效能。";

    private final Set<Heading> afterHeading = Collections.newSetFromMap(new IdentityHashMap<>());

    private List<Heading> find(String... lines) {
        OutlineLines outline = OutlineLines.read(SourceText.of("t.txt", String.join("\n", lines)));
        return new UnnumberedHeadings(Set.of("结束语")).find(outline, afterHeading);
    }

    @Test
    void aTitleLikeLineBetweenParagraphsIsACandidate() {
        List<Heading> found = find("一、总体情况", "全年经济运行平稳，主要指标好于预期。", "加强政府自身建设", PARAGRAPH);
        assertEquals(1, found.size());
        Heading h = found.get(0);
        assertEquals(MarkerKind.UNNUMBERED, h.getKind());
        assertEquals("加强政府自身建设", h.getTitle());
        assertEquals(3, h.getLine());
        assertFalse(h.isConventional());
        assertTrue(afterHeading.isEmpty());
    }

    @Test
    void aConventionalTitleIsMarkedSo() {
        assertTrue(find("一、总体情况", "全年经济运行平稳。", "结束语", PARAGRAPH).get(0).isConventional());
    }

    @Test
    void noCandidateBeforeTheFirstHeadingOrAfterAnOpenLine() {
        assertEquals(List.of(), find("政府工作报告", PARAGRAPH, "一、总体情况"));
        assertEquals(List.of(), find("一、总体情况", "全年经济运行平稳，主要指标", "好于预期", PARAGRAPH));
    }

    @Test
    void aLineAfterAHeadingWithAnOpenTitleMayBeItsSecondLine() {
        List<Heading> found = find("一、坚持创新发展", "推动经济高质量发展", PARAGRAPH);
        assertEquals(1, found.size());
        assertTrue(afterHeading.contains(found.get(0)));
    }

    @Test
    void whatReadsLikeATitle() {
        assertTrue(UnnumberedHeadings.titleLike("加强政府自身建设"));
        assertTrue(UnnumberedHeadings.titleLike("《政府工作报告》起草说明"));
        assertFalse(UnnumberedHeadings.titleLike("经济运行平稳。"));
        assertFalse(UnnumberedHeadings.titleLike("主要措施："));
        assertFalse(UnnumberedHeadings.titleLike("GDP 5.2%"));
        assertFalse(UnnumberedHeadings.titleLike("这是一个远远超过三十个字的长句子它不是标题而是正文的一部分内容吧"));
    }
}
