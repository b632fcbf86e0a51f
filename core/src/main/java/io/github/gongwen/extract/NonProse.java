package io.github.gongwen.extract;

import io.github.gongwen.text.SourceText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a text that are not prose, whose punctuation and digits follow other rules: code
 * spans ({@code `a,b`}) and fenced code blocks, URLs and e-mail addresses, and in Markdown the
 * targets of links and images ({@code ](url)}).
 */
final class NonProse {
    private static final Pattern URL = Pattern.compile(
            "(?i)(?:(?:https?|ftp)://|www\\.)[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]+");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*\\)");
    private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]*(```|~~~)[^\\n]*$");

    private NonProse() {
    }

    /**
     * A mask of the text ({@code true}: not prose), or {@code null} when it is all prose.
     * {@code chars} holds the characters of the text.
     */
    static boolean[] mask(SourceText src, char[] chars) {
        String t = src.text();
        // one pass for what five searches of the whole text would tell
        boolean url = false;
        boolean mail = false;
        boolean code = false;
        boolean link = false;
        boolean markdown = src.isMarkdown();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c > '~') { // Chinese text: none of the characters below
                continue;
            }
            switch (c) {
                case ':' -> url |= t.startsWith("//", i + 1);
                case 'w' -> url |= t.startsWith("ww.", i + 1);
                case '@' -> mail = true;
                case '`' -> code = true;
                case '~' -> code |= t.startsWith("~~", i + 1);
                case ']' -> link |= markdown && i + 1 < chars.length && chars[i + 1] == '(';
                default -> {
                }
            }
        }
        if (!url && !mail && !code && !link) {
            return null;
        }
        boolean[] m = new boolean[t.length()];
        if (url) {
            mark(m, URL.matcher(t));
        }
        if (mail) {
            mark(m, EMAIL.matcher(t));
        }
        if (link) {
            mark(m, LINK_TARGET.matcher(t));
        }
        if (code) {
            fences(m, t);
            codeSpans(m, t);
        }
        return m;
    }

    private static void mark(boolean[] m, Matcher x) {
        while (x.find()) {
            for (int i = x.start(); i < x.end(); i++) {
                m[i] = true;
            }
        }
    }

    /** Lines between a ``` (or ~~~) line and the next one, fences included. */
    private static void fences(boolean[] m, String t) {
        Matcher x = FENCE.matcher(t);
        while (x.find()) {
            int from = x.start();
            String fence = x.group(1);
            int to = t.length();
            while (x.find()) {
                if (x.group(1).equals(fence)) {
                    to = x.end();
                    break;
                }
            }
            for (int i = from; i < to; i++) {
                m[i] = true;
            }
        }
    }

    /** Text between runs of backticks of the same length on one line. */
    private static void codeSpans(boolean[] m, String t) {
        int i = 0;
        int n = t.length();
        while (i < n) {
            if (t.charAt(i) != '`' || m[i]) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < n && t.charAt(runEnd) == '`') {
                runEnd++;
            }
            int len = runEnd - i;
            int j = runEnd;
            int close = -1;
            while (j < n && t.charAt(j) != '\n') {
                if (t.charAt(j) == '`') {
                    int k = j;
                    while (k < n && t.charAt(k) == '`') {
                        k++;
                    }
                    if (k - j == len) {
                        close = k;
                        break;
                    }
                    j = k;
                } else {
                    j++;
                }
            }
            if (close < 0) {
                i = runEnd;
                continue;
            }
            for (int k = i; k < close; k++) {
                m[k] = true;
            }
            i = close;
        }
    }
}
