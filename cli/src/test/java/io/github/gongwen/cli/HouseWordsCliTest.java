package io.github.gongwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** House words from {@code gongwen.yaml} and from {@code --house-words}: findings, suppression, bad rows. */
class HouseWordsCliTest extends CliTestBase {
    private static final Path EXAMPLE = Path.of("../examples/house-words.tsv");
    private static final String REPORT = "2024年工作总结\n一、主要工作\n各部门杜绝扯皮推诿，一把手亲自抓。\n"
            + "%% gongwen-disable-next-line house-word-info\n打造一流营商环境。\n打造政务服务品牌。\n";

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    @Test
    void theWordsOfTheConfiguredListAreFoundWithTheirMessagesSeveritiesAndSuggestions() throws Exception {
        Path report = write("a.txt", REPORT);
        write("gongwen.yaml", "house-words: words.tsv\n");
        Files.copy(EXAMPLE, dir.resolve("words.tsv"));
        assertEquals(1, run("--config", dir.resolve("gongwen.yaml").toString(), report.toString()));
        String text = out.toString();
        assertTrue(text.contains("a.txt:3:6  错误  本单位用词 house-word-error  固定说法为“推诿扯皮”（建议：“扯皮推诿”→“推诿扯皮”）"),
                text);
        assertTrue(text.contains("a.txt:3:11  警告  本单位用词 house-word-warning  "), text);
        assertTrue(text.contains("a.txt:6:1  提示  本单位用词 house-word-info  本单位公文少用“打造”"), text);
        assertFalse(text.contains("a.txt:5:1  提示"), "the 打造 after the directive is silenced: " + text);

        out.getBuffer().setLength(0);
        assertEquals(0, run("--no-config", report.toString()));
        assertFalse(out.toString().contains("house-word"), out.toString());
    }

    @Test
    void theOptionAddsAListAndABadRowIsNamedByLineNotByContent() throws Exception {
        Path report = write("a.txt", REPORT);
        assertEquals(1, run("--no-config", "--house-words", EXAMPLE.toString(), "--fail-on", "info", report.toString()));
        assertTrue(out.toString().contains("本单位用词 house-word-error"), out.toString());

        Path bad = write("bad.tsv", "# 词表\n内部密语\t\t\tsevere\n");
        assertEquals(2, run("--no-config", "--house-words", bad.toString(), report.toString()));
        String e = err.toString();
        assertTrue(e.contains("the house words cannot be used:"), e);
        assertTrue(e.contains(bad + ":2: the severity (fourth column) must be error, warning or info"), e);
        assertFalse(e.contains("内部密语"), e);
    }
}
