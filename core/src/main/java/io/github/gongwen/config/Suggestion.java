package io.github.gongwen.config;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?" for a name a user typed: the closest candidate by edit distance, when close enough. */
public final class Suggestion {
    private Suggestion() {
    }

    /**
     * {@code "; did you mean 'x'?"} for the closest candidate (case and {@code _}/{@code -} ignored,
     * at most a third of the name's length away, and at most 3 edits), or an empty string.
     */
    public static String didYouMean(String given, Collection<String> candidates) {
        String best = closest(given, candidates);
        return best.isEmpty() ? "" : "; did you mean '" + best + "'?";
    }

    /** The candidate {@link #didYouMean} would propose, or {@code ""}. */
    public static String closest(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestExact = Integer.MAX_VALUE;
        String g = normal(given);
        for (String c : candidates) {
            int d = distance(g, normal(c));
            int exact = distance(given, c);
            if (d < bestDistance || d == bestDistance && exact < bestExact) {
                best = c;
                bestDistance = d;
                bestExact = exact;
            }
        }
        return best != null && bestDistance <= Math.max(1, Math.min(3, given.length() / 3)) ? best : "";
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
