package io.github.gongwen.server;

import java.util.Collection;
import java.util.Locale;

/** The closest of some names to a misspelt one, for "did you mean" hints. */
final class Names {
    private Names() {
    }

    /** The candidate closest to {@code given} when it is close enough to be a likely typo, else {@code null}. */
    static String closest(String given, Collection<String> candidates) {
        String g = normal(given);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestExact = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(g, normal(c));
            int exact = distance(given, c); // of two equally close, the one in the same case
            if (d < bestDistance || d == bestDistance && exact < bestExact) {
                best = c;
                bestDistance = d;
                bestExact = exact;
            }
        }
        return best != null && bestDistance <= Math.max(1, Math.min(3, given.length() / 3)) ? best : null;
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
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
