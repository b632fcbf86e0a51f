package io.github.gongwen.kit;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses an examples file, the file that sits beside a rule file ({@code num-gap.examples} for
 * {@code num-gap.drl}). Each example starts with a header line; the lines up to the next header
 * are its text (trailing blank lines dropped):
 *
 * <pre>
 * ::: flag ordinal-gap
 * 二、坚持协调发展
 * （一）协调发展社会事业。
 * «（三）»加大社会管理创新。
 * ::: pass ordinal-gap
 * （一）协调发展社会事业。
 * （二）加大社会管理创新。
 * </pre>
 *
 * In a {@code flag} example, {@code «…»} marks each span the rule must report, and the rule must
 * report nothing else; a {@code pass} example must get no finding from the rule. A span may state
 * the correction the rule must suggest after an arrow: {@code 推«动动→动»} (the finding covers
 * {@code 动动} and suggests {@code 动}), {@code （一）«、→»} (it suggests deleting the span). Header options:
 * {@code document} (a document-level finding is expected), {@code name=FILE} (the document
 * name), {@code year=YYYY} (the report year). Lines before the first header are comments.
 */
public final class ExampleFile {
    public static final String HEADER = ":::";
    public static final char OPEN = '«';
    public static final char CLOSE = '»';
    /** Inside {@code «…»}, separates the flagged text from the expected correction. */
    public static final char ARROW = '→';

    private ExampleFile() {
    }

    /** Parses {@code content}; {@code file} names it in the examples and in errors. */
    public static List<Example> parse(String file, String content) {
        List<Example> out = new ArrayList<>();
        String[] lines = content.replace("\r\n", "\n").split("\n", -1);
        int headerLine = 0;
        String header = null;
        List<String> body = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            boolean end = i == lines.length;
            String l = end ? null : lines[i];
            if (end || l.startsWith(HEADER + " ")) {
                if (header != null) {
                    out.add(example(file, headerLine, header, body));
                }
                if (!end) {
                    header = l.substring(HEADER.length()).strip();
                    headerLine = i + 1;
                    body = new ArrayList<>();
                }
            } else if (header != null) {
                body.add(l);
            }
        }
        return out;
    }

    private static Example example(String file, int line, String header, List<String> body) {
        String[] words = header.split("\\s+");
        if (words.length < 2 || !(words[0].equals("flag") || words[0].equals("pass"))) {
            throw new IllegalArgumentException(file + ":" + line + ": expected '" + HEADER
                    + " flag RULE-ID' or '" + HEADER + " pass RULE-ID', got '" + header + "'");
        }
        boolean flag = words[0].equals("flag");
        String name = "example.txt";
        Integer year = null;
        boolean document = false;
        for (int k = 2; k < words.length; k++) {
            String w = words[k];
            if (w.equals("document")) {
                document = true;
            } else if (w.startsWith("name=")) {
                name = w.substring(5);
            } else if (w.startsWith("year=")) {
                year = Integer.valueOf(w.substring(5));
            } else {
                throw new IllegalArgumentException(file + ":" + line + ": unknown option '" + w + "'");
            }
        }
        int n = body.size();
        while (n > 0 && body.get(n - 1).isBlank()) {
            n--;
        }
        String raw = String.join("\n", body.subList(0, n));
        StringBuilder text = new StringBuilder(raw.length());
        List<int[]> spans = new ArrayList<>();
        List<String> corrections = new ArrayList<>();
        int open = -1;
        StringBuilder correction = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == OPEN) {
                if (open >= 0) {
                    throw new IllegalArgumentException(file + ":" + line + ": nested " + OPEN);
                }
                open = text.length();
            } else if (c == CLOSE) {
                if (open < 0) {
                    throw new IllegalArgumentException(file + ":" + line + ": " + CLOSE + " without " + OPEN);
                }
                spans.add(new int[] {open, text.length()});
                corrections.add(correction == null ? null : correction.toString());
                open = -1;
                correction = null;
            } else if (c == ARROW && open >= 0) {
                if (correction != null) {
                    throw new IllegalArgumentException(file + ":" + line + ": two " + ARROW + " in one " + OPEN
                            + "…" + CLOSE);
                }
                correction = new StringBuilder();
            } else if (correction != null) {
                correction.append(c);
            } else {
                text.append(c);
            }
        }
        if (open >= 0) {
            throw new IllegalArgumentException(file + ":" + line + ": " + OPEN + " never closed");
        }
        if (flag && spans.isEmpty() && !document) {
            throw new IllegalArgumentException(file + ":" + line + ": a flag example marks the expected span with "
                    + OPEN + "…" + CLOSE + " (or says 'document')");
        }
        if (!flag && (!spans.isEmpty() || document)) {
            throw new IllegalArgumentException(file + ":" + line + ": a pass example has no marks");
        }
        if (text.length() == 0) {
            throw new IllegalArgumentException(file + ":" + line + ": empty example");
        }
        return new Example(words[1], flag, text.toString(), spans, corrections, document, name, year, file, line);
    }
}
