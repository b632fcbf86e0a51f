package io.github.gongwen.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Approximate search of a short key in a stretch of text: the places where the key occurs with
 * at most {@code k} character edits (a character missing, extra or replaced). Punctuation and
 * blanks in the text cost nothing ({@code “四个意识”} matches {@code 四个意识}). Dynamic
 * programming with a free start in the text (Sellers' algorithm), run only on short stretches
 * the caller has singled out.
 */
final class NearMatcher {
    /** An occurrence at {@code [start, end)} with its edit distance and what differs, in Chinese. */
    record Match(int start, int end, int distance, String difference) {
        boolean overlaps(int s, int e) {
            return start < e && s < end;
        }
    }

    private NearMatcher() {
    }

    /**
     * The best occurrence of {@code key} (fewest edits) ending in each run of neighbouring end
     * positions within {@code k} edits in {@code text[from, to)}; exact occurrences have distance 0.
     */
    static List<Match> find(String key, String text, int from, int to, int k) {
        int n = key.length();
        int m = to - from;
        char[] cs = new char[m];
        text.getChars(from, to, cs, 0);
        int[] skipCost = new int[m];
        for (int j = 0; j < m; j++) {
            skipCost[j] = ignorable(cs[j]) ? 0 : 1;
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            int[] row = d[i];
            int[] up = d[i - 1];
            char kc = key.charAt(i - 1);
            row[0] = i;
            for (int j = 1; j <= m; j++) {
                char c = cs[j - 1];
                int best = up[j - 1] + (kc == c ? 0 : 1);
                best = Math.min(best, up[j] + 1);
                best = Math.min(best, row[j - 1] + skipCost[j - 1]);
                row[j] = best;
            }
        }
        List<Match> out = new ArrayList<>();
        int j = 1;
        while (j <= m) {
            if (d[n][j] > k) {
                j++;
                continue;
            }
            int runStart = j;
            int min = d[n][j];
            while (j <= m && d[n][j] <= k) {
                min = Math.min(min, d[n][j]);
                j++;
            }
            Match best = null;
            for (int e = runStart; e < j; e++) {
                if (d[n][e] == min) {
                    Match x = trace(key, text, from, d, e);
                    if (best == null || gap(x, n) < gap(best, n)) {
                        best = x;
                    }
                }
            }
            out.add(best);
        }
        return out;
    }

    /**
     * How far an occurrence's length is from the key's: of equally close occurrences ending at
     * neighbouring places, the one as long as the key reads best ({@code 中国特色社会主议}: 义
     * replaced, rather than 义 missing before an unrelated 议).
     */
    private static int gap(Match x, int keyLength) {
        return Math.abs(x.end() - x.start() - keyLength);
    }

    /** Punctuation and blanks: free to skip in the text. */
    static boolean ignorable(char c) {
        return !Character.isLetterOrDigit(c);
    }

    /**
     * Walks back from the end to the start of an occurrence. Where several edits explain it
     * equally well, a missing character is preferred to a replaced one, so that the occurrence
     * does not take in unrelated neighbours ({@code 以总书记新时代…}: 习近平 missing).
     */
    private static Match trace(String key, String text, int from, int[][] d, int endJ) {
        StringBuilder keyRun = new StringBuilder();
        StringBuilder textRun = new StringBuilder();
        List<String> diffs = new ArrayList<>();
        int i = key.length();
        int j = endJ;
        while (i > 0) {
            char c = j > 0 ? text.charAt(from + j - 1) : 0;
            if (j > 0 && key.charAt(i - 1) == c && d[i][j] == d[i - 1][j - 1]) {
                flush(keyRun, textRun, diffs);
                i--;
                j--;
            } else if (j > 0 && ignorable(c) && d[i][j] == d[i][j - 1]) {
                j--;
            } else if (d[i][j] == d[i - 1][j] + 1) {
                keyRun.append(key.charAt(i - 1));
                i--;
            } else if (j > 0 && d[i][j] == d[i - 1][j - 1] + 1) {
                keyRun.append(key.charAt(i - 1));
                textRun.append(c);
                i--;
                j--;
            } else {
                textRun.append(c);
                j--;
            }
        }
        flush(keyRun, textRun, diffs);
        int start = from + j;
        int end = from + endJ;
        while (start < end && ignorable(text.charAt(start))) {
            start++;
        }
        while (end > start && ignorable(text.charAt(end - 1))) {
            end--;
        }
        List<String> ordered = new ArrayList<>(diffs.size());
        for (int x = diffs.size() - 1; x >= 0; x--) {
            ordered.add(diffs.get(x));
        }
        return new Match(start, end, d[key.length()][endJ], String.join("，", ordered));
    }

    /** Describes one run of edits (collected backwards) and clears it. */
    private static void flush(StringBuilder keyRun, StringBuilder textRun, List<String> diffs) {
        if (keyRun.length() == 0 && textRun.length() == 0) {
            return;
        }
        String expected = keyRun.reverse().toString();
        String written = textRun.reverse().toString();
        if (written.isEmpty()) {
            diffs.add("缺少“" + expected + "”");
        } else if (expected.isEmpty()) {
            diffs.add("多出“" + written + "”");
        } else {
            diffs.add("“" + expected + "”误为“" + written + "”");
        }
        keyRun.setLength(0);
        textRun.setLength(0);
    }
}
