package io.github.gongwen.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {
    @TempDir
    Path dir;

    private ConfigReader read(String yaml) {
        ConfigReader r = new ConfigReader("gongwen.yaml", dir, null);
        r.read(yaml);
        return r;
    }

    @Test
    void settingsAreNormalisedAndNamesRememberedWithTheirPosition() {
        ConfigReader r = read("""
                report-year: 2024
                rules:
                  NUM_STYLE: no
                  marker-form: Warning
                ignore:
                  "templates/**": [PLACEHOLDER]
                data:
                  placeholders.txt:
                    extend: ["某某"]
                """);
        assertTrue(r.nodes.problems().isEmpty(), r.nodes.problems().toString());
        assertEquals(2024, r.reportYear);
        assertEquals(List.of(new ConfigReader.RuleSetting("NUM_STYLE", "off"),
                new ConfigReader.RuleSetting("marker-form", "warning")), r.rules);
        assertEquals(List.of(new ConfigReader.Ignore("templates/**", List.of("PLACEHOLDER"))), r.ignores);
        assertEquals(List.of(new ConfigReader.ListEdit("placeholders.txt", false, List.of("某某"))), r.lists);
        assertEquals(List.of(new ConfigReader.Name("NUM_STYLE", 3, 3), new ConfigReader.Name("marker-form", 4, 3),
                new ConfigReader.Name("PLACEHOLDER", 6, 20)), r.names);
    }

    @Test
    void everyProblemIsCollectedNotOnlyTheFirst() {
        ConfigReader r = read("""
                report-year: 1800
                rules:
                  NUM_STYLE: sometimes
                rule-directories: [missing]
                """);
        assertNull(r.reportYear);
        assertEquals(3, r.nodes.problems().size(), r.nodes.problems().toString());
        assertTrue(r.rules.isEmpty());
        assertTrue(r.ruleDirectories.isEmpty());
    }
}
