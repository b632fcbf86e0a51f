package io.github.gongwen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.RunResult;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextReportTest {
    @Test
    void aSuggestionShowsOnlyWhatChanges() {
        assertEquals("“,”→“，”", TextReport.change("增长,同比", "增长，同比"));
        assertEquals("“,”→“，”等", TextReport.change("一年来,我们锚定项目攻坚主线,以", "一年来，我们锚定项目攻坚主线，以"));
        assertEquals("“动动”→“动”", TextReport.change("推动动", "推动"));
        assertEquals("删除“##paidbegin##”", TextReport.change("##paidbegin##", ""));
        assertEquals("“(一)”→“（一）”", TextReport.change("(一)", "（一）"));
    }

    @Test
    void findingsOfOneRuleOnOneLineAreOneEntryWithEverySpanUnderlined() throws Exception {
        RunResult r = new SampleRun()
                .doc("a.txt", "一、概况\n全年投资XX万元，新建XX个项目，完成XX项任务。\n")
                .flag("placeholder", "XX", 0, "未替换的占位符“XX”", null)
                .flag("placeholder", "XX", 1, "未替换的占位符“XX”", null)
                .flag("placeholder", "XX", 2, "未替换的占位符“XX”", null)
                .done().result();
        StringWriter out = new StringWriter();
        new TextReport().write(r, out);
        String[] lines = out.toString().split("\n");
        assertEquals("== a.txt（3 个问题）", lines[0]);
        assertTrue(lines[1].startsWith("a.txt:2:5  错误  ") && lines[1].endsWith(" ×3"), lines[1]);
        assertEquals("    全年投资XX万元，新建XX个项目，完成XX项任务。", lines[2]);
        // 4 wide characters before the first mark; 万元，新建 (10 cells) and 个项目，完成 (12) between them.
        assertEquals("    " + " ".repeat(8) + "^^" + " ".repeat(10) + "^^" + " ".repeat(12) + "^^", lines[3]);
    }

    @Test
    void aLongLineIsShownAsAWindowOfAboutFortyCharacters() throws Exception {
        String para = "各".repeat(100) + "XX" + "项".repeat(100);
        RunResult r = new SampleRun().doc("b.txt", para + "\n")
                .flag("placeholder", "XX", 0, "未替换的占位符“XX”", null).done().result();
        StringWriter out = new StringWriter();
        new TextReport().write(r, out);
        String shown = out.toString().split("\n")[2].strip();
        assertEquals("…" + "各".repeat(16) + "XX" + "项".repeat(16) + "…", shown);
    }
}
