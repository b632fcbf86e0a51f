package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.fact.HouseWord;
import io.github.gongwen.text.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HouseWordsTest {
    @TempDir
    Path dir;

    private static List<HouseWord> scan(List<String> rows, String text) {
        Facts facts = new Facts(SourceText.of("t.txt", text));
        new HouseWordScanner(Lexicon.of(Map.of(HouseWords.LIST, rows))).extract(facts);
        return facts.of(HouseWord.class);
    }

    private static String describe(HouseWord w) {
        return w.getText() + "@" + w.getStart() + ":" + w.getSeverity() + ":" + w.getSuggestion() + ":" + w.getMessage();
    }

    @Test
    void rowsTakeDefaultsForTheEmptyColumnsAndSkipCommentsAndBlankLines() throws Exception {
        List<String> rows = HouseWords.parse("h.tsv", """
                \uFEFF# 本单位用词
                一把手\t主要负责同志\t称“主要负责同志”\terror

                  # an indented comment
                据不完全统计
                打造\t建设\t\tInfo
                """);
        assertEquals(List.of("一把手\t主要负责同志\t称“主要负责同志”\terror", "据不完全统计\t\t\twarning",
                "打造\t建设\t\tinfo"), rows);
        List<HouseWord> found = scan(rows, "一把手亲自抓，据不完全统计，打造品牌。");
        assertEquals(List.of("一把手@0:error:主要负责同志:称“主要负责同志”",
                "据不完全统计@7:warning::本单位公文不用“据不完全统计”",
                "打造@14:info:建设:本单位公文不用“打造”，宜用“建设”"), found.stream().map(HouseWordsTest::describe).toList());
    }

    @Test
    void badRowsAreNamedByFileAndLineWithoutTheirContent() {
        HouseWords.HouseWordsException e = assertThrows(HouseWords.HouseWordsException.class, () -> HouseWords.parse(
                "h.tsv", "机密词\t建议\t说明\tfatal\n\t建议\n甲\ta\tb\tc\td\n好词\n好词\t\t\tinfo\n"));
        assertEquals("""
                h.tsv:1: the severity (fourth column) must be error, warning or info
                h.tsv:2: the word (first column) is empty
                h.tsv:3: more than 4 columns (word, suggestion, message, severity, separated by tabs)
                h.tsv:5: the same word as line 4""", e.getMessage());
        assertFalse(e.getMessage().contains("机密词"));
    }

    @Test
    void aFileMustBeARegularUtf8FileOfBoundedSize() throws Exception {
        Path f = dir.resolve("h.tsv");
        assertTrue(assertThrows(HouseWords.HouseWordsException.class, () -> HouseWords.read(f)).getMessage()
                .endsWith(": no such file"));
        Files.write(f, new byte[] {(byte) 0xB1, (byte) 0xA8, '\n'});
        assertEquals(f + ": not UTF-8 text",
                assertThrows(HouseWords.HouseWordsException.class, () -> HouseWords.read(f)).getMessage());
        assertTrue(assertThrows(HouseWords.HouseWordsException.class, () -> HouseWords.read(dir)).getMessage()
                .endsWith(": not a regular file"));
        Files.writeString(f, "打造\t建设\n", StandardCharsets.UTF_8);
        assertEquals(List.of("打造\t建设\t\twarning"), HouseWords.read(f));
    }

    @Test
    void ofOverlappingWordsTheLeftmostLongestIsKept() {
        List<String> rows = List.of("老旧小区\t\t\tinfo", "小区改造\t\t\tinfo", "老旧小区改造工程\t\t\twarning", "改造\t\t\tinfo");
        assertEquals(List.of("老旧小区改造工程@2", "改造@13"), scan(rows, "推进老旧小区改造工程，完成改造。").stream()
                .map(w -> w.getText() + "@" + w.getStart()).toList());
        assertEquals(List.of("老旧小区@0", "改造@4"), scan(rows, "老旧小区改造").stream()
                .map(w -> w.getText() + "@" + w.getStart()).toList());
    }

    @Test
    void aLatinWordDoesNotMatchInsideALongerLatinWordOrNumber() {
        List<String> rows = List.of("APP\t客户端", "5G\t第五代移动通信");
        assertEquals(List.of("APP@2", "5G@19"), scan(rows, "上线APP，APPLE与APPS不算，5G基站，15G不算。").stream()
                .map(w -> w.getText() + "@" + w.getStart()).toList());
    }

    @Test
    void anEmptyListFindsNothingAndABadInlineEntryIsRefusedByItsNumber() {
        assertEquals(List.of(), scan(List.of(), "打造品牌"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> scan(List.of("打造", "秘\t\t\tlater"), "打造"));
        assertEquals("house-words.tsv: entry 2: the severity (fourth column) must be error, warning or info",
                e.getMessage());
    }

    @Test
    void theBuilderReadsTheFilesWhenItBuildsAndABadFileStopsIt() throws Exception {
        Path good = Files.writeString(dir.resolve("good.tsv"), "打造\t建设\n", StandardCharsets.UTF_8);
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "\t建设\n", StandardCharsets.UTF_8);
        io.github.gongwen.Checker checker = builder().houseWords(good).build();
        assertEquals(List.of("打造"), checker.facts(SourceText.of("a.txt", "打造品牌")).of(HouseWord.class).stream()
                .map(HouseWord::getText).toList());
        HouseWords.HouseWordsException e = assertThrows(HouseWords.HouseWordsException.class,
                () -> builder().houseWords(good).houseWords(bad).build());
        assertEquals(bad + ":1: the word (first column) is empty", e.getMessage());
    }

    private static io.github.gongwen.Checker.Builder builder() {
        return io.github.gongwen.Checker.builder().defaultRules(false).rules("house.drl",
                io.github.gongwen.TestRules.PLACEHOLDER_RULE);
    }
}
