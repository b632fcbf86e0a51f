package io.github.gongwen.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusBuilderTest {
    @TempDir
    Path out;

    @Test
    void buildsAThousandReportsOfAboutTwelveMegabytes() throws Exception {
        List<Path> sources = List.of(Path.of(System.getProperty("gongwen.seeds")),
                Path.of(System.getProperty("gongwen.corpus")));
        long bytes = CorpusBuilder.build(sources, out.resolve("a"));
        assertEquals(CorpusBuilder.COUNT, Files.list(out.resolve("a").resolve(CorpusBuilder.CORPUS_DIR)).count());
        assertTrue(bytes > 10_000_000 && bytes < 14_000_000, "corpus of " + bytes + " bytes");
        long single = Files.size(out.resolve("a").resolve(CorpusBuilder.SINGLE_FILE));
        assertTrue(single >= 20_000 && single < 25_000, "single report of " + single + " bytes");

        CorpusBuilder.build(sources, out.resolve("b"));
        for (String name : List.of("r0000.txt", "r0019.txt", "r0999.txt")) {
            assertArrayEquals(Files.readAllBytes(out.resolve("a").resolve(CorpusBuilder.CORPUS_DIR).resolve(name)),
                    Files.readAllBytes(out.resolve("b").resolve(CorpusBuilder.CORPUS_DIR).resolve(name)), name);
        }
    }

    @Test
    void anExcerptStartsWithTheTitleAndWrapsAround() {
        List<String> lines = List.of("标题", "一、甲", "二、乙", "三、丙");
        assertEquals("标题\n三、丙\n标题\n一、甲\n", CorpusBuilder.excerpt(lines, 3, 25));
        assertEquals("标题\n一、甲\n", CorpusBuilder.excerpt(lines, 0, 10));
    }
}
