package io.github.gongwen.kit;

import java.util.List;

/**
 * One example of a rule: a text that must be flagged (with the expected spans) or must not be.
 *
 * @param ruleId the rule the example is about
 * @param flag true for text that must be flagged, false for text that must pass
 * @param text the text with the span marks removed
 * @param spans expected findings as {@code [start, end)} character offsets into {@code text}
 * @param corrections per span, the replacement the finding must suggest ({@code ""}: delete the span),
 *     or {@code null} where the example does not state one
 * @param document whether a document-level finding (line 0) is expected
 * @param name the document name to check the text under
 * @param year the report year to check with, or {@code null} to infer it
 * @param file the examples file
 * @param line the line of the example's header in {@code file}
 */
public record Example(String ruleId, boolean flag, String text, List<int[]> spans, List<String> corrections,
        boolean document, String name, Integer year, String file, int line) {
    public Example {
        spans = List.copyOf(spans);
        corrections = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(corrections));
        if (corrections.size() != spans.size()) {
            throw new IllegalArgumentException("one correction (or null) per span");
        }
    }

    /** An example that states no corrections. */
    public Example(String ruleId, boolean flag, String text, List<int[]> spans, boolean document, String name,
            Integer year, String file, int line) {
        this(ruleId, flag, text, spans, java.util.Collections.nCopies(spans.size(), null), document, name, year,
                file, line);
    }

    /** Whether the example states the correction of at least one span. */
    public boolean statesCorrections() {
        return corrections.stream().anyMatch(java.util.Objects::nonNull);
    }

    /** Where the example is, for messages: {@code file:line (flag rule-id)}. */
    public String where() {
        return file + ":" + line + " (" + (flag ? "flag " : "pass ") + ruleId + ")";
    }
}
