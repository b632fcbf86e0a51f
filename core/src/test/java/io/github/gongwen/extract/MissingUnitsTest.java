package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.fact.Placeholder;
import io.github.gongwen.text.SourceText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MissingUnitsTest {
    private static final MissingUnits UNITS = new MissingUnits(List.of("万元", "万吨", "户 *", " "));

    private static List<String> find(String text, int at) {
        Facts facts = new Facts(SourceText.of("t.txt", text));
        UNITS.find(facts, text, at);
        return facts.of(Placeholder.class).stream().map(Placeholder::getText).toList();
    }

    @Test
    void knowsTheFirstCharactersOfItsUnits() {
        assertEquals(Set.of('万', '户'), UNITS.firstChars());
        assertTrue(UNITS.startWith('户'));
        assertFalse(UNITS.startWith('的'));
    }

    @Test
    void weighsTheWordBeforeTheUnit() {
        assertEquals(List.of("万元"), find("人均增收万元，", 4));
        assertEquals(List.of(), find("实现亩均效益万元均", 6)); // per unit: 万元均
        assertEquals(List.of("户"), find("共帮扶困难群众达户。", 8));
        assertEquals(List.of(), find("走访农户。", 3));
        assertEquals(List.of(), find("新上万吨级项目。", 2));
    }
}
