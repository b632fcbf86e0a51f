package io.github.gongwen.text;

import java.util.BitSet;
import java.util.Objects;

/**
 * The text of one report as the checker sees it: decoded, without a byte-order mark, and with
 * every line break ({@code \r\n}, {@code \r}, {@code \n}, U+2028, U+2029) turned into {@code \n}.
 * Line and column numbers therefore mean the same as in the original file. Immutable.
 */
public final class SourceText {
    private final String name;
    private final String text;
    private final String charset;
    private final LineIndex lines;
    private final BitSet tableLines;

    private SourceText(String name, String text, String charset, BitSet tableLines) {
        this(name, text, charset, tableLines, true);
    }

    /** {@code pairs}: whether the text may hold surrogate pairs ({@code false}: known to hold none). */
    private SourceText(String name, String text, String charset, BitSet tableLines, boolean pairs) {
        this.name = Objects.requireNonNull(name, "name");
        this.text = normalizeLineBreaks(Objects.requireNonNull(text, "text"));
        this.charset = charset;
        this.lines = new LineIndex(this.text, pairs);
        this.tableLines = (BitSet) tableLines.clone();
    }

    /** A text given as a string (no decoding involved). */
    public static SourceText of(String name, String text) {
        return new SourceText(name, stripBom(text), null, new BitSet());
    }

    static SourceText decoded(String name, String text, String charset) {
        return new SourceText(name, stripBom(text), charset, new BitSet());
    }

    /** A decoded text known to hold no surrogate pair when {@code pairs} is {@code false}. */
    static SourceText decoded(String name, String text, String charset, boolean pairs) {
        return new SourceText(name, stripBom(text), charset, new BitSet(), pairs);
    }

    /** A Word document's text; {@code tableLines} are the lines that are paragraphs of table cells. */
    static SourceText document(String name, String text, String format, BitSet tableLines) {
        return new SourceText(name, text, format, tableLines);
    }

    /** The first index of {@code c} before {@code limit}, or {@code limit}. */
    private static int firstOf(String s, char c, int limit) {
        int i = s.indexOf(c);
        return i >= 0 && i < limit ? i : limit;
    }

    /** The name findings are reported under: usually the path as given by the user. */
    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /**
     * The charset the file was decoded from, {@link DocxLoader#FORMAT} for a Word document, or
     * {@code null} for text given as a string.
     */
    public String charset() {
        return charset;
    }

    public LineIndex lines() {
        return lines;
    }

    /**
     * Whether the line (1-based) is a paragraph in a table cell of a Word document: its text is
     * checked, but it is not part of the outline.
     */
    public boolean inTable(int line) {
        return line > 0 && tableLines.get(line);
    }

    /** Whether the name marks a Markdown file ({@code .md}, {@code .markdown}). */
    public boolean isMarkdown() {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    static String normalizeLineBreaks(String s) {
        int n = s.length();
        int i = firstOf(s, '\r', n);
        i = firstOf(s, '\u2028', i);
        i = firstOf(s, '\u2029', i);
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n);
        b.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u2028' || c == '\u2029') {
                b.append('\n');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
