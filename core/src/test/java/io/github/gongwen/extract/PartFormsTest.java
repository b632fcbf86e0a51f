package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartFormsTest {
    private static String wrong(List<PartForms.Form> forms, String text) {
        for (PartForms.Form f : forms) {
            if (f.pattern().matcher(text).find()) {
                return f.note();
            }
        }
        return null;
    }

    @Test
    void deletedInnerPartIsFoundAndTheStandardFormIsNot() {
        List<PartForms.Form> forms = PartForms.of("党的{N}/大/精神", "");
        assertEquals("缺少“大”", wrong(forms, "深入贯彻党的十八精神"));
        assertEquals(null, wrong(forms, "深入贯彻党的十八大精神"));
        assertEquals(null, wrong(forms, "深入贯彻党的十八届六中全会精神"));
    }

    @Test
    void maskedPartIsFoundButANamesMaskIsAPlaceholder() {
        assertEquals("“党”被遮盖", wrong(PartForms.of("党/的{N}大", ""), "学习贯彻X的二十大精神"));
        assertEquals("“三个代表”被遮盖", wrong(PartForms.of("“三个代表”/重要思想", ""), "坚持以“xx”重要思想为指导"));
        List<PartForms.Form> leader = PartForms.of("以/@习近平/同志/为核心的/党中央", "");
        assertEquals(null, wrong(leader, "团结在以XX同志为核心的党中央周围"));
        assertEquals("缺少“习近平同志”", wrong(leader, "团结在以为核心的党中央周围"));
    }

    @Test
    void oneCharacterOfAnInnerPartReplaced() {
        List<PartForms.Form> forms = PartForms.of("科学/发展/观", "");
        assertEquals("“发展”有误", wrong(forms, "树立科学开展观"));
        assertEquals(null, wrong(forms, "树立科学发展观和科学世界观"));
    }

    @Test
    void anchorsAreLiteralsOfEveryMatch() {
        for (PartForms.Form f : PartForms.of("理论、/“三个代表”/重要思想", "")) {
            assertFalse(f.anchor().isEmpty());
            assertFalse(f.anchor().contains("“"));
        }
        assertTrue(PartForms.of("中国/共产/党", "").stream().anyMatch(PartForms.Form::atStart));
    }
}
