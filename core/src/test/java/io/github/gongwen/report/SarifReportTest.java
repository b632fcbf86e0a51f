package io.github.gongwen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongwen.FileResult;
import io.github.gongwen.RunResult;
import io.github.gongwen.Samples;
import io.github.gongwen.text.SourceText;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReportTest {
    private static final SourceText REPORT = SourceText.of("reports/2024年工作总结.txt",
            "2024年工作总结\n一、总体情况\nXX镇完成投资XX亿元，\"增长\" <5%> & more。\n（二）下一步\n");

    private static RunResult sample() {
        return Samples.run(
                Samples.file(REPORT, Samples.at(REPORT, Samples.PLACEHOLDER, "XX", 0),
                        Samples.at(REPORT, Samples.PLACEHOLDER, "XX", 1),
                        Samples.at(REPORT, Samples.NUM_STYLE, "（二）", 0), Samples.document(REPORT, Samples.MISSING_TITLE)),
                FileResult.failed("reports/photo.txt", "binary file (image), not a text report"));
    }

    private static JsonNode write(RunResult run) throws IOException {
        StringWriter out = new StringWriter();
        new SarifReport().write(run, out);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void logAndDriverHaveTheRequiredMembers() throws IOException {
        JsonNode log = write(sample());
        assertEquals("2.1.0", log.path("version").asText());
        assertTrue(log.path("$schema").asText().endsWith("sarif-2.1.0.json"));
        assertEquals(1, log.path("runs").size());
        JsonNode run = log.path("runs").get(0);
        assertEquals("unicodeCodePoints", run.path("columnKind").asText());
        JsonNode driver = run.path("tool").path("driver");
        assertEquals("gongwen", driver.path("name").asText());
        List<String> ids = new ArrayList<>();
        driver.path("rules").forEach(r -> ids.add(r.path("id").asText()));
        assertEquals(List.of("missing-title", "num-style", "placeholder"), ids);
        JsonNode placeholder = driver.path("rules").get(2);
        assertTrue(placeholder.path("name").isMissingNode(), "a name equal to the id is left out");
        assertTrue(placeholder.path("help").path("text").asText().contains("PLACEHOLDER"));
        assertEquals("未替换的占位符", placeholder.path("shortDescription").path("text").asText());
        assertEquals("Template filler left in the report.", placeholder.path("fullDescription").path("text").asText());
        assertEquals("error", placeholder.path("defaultConfiguration").path("level").asText());
        assertEquals("PLACEHOLDER", placeholder.path("properties").path("category").asText());
        JsonNode numStyle = driver.path("rules").get(1);
        assertEquals("NumStyle", numStyle.path("name").asText());
        assertEquals("warning", numStyle.path("defaultConfiguration").path("level").asText());
        assertEquals("序号格式", numStyle.path("fullDescription").path("text").asText(), "falls back to the title");
        assertEquals("note", driver.path("rules").get(0).path("defaultConfiguration").path("level").asText());
    }

    @Test
    void resultsPointAtTheFlaggedText() throws IOException {
        JsonNode run = write(sample()).path("runs").get(0);
        JsonNode results = run.path("results");
        assertEquals(4, results.size());
        JsonNode first = results.get(1);
        assertEquals("placeholder", first.path("ruleId").asText());
        assertEquals(2, first.path("ruleIndex").asInt());
        assertEquals("error", first.path("level").asText());
        assertEquals("未替换的占位符“XX”", first.path("message").path("text").asText());
        JsonNode loc = first.path("locations").get(0).path("physicalLocation");
        assertEquals("reports/2024%E5%B9%B4%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93.txt",
                loc.path("artifactLocation").path("uri").asText());
        JsonNode region = loc.path("region");
        assertEquals(3, region.path("startLine").asInt());
        assertEquals(1, region.path("startColumn").asInt());
        assertEquals(3, region.path("endLine").asInt());
        assertEquals(3, region.path("endColumn").asInt());
        assertEquals("XX", region.path("snippet").path("text").asText());
        assertEquals("PLACEHOLDER", first.path("properties").path("category").asText());

        JsonNode second = results.get(2);
        assertEquals(8, second.path("locations").get(0).path("physicalLocation").path("region").path("startColumn").asInt());
        String p1 = first.path("partialFingerprints").path(SarifReport.FINGERPRINT_KEY).asText();
        String p2 = second.path("partialFingerprints").path(SarifReport.FINGERPRINT_KEY).asText();
        assertFalse(p1.isEmpty());
        assertNotEquals(p1, p2);
    }

    @Test
    void documentFindingsPointAtLineOneWithoutColumns() throws IOException {
        JsonNode doc = write(sample()).path("runs").get(0).path("results").get(0);
        assertEquals("missing-title", doc.path("ruleId").asText());
        assertEquals("note", doc.path("level").asText());
        JsonNode region = doc.path("locations").get(0).path("physicalLocation").path("region");
        assertEquals(1, region.path("startLine").asInt());
        assertTrue(region.path("startColumn").isMissingNode());
    }

    @Test
    void unreadableFilesBecomeErrorNotifications() throws IOException {
        JsonNode invocation = write(sample()).path("runs").get(0).path("invocations").get(0);
        assertTrue(invocation.path("executionSuccessful").asBoolean());
        JsonNode n = invocation.path("toolExecutionNotifications").get(0);
        assertEquals("error", n.path("level").asText());
        assertTrue(n.path("message").path("text").asText().contains("binary file"));
        assertEquals("reports/photo.txt",
                n.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
    }

    @Test
    void emptyRunIsAValidLog() throws IOException {
        JsonNode run = write(new RunResult(List.of(), List.of())).path("runs").get(0);
        assertTrue(run.path("results").isArray());
        assertEquals(0, run.path("results").size());
        assertTrue(run.path("tool").path("driver").path("rules").isArray());
    }

    @Test
    void urisAreRelativeReferencesOrFileUris() {
        assertEquals("a/b%20c.txt", SarifReport.uri("a/b c.txt"));
        assertEquals("a/b.txt", SarifReport.uri("a\\b.txt"));
        assertEquals("./c:d.txt", SarifReport.uri("c:d.txt"));
        assertEquals("a/%23b.txt", SarifReport.uri("a/#b.txt"));
        assertTrue(SarifReport.uri("/tmp/x y.txt").startsWith("file:///tmp/x%20y.txt"));
    }

    @Test
    void safeSuggestionsAreFixesAndRulesLinkToTheCatalogue() throws IOException {
        io.github.gongwen.engine.RuleInfo safe = new io.github.gongwen.engine.RuleInfo("marker-punct", "PUNCT_FORM",
                io.github.gongwen.Severity.WARNING, "{0}", "序号后标点多余", "", "punct-form.drl", 1, true);
        io.github.gongwen.engine.RuleInfo unsafe = new io.github.gongwen.engine.RuleInfo("dup-char", "DUP_CHAR",
                io.github.gongwen.Severity.ERROR, "{0}", "字词重复", "", "dup-char.drl", 1);
        SourceText text = SourceText.of("a.txt", "（一）、经济发展\n推动动发展");
        io.github.gongwen.Finding punct = new io.github.gongwen.Finding("a.txt", "marker-punct", "PUNCT_FORM",
                io.github.gongwen.Severity.WARNING, "序号后不应再加“、”", 1, 4, 1, 5, 3, 4, "、", "");
        io.github.gongwen.Finding dup = new io.github.gongwen.Finding("a.txt", "dup-char", "DUP_CHAR",
                io.github.gongwen.Severity.ERROR, "“动”重复", 2, 2, 2, 4, 10, 12, "动动", "动");
        JsonNode run = write(new RunResult(List.of(FileResult.ok(text, List.of(punct, dup))), List.of(unsafe, safe)))
                .path("runs").get(0);
        assertEquals(SarifReport.RULES_URI + "dup-char",
                run.path("tool").path("driver").path("rules").get(0).path("helpUri").asText());
        JsonNode fix = run.path("results").get(0).path("fixes").get(0);
        assertEquals("删除“、”", fix.path("description").path("text").asText());
        JsonNode change = fix.path("artifactChanges").get(0);
        assertEquals("a.txt", change.path("artifactLocation").path("uri").asText());
        JsonNode r = change.path("replacements").get(0);
        assertEquals(4, r.path("deletedRegion").path("startColumn").asInt());
        assertEquals(5, r.path("deletedRegion").path("endColumn").asInt());
        assertEquals("", r.path("insertedContent").path("text").asText());
        assertTrue(run.path("results").get(1).path("fixes").isMissingNode(), "推动动 is not a safe fix");
    }
}
