package io.github.gongwen.report;

/**
 * Makes untrusted text (report text, file names, messages that quote them) safe to print on a
 * terminal or in a log: control characters, which could move the cursor, change colours or
 * start a line that looks like another finding, are written as visible escapes ({@code \x1B},
 * {@code \n}, {@code \u202E}). Tabs stay. Text without such characters is returned as it is.
 */
public final class Printable {
    private Printable() {
    }

    /** {@code s} with every control character escaped; {@code null} stays {@code null}. */
    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !control(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!control(c)) {
                b.append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 0x100) {
                b.append(String.format("\\x%02X", (int) c));
            } else {
                b.append(String.format("\\u%04X", (int) c));
            }
        }
        return b.toString();
    }

    /**
     * Whether a character must not reach a terminal raw: C0 controls but the tab, DEL, C1
     * controls, line and paragraph separators, and the bidirectional overrides and isolates
     * (which reorder what a line shows).
     */
    static boolean control(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
