package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongwen.fact.PunctForm;
import io.github.gongwen.fact.PunctRun;
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

    /** Each run as {@code text [separators] [chinese|han] [edge] [decoration]}. */
    private static List<String> runs(String text) {
        Facts facts = new Facts(SourceText.of("t.txt", text));
        new PunctFormScanner().extract(facts);
        return facts.of(PunctRun.class).stream().map(r -> r.getText() + (r.isSeparators() ? " separators" : "")
                + (r.isHanBeside() ? " han" : r.isChineseAround() ? " chinese" : "") + (r.isClauseEdge() ? " edge" : "")
                + (r.isDecoration() ? " decoration" : "")).toList();
    }

    @Test
    void runsOfSeparatorsAndOfEllipsisAndDashMarks() {
        assertEquals(List.of("，。 separators han edge"), runs("全面完成任务，。"));
        assertEquals(List.of("…… han", "—— han"), runs("教育……卫生——改革"));
        assertEquals(List.of(), runs("增长3.5%，张三·李四，2-3个"));
        assertEquals(List.of("... chinese"), runs("“...”"));
        assertEquals(List.of("------ decoration"), runs("------"));
    }

    @Test
    void aLoneDashOpeningOrClosingAClause() {
        assertEquals(List.of("— han edge"), runs("发展—"));
        assertEquals(List.of("— han edge"), runs("，—改革"));
        assertEquals(List.of("— han"), runs("北京—上海"));
    }

    @Test
    void runAccessors() {
        Facts facts = new Facts(SourceText.of("t.txt", "任务、，；完成"));
        new PunctFormScanner().extract(facts);
        PunctRun run = facts.of(PunctRun.class).get(0);
        assertEquals("、", run.getMark());
        assertEquals(3, run.getLength());
        assertEquals("；", run.getStrongest());
        assertEquals(false, run.isUniform());
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
