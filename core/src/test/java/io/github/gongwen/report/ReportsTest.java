package io.github.gongwen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongwen.Checker;
import io.github.gongwen.FileResult;
import io.github.gongwen.RunResult;
import io.github.gongwen.TestRules;
import io.github.gongwen.text.SourceText;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportsTest {
    private static RunResult result;

    @BeforeAll
    static void run() throws Exception {
        Checker checker = TestRules.builder().rules("house.drl", TestRules.PLACEHOLDER_RULE).build();
        SourceText a = SourceText.of("a.txt", "一、主要工作\n　　全镇实现增长X%，新增XX家企业。\n");
        result = new RunResult(List.of(FileResult.ok(a, checker.check(a)), FileResult.failed("b.txt", "binary file (PNG image)")),
                checker.rules());
    }

    private static String write(ReportWriter w) throws Exception {
        StringWriter out = new StringWriter();
        w.write(result, out);
        return out.toString();
    }

    @Test
    void jsonHasTheExchangeFields() throws Exception {
        JsonNode root = new ObjectMapper().readTree(write(new JsonReport()));
        assertEquals("gongwen", root.path("tool").path("name").asText());
        assertTrue(root.path("tool").has("version"));
        JsonNode file = root.path("files").get(0);
        assertEquals("a.txt", file.path("path").asText());
        JsonNode f = file.path("findings").get(0);
        assertEquals("house-placeholder", f.path("rule").asText());
        assertEquals("PLACEHOLDER", f.path("category").asText());
        assertEquals("warning", f.path("severity").asText());
        assertEquals(2, f.path("line").asInt());
        assertEquals(9, f.path("column").asInt());
        assertEquals(2, f.path("endLine").asInt());
        assertEquals(10, f.path("endColumn").asInt());
        assertEquals("X", f.path("excerpt").asText());
        assertEquals("占位符“X”", f.path("message").asText());
        assertTrue(f.has("suggestion"));
        assertEquals(1, root.path("files").size());
        assertEquals("b.txt", root.path("errors").get(0).path("path").asText());
        assertEquals("binary file (PNG image)", root.path("errors").get(0).path("message").asText());
        assertEquals(2, root.path("summary").path("findings").asInt());
    }

    @Test
    void textUnderlinesTheSpanInDisplayColumns() throws Exception {
        String text = write(new TextReport());
        String[] lines = text.split("\n");
        int at = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("a.txt:2:9  警告  未替换的占位符 house-placeholder  占位符“X”")) {
                at = i;
            }
        }
        assertTrue(at >= 0, text);
        assertEquals("    　　全镇实现增长X%，新增XX家企业。", lines[at + 1]);
        // 4 spaces of indent, then 8 wide characters = 16 cells before the X; the XX on the same line
        // is the same rule's: one entry, both underlined (%，新增 is 7 cells).
        assertEquals("    " + " ".repeat(16) + "^" + " ".repeat(7) + "^^", lines[at + 2]);
        assertTrue(text.contains("b.txt: 无法检查: binary file (PNG image)"), text);
        assertTrue(text.contains("检查了 2 个文件，发现 2 个问题"), text);
    }

    @Test
    void longLinesAreCutAroundTheSpan() throws Exception {
        Checker checker = TestRules.builder().rules("house.drl", TestRules.PLACEHOLDER_RULE).build();
        SourceText a = SourceText.of("long.txt", "推进".repeat(100) + "XX镇" + "发展".repeat(100));
        RunResult r = new RunResult(List.of(FileResult.ok(a, checker.check(a))), checker.rules());
        StringWriter out = new StringWriter();
        new TextReport().write(r, out);
        String shown = out.toString().split("\n")[2];
        assertTrue(shown.startsWith("    …") && shown.endsWith("…") && shown.contains("XX镇"), shown);
        assertTrue(shown.length() < 70, shown);
    }

    @Test
    void formatsAreFoundByName() {
        assertTrue(ReportFormats.forName("JSON").isPresent());
        assertTrue(ReportFormats.forName("text").isPresent());
        assertTrue(ReportFormats.forName("pdf").isEmpty());
    }
}
