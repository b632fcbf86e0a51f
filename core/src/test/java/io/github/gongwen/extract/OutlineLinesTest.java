package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.MarkerKind;
import io.github.gongwen.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineLinesTest {
    private static OutlineLines read(String name, String... lines) {
        return OutlineLines.read(SourceText.of(name, String.join("\n", lines)));
    }

    private static List<String> markers(OutlineLines outline) {
        return outline.headings().stream().map(Heading::getText).toList();
    }

    @Test
    void aLineThatOpensWithAMarkerIsAHeadingWithItsTitle() {
        OutlineLines outline = read("t.txt",
                "一、总体情况：稳中有进",
                "全年经济运行平稳。",
                "",
                "　　（一）经济运行");
        assertEquals(List.of("一、", "（一）"), markers(outline));
        assertEquals("总体情况", outline.headings().get(0).getTitle());
        assertEquals("经济运行", outline.headings().get(1).getTitle());
        assertEquals(4, outline.headings().get(1).getLine());
        assertTrue(outline.lines().get(2).blank());
        assertEquals("（一）经济运行", outline.lines().get(3).content()); // without the indent
    }

    @Test
    void anAnnexLineIsNoHeading() {
        OutlineLines outline = read("t.txt",
                "一、总体情况",
                "附件1：重点工作分工",
                "一、名词解释");
        assertEquals(List.of("一、", "一、"), markers(outline));
        assertTrue(outline.lines().get(1).annex);
        assertEquals(List.of("一、总体情况\n".length()), outline.annexStarts());
    }

    @Test
    void anAmbiguousMarkerIsAHeadingWhereTheNumberingContinues() {
        assertEquals(List.of("1.", "2."), markers(read("t.txt",
                "1.加快建设现代化产业体系",
                "2.6个重点产业链全面提升")));
        assertEquals(List.of(), markers(read("t.txt",
                "全年增长情况如下。",
                "8.6个百分点的增幅高于预期。")));
    }

    @Test
    void markdownPrefixesAreNotPartOfTheContent() {
        OutlineLines outline = read("t.md",
                "## 一、总体情况",
                "- 二、主要措施");
        assertEquals(List.of("一、", "二、"), markers(outline));
        assertEquals("总体情况", outline.headings().get(0).getTitle());
        assertFalse(read("t.txt", "## 一、总体情况").headings().stream().anyMatch(h -> h.getKind() == MarkerKind.CN_DUN));
    }

    @Test
    void theTitleSkipsASecondSeparatorAndEndsAtAClauseEnd() {
        assertEquals("加强学习", OutlineLines.title("一、、加强学习；改进作风", 2, 11));
        assertEquals("改进作风", OutlineLines.title("（二） 改进作风", 3, 8));
    }
}
