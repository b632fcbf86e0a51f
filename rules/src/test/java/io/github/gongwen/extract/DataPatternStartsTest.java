package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every pattern of the default regular-expression data lists has a known set of characters its
 * matches start with, so that {@link PatternSet} tries it only there: a pattern whose start the
 * analysis cannot tell ({@code \b}, a case-insensitive group) is tried at every character of every
 * report, which once made the residue scan four times slower with one added line.
 */
class DataPatternStartsTest {
    @Test
    void everyDefaultPatternHasAKnownStart() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (String file : List.of(ResidueScanner.PATTERNS, "placeholders.txt")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("gongwen/data/" + file)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int n = 0;
                for (String line : text.split("\n")) {
                    n++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String regex = line.split("\t", -1)[0];
                    if (FirstChars.start(regex) == null && FirstChars.afterStart(regex) == null) {
                        unknown.add(file + ":" + n + " " + regex);
                    }
                }
            }
        }
        assertEquals(List.of(), unknown);
    }
}
