package io.github.gongwen.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.Checker;
import io.github.gongwen.FileSelector;
import io.github.gongwen.Finding;
import io.github.gongwen.ReportFiles;
import io.github.gongwen.RunResult;
import io.github.gongwen.extract.Lexicon;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedRunTest {
    private static final String DRL = """
            package test;
            import io.github.gongwen.fact.Paragraph;
            global io.github.gongwen.engine.Findings findings;
            rule "tbd"
                @id("tbd") @category("PLACEHOLDER") @severity("warning") @message("待定：{0}")
            when
                $p : Paragraph(text contains "待定")
            then
                findings.report(drools, $p, $p.getText());
            end
            """;
    private static Checker checker;

    @BeforeAll
    static void compile() throws Exception {
        checker = Checker.builder().defaultRules(false).rules("tbd.drl", DRL).lexicon(Lexicon.of(Map.of())).build();
    }

    private static ReportFiles.Listing list(Path dir) {
        return new FileSelector(List.of("**/*.txt"), List.of(), List.of()).collect(dir, List.of(dir));
    }

    @Test
    void unchangedFilesComeFromTheCacheWithTheSameFindings(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "第一段。\n\n地点待定。\n");
        Files.writeString(dir.resolve("b.txt"), "时间待定。\n");
        Files.write(dir.resolve("c.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Path file = dir.resolve("target/cache.json");
        String key = ResultCache.key(checker, getClass().getClassLoader(), "year=2024");

        ResultCache cache = ResultCache.load(file, key);
        CachedRun.Outcome first = CachedRun.check(checker, list(dir), 2, cache);
        assertEquals(0, first.cached());
        assertEquals(2, first.result().findings().size());
        assertEquals(1, first.result().errors().size());
        cache.save();

        CachedRun.Outcome second = CachedRun.check(checker, list(dir), 2, ResultCache.load(file, key));
        assertEquals(2, second.cached());
        assertEquals(first.result().findings(), second.result().findings());
        assertEquals(1, second.result().errors().size(), "unreadable files are checked again");
        Finding f = second.result().findings().get(0);
        assertEquals("a.txt", f.file());
        assertEquals(3, f.line());
        assertTrue(second.result().files().get(0).source().text().contains("地点待定"), "the text is loaded again");

        Files.writeString(dir.resolve("b.txt"), "时间已定。\n");
        ResultCache again = ResultCache.load(file, key);
        CachedRun.Outcome third = CachedRun.check(checker, list(dir), 1, again);
        assertEquals(1, third.cached());
        assertEquals(1, third.result().findings().size());

        Files.delete(dir.resolve("a.txt"));
        CachedRun.check(checker, list(dir), 1, again);
        assertEquals(1, again.size(), "deleted files are forgotten");
    }

    @Test
    void anotherKeyOrABrokenFileIsAnEmptyCache(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cache.json");
        String key = ResultCache.key(checker, getClass().getClassLoader(), "");
        ResultCache cache = ResultCache.empty(file, key);
        cache.put("a.txt", "h", List.of());
        cache.save();
        assertEquals(1, ResultCache.load(file, key).size());
        assertEquals(0, ResultCache.load(file, key + "x").size());
        Files.writeString(file, "{\"format\":\"gongwen-cache\",\"files\":");
        assertEquals(0, ResultCache.load(file, key).size());
        assertNull(ResultCache.load(dir.resolve("none.json"), key).get("a.txt", "h"));
    }

    @Test
    void theKeyCoversSettingsEncodingAndRules() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        String key = ResultCache.key(checker, loader, "");
        assertEquals(key, ResultCache.key(checker, loader, ""));
        assertNotEquals(key, ResultCache.key(checker, loader, "year=2023"));
        Checker gbk = Checker.builder().defaultRules(false).rules("tbd.drl", DRL).lexicon(Lexicon.of(Map.of()))
                .encoding(Charset.forName("GB18030")).build();
        assertNotEquals(key, ResultCache.key(gbk, loader, ""));
        Checker other = Checker.builder().defaultRules(false).rules("tbd.drl", DRL.replace("warning", "error"))
                .lexicon(Lexicon.of(Map.of())).build();
        assertNotEquals(key, ResultCache.key(other, loader, ""));
    }

    @Test
    void resultsMatchAnUncachedRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "地点待定。\n");
        RunResult plain = checker.checkAll(list(dir), 1);
        RunResult cached = CachedRun.check(checker, list(dir), 1, ResultCache.empty(dir.resolve("c.json"), "k")).result();
        assertEquals(plain.findings(), cached.findings());
        assertEquals(plain.rules().size(), cached.rules().size());
    }
}
