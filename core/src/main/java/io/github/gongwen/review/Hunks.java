package io.github.gongwen.review;

import java.util.ArrayList;
import java.util.List;

/**
 * The few character changes that turn a finding's text into its suggestion, so that a tracked change
 * strikes out only the marks that change ({@code ,} → {@code ，}) and not a whole sentence. By
 * longest common subsequence; a long text that differs a lot is one change.
 */
final class Hunks {
    /** Characters {@code [start, end)} of the old text become {@code replacement}. */
    record Hunk(int start, int end, String replacement) {
    }

    private static final long MAX_CELLS = 1_000_000L;

    private Hunks() {
    }

    static List<Hunk> of(String a, String b) {
        int head = 0;
        while (head < a.length() && head < b.length() && a.charAt(head) == b.charAt(head)) {
            head++;
        }
        int tail = 0;
        while (tail < a.length() - head && tail < b.length() - head
                && a.charAt(a.length() - 1 - tail) == b.charAt(b.length() - 1 - tail)) {
            tail++;
        }
        int n = a.length() - head - tail;
        int m = b.length() - head - tail;
        List<Hunk> out = new ArrayList<>();
        if (n == 0 && m == 0) {
            return out;
        }
        if ((long) n * m > MAX_CELLS || n == 0 || m == 0) {
            out.add(new Hunk(head, head + n, b.substring(head, head + m)));
            return out;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int x = n - 1; x >= 0; x--) {
            for (int y = m - 1; y >= 0; y--) {
                lcs[x][y] = a.charAt(head + x) == b.charAt(head + y) ? lcs[x + 1][y + 1] + 1
                        : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
            }
        }
        int x = 0;
        int y = 0;
        int hs = -1;
        StringBuilder rep = new StringBuilder();
        while (x < n || y < m) {
            if (x < n && y < m && a.charAt(head + x) == b.charAt(head + y)) {
                if (hs >= 0) {
                    out.add(new Hunk(head + hs, head + x, rep.toString()));
                    hs = -1;
                    rep.setLength(0);
                }
                x++;
                y++;
                continue;
            }
            if (hs < 0) {
                hs = x;
            }
            if (y < m && (x == n || lcs[x][y + 1] >= lcs[x + 1][y])) {
                rep.append(b.charAt(head + y++));
            } else {
                x++;
            }
        }
        if (hs >= 0) {
            out.add(new Hunk(head + hs, head + n, rep.toString()));
        }
        return out;
    }

    /** {@code a} with the hunks applied. */
    static String apply(String a, List<Hunk> hunks) {
        StringBuilder s = new StringBuilder();
        int at = 0;
        for (Hunk h : hunks) {
            s.append(a, at, h.start()).append(h.replacement());
            at = h.end();
        }
        return s.append(a.substring(at)).toString();
    }
}
