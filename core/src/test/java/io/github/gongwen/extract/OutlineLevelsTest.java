package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.fact.MarkerKind;
import io.github.gongwen.text.SourceText;
import org.junit.jupiter.api.Test;

class OutlineLevelsTest {
    private static OutlineLevels levels(String... lines) {
        return OutlineLevels.of(OutlineLines.read(SourceText.of("t.txt", String.join("\n", lines))).headings());
    }

    @Test
    void byDefaultTheGbOrder() {
        OutlineLevels l = levels("一、总体情况", "（一）经济运行", "1.工业生产", "二、主要措施");
        assertTrue(l.of(MarkerKind.CN_DUN) < l.of(MarkerKind.PAREN_CN));
        assertTrue(l.of(MarkerKind.PAREN_CN) < l.of(MarkerKind.ARABIC_DOT));
    }

    @Test
    void aDocumentThatPutsALowerKindOnTopKeepsItsOrder() {
        OutlineLevels l = levels("（一）当前形势", "（二）今后方针", "一、发展农业", "二、发展工业", "（三）发展前景");
        assertEquals(l.of(MarkerKind.PAREN_CN) + 0.5, l.of(MarkerKind.CN_DUN));
    }
}
