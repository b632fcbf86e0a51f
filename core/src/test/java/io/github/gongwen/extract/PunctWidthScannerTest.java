package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongwen.fact.HalfWidthPunct;
import io.github.gongwen.text.SourceText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PunctWidthScannerTest {
    private static final Lexicon LEXICON = Lexicon.of(Map.of(PunctWidthScanner.WIDTH, List.of(
            ",\t，", ";\t；", ":\t：", "?\t？", "!\t！", "(\t（", ")\t）", ".\t。", "\"\t“\t”", "'\t‘\t’")));

    /** Each fact as {@code text -> full-width text [marks] count}. */
    private static List<String> scan(String text) {
        Facts facts = new Facts(SourceText.of("t.txt", text));
        new PunctWidthScanner(LEXICON).extract(facts);
        return facts.of(HalfWidthPunct.class).stream()
                .map(p -> p.getText() + " -> " + p.getFullWidth() + " [" + p.getMarks() + "] " + p.getCount())
                .toList();
    }

    @Test
    void oneFactPerLineFromTheFirstMarkToTheLast() {
        assertEquals(List.of(", 全面完成;目标任务. -> ，全面完成；目标任务。 [, ; .] 3"),
                scan("今年以来, 全面完成;目标任务."));
        assertEquals(List.of(", -> ， [,] 1", "; -> ； [;] 1"), scan("坚持改革,稳中求进\n巩固成果;"));
    }

    @Test
    void marksInNumbersAndLatinTextAreNotChinese() {
        assertEquals(List.of(), scan("完成投资1,000万元，增长3.5%，8:30开会。"));
        assertEquals(List.of(), scan("引进China's Best项目。"));
        assertEquals(List.of(), scan("Windows XP, Office 2003."));
    }

    @Test
    void bracketsAndQuotesPairUpOnTheLine() {
        assertEquals(List.of("(试行) -> （试行） [( )] 2"), scan("印发办法(试行)。"));
        assertEquals(List.of("\"放管服\" -> “放管服” [\"] 2"), scan("深化\"放管服\"改革。"));
        assertEquals(List.of(), scan("参见Smith (2020) et al的研究。"));
    }

    @Test
    void aFullStopOnlyAfterChineseText() {
        assertEquals(List.of(". -> 。 [.] 1"), scan("圆满完成全年任务."));
        assertEquals(List.of(), scan("见附件1.docx。"));
    }
}
