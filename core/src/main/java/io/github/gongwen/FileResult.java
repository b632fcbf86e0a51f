package io.github.gongwen;

import io.github.gongwen.text.SourceText;
import java.util.List;

/**
 * The outcome for one file: its findings, or the reason it could not be checked.
 *
 * @param path the file as the caller named it
 * @param source the decoded text, or {@code null} when the file could not be read
 * @param findings sorted findings (empty on error)
 * @param error why the file could not be checked, or {@code null}
 */
public record FileResult(String path, SourceText source, List<Finding> findings, String error) {
    public FileResult {
        findings = List.copyOf(findings);
    }

    public static FileResult ok(SourceText source, List<Finding> findings) {
        return new FileResult(source.name(), source, findings, null);
    }

    public static FileResult failed(String path, String error) {
        return new FileResult(path, null, List.of(), error);
    }

    public boolean failed() {
        return error != null;
    }
}
