package io.github.gongwen.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import io.github.gongwen.RunResult;
import io.github.gongwen.Samples;
import io.github.gongwen.text.SourceText;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    private static final String TEXT = "一、总体情况\nXX镇完成投资XX亿元。\n二、下一步\n加快XX镇建设。\n";

    private static FileResult placeholders(String name, String text) {
        SourceText s = SourceText.of(name, text);
        int n = (text.length() - text.replace("XX", "").length()) / 2;
        Finding[] f = new Finding[n];
        for (int i = 0; i < n; i++) {
            f[i] = Samples.at(s, Samples.PLACEHOLDER, "XX", i);
        }
        return Samples.file(s, f);
    }

    @Test
    void fingerprintsSurviveEditsAboveTheFinding() {
        List<String> before = Fingerprints.of(placeholders("a.txt", TEXT));
        List<String> after = Fingerprints.of(placeholders("a.txt",
                "2024年工作总结\n\n前言：新增加的一段话。\n" + TEXT.replace("二、下一步", "二、下一步工作安排")));
        assertEquals(before, after);
        assertEquals(3, before.stream().distinct().count());
    }

    @Test
    void fingerprintsChangeWithTheTextAroundTheFindingTheRuleOrTheFile() {
        String print = Fingerprints.of(placeholders("a.txt", TEXT)).get(0);
        assertNotEquals(print, Fingerprints.of(placeholders("a.txt", TEXT.replace("XX镇完成", "XX县完成"))).get(0));
        assertNotEquals(print, Fingerprints.of(placeholders("b.txt", TEXT)).get(0));
    }

    @Test
    void identicalFindingsAreCountedByOccurrence() {
        String text = "XX。\nXX。\n";
        List<String> prints = Fingerprints.of(placeholders("a.txt", text));
        assertEquals(2, prints.size());
        assertEquals(prints.get(0).replace(":0", ""), prints.get(1).replace(":1", ""));
        assertTrue(prints.get(0).endsWith(":0") && prints.get(1).endsWith(":1"));
    }

    @Test
    void applyingSuppressesKnownFindingsOnly() {
        Baseline baseline = Baseline.of(Samples.run(placeholders("a.txt", TEXT)));
        assertEquals(3, baseline.entries().size());
        String edited = TEXT.replace("二、下一步\n加快XX镇建设。\n", "二、下一步\n") + "三、新增\n开展XX活动。\nXX。\n";
        Baseline.Applied applied = baseline.apply(Samples.run(placeholders("a.txt", edited),
                FileResult.failed("b.txt", "binary file")));
        assertEquals(2, applied.suppressed());
        assertEquals(1, applied.stale());
        RunResult left = applied.result();
        assertEquals(List.of(5, 6), left.findings().stream().map(Finding::line).toList());
        assertEquals(1, left.errors().size(), "unreadable files are never baselined");
    }

    @Test
    void documentFindingsAreMatchedByMessage() {
        SourceText s = SourceText.of("a.txt", "没有标题\n");
        RunResult run = Samples.run(Samples.file(s, Samples.document(s, Samples.MISSING_TITLE)));
        Baseline.Applied applied = Baseline.of(run).apply(run);
        assertEquals(1, applied.suppressed());
        assertTrue(applied.result().findings().isEmpty());
    }

    @Test
    void roundTripsThroughAFile(@TempDir Path dir) throws IOException {
        Baseline baseline = Baseline.of(Samples.run(placeholders("reports/a.txt", TEXT)));
        Path file = dir.resolve("sub/gongwen-baseline.json");
        baseline.write(file);
        assertTrue(Files.readString(file).contains("\"format\" : \"gongwen-baseline\""));
        Baseline read = Baseline.read(file);
        assertEquals(baseline.entries(), read.entries());
        assertEquals(3, read.apply(Samples.run(placeholders("reports/a.txt", TEXT))).suppressed());
    }

    @Test
    void refusesFilesThatAreNotBaselines() {
        IOException e = assertThrows(IOException.class, () -> Baseline.read(new StringReader("{\"runs\":[]}"), "x.json"));
        assertTrue(e.getMessage().contains("not a gongwen baseline"), e.getMessage());
        assertThrows(IOException.class, () -> Baseline.read(new StringReader("[1,"), "y.json"));
    }

    @Test
    void writesEntriesInRunOrder() throws IOException {
        StringWriter out = new StringWriter();
        Baseline.of(Samples.run(placeholders("a.txt", TEXT))).write(out);
        String json = out.toString();
        assertTrue(json.indexOf("\"line\" : 2") < json.indexOf("\"line\" : 4"), json);
    }
}
