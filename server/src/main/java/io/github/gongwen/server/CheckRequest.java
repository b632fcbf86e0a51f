package io.github.gongwen.server;

import io.github.gongwen.text.SourceText;
import java.util.List;

/**
 * One report to check and how: the decoded text with the name findings carry, the report year
 * ({@code null}: inferred from the text and the name), and rules (ids or categories) turned off
 * or on for this request only.
 */
record CheckRequest(SourceText source, Integer reportYear, List<String> disabled, List<String> enabled) {
    CheckRequest {
        disabled = List.copyOf(disabled);
        enabled = List.copyOf(enabled);
    }
}
