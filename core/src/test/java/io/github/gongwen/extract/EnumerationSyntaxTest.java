package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.gongwen.fact.MarkerKind;
import org.junit.jupiter.api.Test;

class EnumerationSyntaxTest {
    @Test
    void itemMarkers() {
        assertEquals(MarkerKind.ENUM_SHI, EnumerationSyntax.at("二是改进作风", 0).kind());
        assertEquals(2, EnumerationSyntax.at("二是改进作风", 0).ordinal());
        assertEquals(MarkerKind.ENUM_YAO, EnumerationSyntax.at("三要强化落实", 0).kind());
        MarkerSyntax.Match di = EnumerationSyntax.at("第十二，加强监督", 0);
        assertEquals(MarkerKind.ORDINAL_DI, di.kind());
        assertEquals(12, di.ordinal());
        assertEquals("第十二，", di.text("第十二，加强监督"));
    }

    @Test
    void setPhrasesCoordinatedOrdinalsAndRankingsAreNoItems() {
        assertNull(EnumerationSyntax.at("一是否可行", 0));
        assertNull(EnumerationSyntax.at("三要三不要", 0));
        assertNull(EnumerationSyntax.at("一要素市场", 0));
        assertNull(EnumerationSyntax.at("第一、二产业", 0));
        assertNull(EnumerationSyntax.at("分别居全国第五、第三，", 5));
        assertEquals(2, EnumerationSyntax.at("第二、一定要用在建设上", 0).ordinal());
    }
}
