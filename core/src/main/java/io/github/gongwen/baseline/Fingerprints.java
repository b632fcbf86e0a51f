package io.github.gongwen.baseline;

import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Stable identities of findings, for baselines and for SARIF's {@code partialFingerprints}. A
 * fingerprint hashes what identifies a defect rather than where it is: the rule id, the file name,
 * the flagged text and a few characters on each side of it (whitespace removed), followed by the
 * occurrence index among the file's findings with the same hash. Line numbers are not part of it,
 * so edits elsewhere in the file (lines added above, reflowed paragraphs) keep it; changing the
 * flagged text or its immediate neighbourhood, or renaming the file, makes it a new finding.
 * Document-level findings hash their message instead of a span.
 */
public final class Fingerprints {
    /** Characters (not counting whitespace) of context taken on each side of a span, within its line. */
    public static final int CONTEXT = 8;

    private Fingerprints() {
    }

    /** The fingerprints of a file's findings, in the order of {@link FileResult#findings()}. */
    public static List<String> of(FileResult file) {
        String text = file.source() == null ? "" : file.source().text();
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(file.findings().size());
        for (Finding f : file.findings()) {
            String h = hash(f, text);
            int n = seen.merge(h, 1, Integer::sum) - 1;
            out.add(h + ":" + n);
        }
        return out;
    }

    static String hash(Finding f, String text) {
        StringBuilder b = new StringBuilder();
        b.append(f.ruleId()).append('\u0000').append(f.file()).append('\u0000');
        if (f.isDocumentLevel()) {
            b.append(f.message());
        } else {
            int start = Math.max(0, Math.min(f.startOffset(), text.length()));
            int end = Math.max(start, Math.min(f.endOffset(), text.length()));
            b.append(squeeze(f.excerpt())).append('\u0000').append(before(text, start)).append('\u0000')
                    .append(after(text, end));
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String before(String text, int start) {
        StringBuilder b = new StringBuilder();
        for (int i = start - 1; i >= 0 && b.length() < CONTEXT && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                b.append(text.charAt(i));
            }
        }
        return b.reverse().toString();
    }

    private static String after(String text, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = end; i < text.length() && b.length() < CONTEXT && text.charAt(i) != '\n'; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                b.append(text.charAt(i));
            }
        }
        return b.toString();
    }

    private static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(b::appendCodePoint);
        return b.toString();
    }
}
