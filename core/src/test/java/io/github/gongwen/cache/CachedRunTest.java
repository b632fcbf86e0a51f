package io.github.gongwen.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.Checker;
import io.github.gongwen.FileSelector;
import io.github.gongwen.Finding;
import io.github.gongwen.ReportFiles;
import io.github.gongwen.RunResult;
import io.github.gongwen.engine.RuleSource;
import io.github.gongwen.extract.Lexicon;
import java.nio.charset.StandardCharsets;
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
                @id("tbd") @category("PLACEHOLDER") @severity("warning") @message("待定：{0}") @title("待定")
            when
                $p : Paragraph(text contains "待定")
            then
                findings.report(drools, $p, $p.getText());
            end
            """;
    private static final List<RuleSource> SOURCES = List.of(new RuleSource("tbd.drl", DRL));
    private static Checker checker;

    @BeforeAll
    static void compile() throws Exception {
        checker = Checker.builder().defaultRules(false).rules("tbd.drl", DRL).lexicon(Lexicon.of(Map.of())).build();
    }

    private static ReportFiles.Listing list(Path dir) {
        return new FileSelector(List.of("**/*.txt"), List.of(), List.of()).collect(dir, List.of(dir));
    }

    private static String key(String settings) {
        return ResultCache.key(SOURCES, CachedRunTest.class.getClassLoader(), settings);
    }

    @Test
    void unchangedFilesComeFromTheCacheWithoutCompilingTheRules(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "第一段。\n\n地点待定。\n");
        Files.writeString(dir.resolve("b.txt"), "时间待定。\n");
        Path file = dir.resolve("target/cache.json");

        ResultCache cache = ResultCache.load(file, key(""));
        CachedRun first = CachedRun.prepare(list(dir), cache, null);
        assertTrue(first.needsChecker());
        CachedRun.Outcome one = first.finish(checker, 2);
        assertEquals(0, one.cached());
        assertEquals(2, one.result().findings().size());
        cache.save();

        CachedRun second = CachedRun.prepare(list(dir), ResultCache.load(file, key("")), null);
        assertFalse(second.needsChecker());
        CachedRun.Outcome two = second.finish(null, 2);
        assertEquals(2, two.cached());
        assertEquals(one.result().findings(), two.result().findings());
        assertEquals(List.of("tbd"), two.result().rules().stream().map(r -> r.id()).toList());
        assertEquals("待定", two.result().rules().get(0).title());
        Finding f = two.result().findings().get(0);
        assertEquals("a.txt", f.file());
        assertEquals(3, f.line());
        assertTrue(two.result().files().get(0).source().text().contains("地点待定"), "the text is loaded again");

        Files.writeString(dir.resolve("b.txt"), "时间已定。\n");
        ResultCache again = ResultCache.load(file, key(""));
        CachedRun third = CachedRun.prepare(list(dir), again, null);
        assertTrue(third.needsChecker());
        assertThrows(IllegalStateException.class, () -> third.finish(null, 1));
        CachedRun.Outcome three = third.finish(checker, 1);
        assertEquals(1, three.cached());
        assertEquals(1, three.result().findings().size());

        Files.delete(dir.resolve("a.txt"));
        CachedRun.prepare(list(dir), again, null);
        assertEquals(1, again.size(), "deleted files are forgotten");
    }

    @Test
    void unreadableFilesAreReportedWithoutRules(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "地点待定。\n");
        Files.write(dir.resolve("c.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        ResultCache cache = ResultCache.empty(dir.resolve("cache.json"), key(""));
        RunResult first = CachedRun.prepare(list(dir), cache, null).finish(checker, 1).result();
        assertEquals(List.of("c.txt"), first.errors().stream().map(f -> f.path()).toList());
        assertTrue(first.errors().get(0).error().startsWith("binary file"));
        CachedRun again = CachedRun.prepare(list(dir), cache, null);
        assertFalse(again.needsChecker(), "the binary file is reported again without compiling the rules");
        RunResult second = again.finish(null, 1).result();
        assertEquals(1, second.errors().size());
        assertEquals(1, second.findings().size());
    }

    @Test
    void anotherKeyOrABrokenFileIsAnEmptyCache(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cache.json");
        ResultCache cache = ResultCache.empty(file, key(""));
        cache.put("a.txt", "h", List.of());
        cache.rules(checker.rules());
        cache.save();
        assertEquals(1, ResultCache.load(file, key("")).size());
        assertEquals(checker.rules().size(), ResultCache.load(file, key("")).rules().size());
        assertEquals(0, ResultCache.load(file, key("year=2023")).size());
        assertNull(ResultCache.load(file, key("year=2023")).rules());
        Files.writeString(file, "{\"format\":\"gongwen-cache\",\"files\":");
        assertEquals(0, ResultCache.load(file, key("")).size());
        assertNull(ResultCache.load(dir.resolve("none.json"), key("")).get("a.txt", "h"));
    }

    @Test
    void anEditedCacheIsNotTrusted(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "第一段。\n\n地点待定。\n");
        Path file = dir.resolve("target/cache.json");
        ResultCache cache = ResultCache.load(file, key(""));
        CachedRun.prepare(list(dir), cache, null).finish(checker, 1);
        cache.save();
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(saved.contains("\"findings\":[{"), saved);
        assertEquals(1, ResultCache.load(file, key("")).size());

        // findings emptied to pass a build: the signature no longer fits, every file is checked again
        Files.writeString(file, saved.replaceAll("\"findings\":\\[\\{.*?}]", "\"findings\":[]"),
                StandardCharsets.UTF_8);
        assertEquals(0, ResultCache.load(file, key("")).size());
        CachedRun again = CachedRun.prepare(list(dir), ResultCache.load(file, key("")), null);
        assertTrue(again.needsChecker());
        assertEquals(1, again.finish(checker, 1).result().findings().size());

        // a cache without a signature (the former format) is not trusted either
        Files.writeString(file, saved.substring(saved.indexOf('\n') + 1), StandardCharsets.UTF_8);
        assertEquals(0, ResultCache.load(file, key("")).size());
    }

    @Test
    void theKeyCoversSettingsAndRuleSources() {
        ClassLoader loader = getClass().getClassLoader();
        assertEquals(key(""), key(""));
        assertNotEquals(key(""), key("encoding=GB18030"));
        assertNotEquals(key(""), ResultCache.key(List.of(new RuleSource("tbd.drl", DRL.replace("warning", "error"))),
                loader, ""));
        assertNotEquals(key(""), ResultCache.key(List.of(new RuleSource("other.drl", DRL)), loader, ""));
    }

    @Test
    void resultsMatchAnUncachedRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "地点待定。\n");
        RunResult plain = checker.checkAll(list(dir), 1);
        RunResult cached = CachedRun.prepare(list(dir), ResultCache.empty(dir.resolve("c.json"), "k"), null)
                .finish(checker, 1).result();
        assertEquals(plain.findings(), cached.findings());
        assertEquals(plain.rules().size(), cached.rules().size());
    }
}
