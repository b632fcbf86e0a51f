package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongwen.fact.PunctForm;
import io.github.gongwen.text.SourceText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PunctFormScannerTest {
    /** Each fact as {@code KIND text -> standard}. */
    private static List<String> scan(String text) {
        Facts facts = new Facts(SourceText.of("t.txt", text));
        new OutlineParser(Lexicon.of(Map.of())).extract(facts);
        new PunctFormScanner().extract(facts);
        return facts.of(PunctForm.class).stream()
                .map(p -> p.getKind() + " " + p.getText() + " -> " + p.getStandard()).toList();
    }

    @Test
    void repeatedSeparatorsBecomeTheStrongest() {
        assertEquals(List.of("REPEATED ，。 -> 。"), scan("全面完成任务，。"));
        assertEquals(List.of("REPEATED 、、 -> 、"), scan("教育、、卫生"));
        assertEquals(List.of("ELLIPSIS 。。。 -> ……"), scan("等等。。。"));
    }

    @Test
    void ellipsesAndDashesOtherThanTheStandardForms() {
        assertEquals(List.of("ELLIPSIS ... -> ……"), scan("教育、卫生..."));
        assertEquals(List.of(), scan("教育、卫生……"));
        assertEquals(List.of("DASH --- -> ——"), scan("发展---改革"));
        assertEquals(List.of(), scan("发展——改革"));
        assertEquals(List.of(), scan("------"));
    }

    @Test
    void rangeConnectorsBetweenNumbers() {
        assertEquals(List.of("RANGE_CONNECTOR 2021-2025 -> 2021—2025"), scan("2021-2025年"));
        assertEquals(List.of("RANGE_CONNECTOR 3~5 -> 3～5"), scan("新建3~5个"));
        assertEquals(List.of(), scan("于2024-12发布"));
        assertEquals(List.of(), scan("GB/T 15834-2011标准"));
    }

    @Test
    void punctuationAfterAnOutlineNumber() {
        assertEquals(List.of("AFTER_MARKER 、 -> "), scan("（一）、主要工作\n全年完成任务。"));
    }
}
