package io.github.gongwen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongwen.RunResult;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    static final String HOSTILE = "一、总体情况\n今年完成了XX项任务。<script>window.pwned=1</script>\n"
            + "二、<img src=x onerror=\"window.pwned=2\"> &amp; </style></script><!--\n四、下一步安排\n";
    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"gongwen-data\">(.*?)</script>", Pattern.DOTALL);

    static RunResult hostileRun() {
        return new SampleRun().doc("甲/2024年工作总结.txt", HOSTILE)
                .flag("placeholder", "XX", "占位符“XX”未替换")
                .flag("residue", "<script>window.pwned=1</script>", "疑似残留的代码 <b>粗体</b>")
                .flag("num-gap", "四、", "序号“四”前缺少“三”")
                .flagDocument("report-year", "无法确定报告年份")
                .done()
                .result();
    }

    static String html(RunResult r) throws IOException {
        StringWriter w = new StringWriter();
        new HtmlReport().write(r, w);
        return w.toString();
    }

    static JsonNode data(String html) throws IOException {
        Matcher m = DATA.matcher(html);
        assertTrue(m.find(), "the page embeds its data");
        return new ObjectMapper().readTree(m.group(1));
    }

    @Test
    void reportTextNeverBecomesMarkup() throws IOException {
        String html = html(hostileRun());
        assertEquals(2, count(html, "<script"), "only the page's own two script elements");
        assertEquals(2, count(html, "</script"));
        assertEquals(1, count(html, "</style"));
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("<!--"));
        assertFalse(html.contains("<b>"));
        JsonNode doc = data(html).get("docs").get(0);
        assertEquals(HOSTILE, doc.get("text").asText(), "the text survives the escaping unchanged");
        assertEquals("疑似残留的代码 <b>粗体</b>", doc.get("findings").get(2).get("message").asText());
    }

    @Test
    void isSelfContained() throws IOException {
        String page = DATA.matcher(html(hostileRun())).replaceFirst("");
        for (String remote : List.of("http:", "https:", "src=", "<link", "@import", "url(", "fetch(")) {
            assertFalse(page.contains(remote), "no external resource: " + remote);
        }
    }

    @Test
    void anchorsAreStableAndUnique() throws IOException {
        RunResult one = hostileRun();
        List<String> ids = ids(data(html(one)));
        assertEquals(ids, ids(data(html(hostileRun()))), "the same input gives the same anchors");
        assertEquals(ids.size(), new HashSet<>(ids).size());
        for (String id : ids) {
            assertTrue(id.matches("f-[0-9a-f]{8}-[a-z-]+-\\d+-\\d+(-\\d+)?"), id);
        }
        assertTrue(ids.contains("f-" + HtmlReport.Anchors.hash("甲/2024年工作总结.txt") + "-placeholder-2-6"), ids.toString());

        // Another file in the run does not move the anchors of this one.
        RunResult two = new SampleRun().doc("甲/0.txt", "XX\n").flag("placeholder", "XX", "占位符").done()
                .doc("甲/2024年工作总结.txt", HOSTILE)
                .flag("placeholder", "XX", "占位符“XX”未替换")
                .flag("residue", "<script>window.pwned=1</script>", "疑似残留的代码 <b>粗体</b>")
                .flag("num-gap", "四、", "序号“四”前缺少“三”")
                .flagDocument("report-year", "无法确定报告年份")
                .done().result();
        assertTrue(ids(data(html(two))).containsAll(ids));
    }

    @Test
    void findingsAtTheSamePlaceGetDistinctAnchors() throws IOException {
        RunResult r = new SampleRun().doc("a.txt", "一、XX\n")
                .flag("placeholder", "XX", 0, "甲", null).flag("placeholder", "XX", 0, "乙", null).done().result();
        List<String> ids = ids(data(html(r)));
        assertEquals(2, new HashSet<>(ids).size(), ids.toString());
        assertTrue(ids.get(1).endsWith("-2"), ids.toString());
    }

    @Test
    void failedFilesAreListedWithTheirReason() throws IOException {
        RunResult r = new SampleRun().failed("b.doc", "old binary Word format").result();
        JsonNode doc = data(html(r)).get("docs").get(0);
        assertEquals("old binary Word format", doc.get("error").asText());
        assertFalse(doc.has("text"));
    }

    @Test
    void isRegisteredAsHtml() {
        assertTrue(ReportFormats.forName("HTML").orElseThrow() instanceof HtmlReport);
    }

    private static List<String> ids(JsonNode data) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        data.get("docs").forEach(d -> d.get("findings").forEach(f -> {
            ids.add(f.get("id").asText());
            seen.add(f.get("id").asText());
        }));
        return ids;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
