package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongwen.fact.Placeholder;
import io.github.gongwen.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingFiguresTest {
    private static final MissingFigures MISSING = new MissingFigures(List.of("亿元", "万元", "元", "个 *", "名 *"));

    private static List<String> find(String text) {
        Facts facts = new Facts(SourceText.of("t.txt", text));
        MISSING.find(facts);
        return facts.of(Placeholder.class).stream().map(p -> p.getText() + "@" + p.getStart()).toList();
    }

    @Test
    void aUnitWithoutItsNumber() {
        assertEquals(List.of("亿元@8"), find("全年实现生产总值亿元，同比增长。"));
        assertEquals(List.of(), find("全年实现生产总值3.5亿元，同比增长6%。"));
        assertEquals(List.of(), find("新增近亿元投资项目。"));
    }

    @Test
    void aStrictUnitOnlyAfterAWordThatTakesANumber() {
        assertEquals(List.of("个@8"), find("培育了13个村和个企业。"));
        assertEquals(List.of(), find("我们打个比方。"));
        assertEquals(List.of(), find("这个问题值得研究。"));
    }

    @Test
    void aYearDeletedBeforeNianInATitle() {
        assertEquals(List.of("年@3"), find("某乡镇年工作总结\n一年来，各项工作扎实推进。"));
        assertEquals(List.of(), find("某乡镇2023年工作总结\n全乡青年积极参与。"));
    }

    @Test
    void aPerCentABlankDateAndAClauseOpeningWithDe() {
        assertEquals(List.of("%@8"), find("占总收入的比重为%，提高了。"));
        assertEquals(List.of(" 月 日@5"), find("2024年 月 日"));
        assertEquals(List.of("的@4"), find("近年来，的改革发展上升为国家战略。"));
    }
}
