package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.gongwen.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Correct reports of the 2025 kind, written for this test, full of text that looks like outline
 * numbering and is not: items that open with a number ({@code 3.8个省实验室…}), rankings
 * ({@code 分别居全国第九、第六}), lists inside list items, annexes that number from 一、 again, a
 * note {@code 附：…} inside the report. The outline rules must find nothing in them.
 */
class OutlineTrapsTest {
    @ParameterizedTest
    @ValueSource(strings = {"provincial-report.txt", "district-report.txt", "half-year-summary.txt", "annual-review.txt"})
    void noOutlineFinding(String name) throws IOException {
        String text = read(name);
        assertFalse(text.isBlank());
        assertEquals(List.of(), outlineFindings(name, text));
    }

    /** The same kinds of list with real defects: a mixed form, a gap, a repeat. */
    @Test
    void realDefectsAreFound() throws IOException {
        assertEquals(List.of("4 marker-form-mixed", "7 ordinal-gap", "8 duplicate-ordinal", "12 ordinal-gap"),
                outlineFindings("defects.txt", read("defects.txt")).stream()
                        .map(s -> s.substring(0, s.indexOf(' ', s.indexOf(' ') + 1))).toList());
    }

    private static String read(String name) throws IOException {
        try (InputStream in = OutlineTrapsTest.class.getResourceAsStream("/outline-traps/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> outlineFindings(String name, String text) {
        List<String> outline = new ArrayList<>();
        for (Finding f : DefaultChecker.get().check(name, text)) {
            if (f.category().startsWith("NUM_")) {
                outline.add(f.line() + " " + f.ruleId() + " " + f.message());
            }
        }
        return outline;
    }
}
