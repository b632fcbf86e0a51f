package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongwen.engine.RuleSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The index of default rules lists exactly the DRL files of the rules directory, each with examples. */
class RulesIndexTest {
    private static final Path DIR = Paths.get("src/main/resources/gongwen/rules");

    @Test
    void indexListsEveryRuleFile() throws IOException {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(DIR)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).forEach(files::add);
        }
        TreeSet<String> indexed = new TreeSet<>();
        for (String l : Files.readAllLines(DIR.resolve("rules.index"))) {
            if (!l.isBlank() && !l.startsWith("#")) {
                indexed.add(l.strip());
            }
        }
        assertEquals(files, indexed);
        List<String> withoutExamples = files.stream()
                .filter(f -> !Files.isRegularFile(DIR.resolve(RuleSource.examplesName(f)))).toList();
        assertEquals(List.of(), withoutExamples);
    }
}
