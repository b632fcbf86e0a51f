package io.github.gongwen.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code diff -u}) of two texts, line by line, with three lines of context. The
 * lines both texts share at the start and at the end are set aside first; the rest is compared
 * by longest common subsequence, or, when it is too large for that, shown as one replacement.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;
    private static final long MAX_CELLS = 4_000_000L;

    private UnifiedDiff() {
    }

    /** The diff of {@code before} and {@code after} under the two labels; {@code ""} when they are equal. */
    public static String of(String fromLabel, String toLabel, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<int[]> ops = script(a, b); // {kind, indexA, indexB}: 0 same, 1 removed, 2 added
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(fromLabel).append('\n').append("+++ ").append(toLabel).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i)[0] == 0) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend while the next change is within 2 * CONTEXT unchanged lines
            while (end < ops.size()) {
                if (ops.get(end)[0] != 0) {
                    end++;
                    continue;
                }
                int run = end;
                while (run < ops.size() && ops.get(run)[0] == 0) {
                    run++;
                }
                if (run < ops.size() && run - end <= 2 * CONTEXT) {
                    end = run;
                } else {
                    end = Math.min(ops.size(), end + CONTEXT);
                    break;
                }
            }
            hunk(out, ops.subList(start, end), a, b);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<int[]> ops, List<String> a, List<String> b) {
        int fromStart = -1;
        int toStart = -1;
        int fromCount = 0;
        int toCount = 0;
        StringBuilder body = new StringBuilder();
        for (int[] op : ops) {
            if (op[0] != 2) {
                fromCount++;
                if (fromStart < 0) {
                    fromStart = op[1];
                }
            }
            if (op[0] != 1) {
                toCount++;
                if (toStart < 0) {
                    toStart = op[2];
                }
            }
            String text = op[0] == 2 ? b.get(op[2]) : a.get(op[1]);
            body.append(op[0] == 0 ? ' ' : op[0] == 1 ? '-' : '+').append(text).append('\n');
        }
        out.append("@@ -").append(range(fromStart, fromCount, ops, 1)).append(" +")
                .append(range(toStart, toCount, ops, 2)).append(" @@\n").append(body);
    }

    /** {@code start,count} with 1-based start; an empty side names the line before it. */
    private static String range(int start, int count, List<int[]> ops, int side) {
        if (count == 0) {
            int before = ops.get(0)[side];
            return before + ",0";
        }
        return (start + 1) + (count == 1 ? "" : "," + count);
    }

    /** The edit script: common head, the middle by LCS, common tail. */
    private static List<int[]> script(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<int[]> ops = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            ops.add(new int[] {0, k, k});
        }
        int n = a.size() - head - tail;
        int m = b.size() - head - tail;
        if ((long) n * m <= MAX_CELLS) {
            int[][] lcs = new int[n + 1][m + 1];
            for (int x = n - 1; x >= 0; x--) {
                for (int y = m - 1; y >= 0; y--) {
                    lcs[x][y] = a.get(head + x).equals(b.get(head + y)) ? lcs[x + 1][y + 1] + 1
                            : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
                }
            }
            int x = 0;
            int y = 0;
            while (x < n || y < m) {
                if (x < n && y < m && a.get(head + x).equals(b.get(head + y))) {
                    ops.add(new int[] {0, head + x++, head + y++});
                } else if (y < m && (x == n || lcs[x][y + 1] > lcs[x + 1][y])) {
                    ops.add(new int[] {2, head + x, head + y++});
                } else {
                    ops.add(new int[] {1, head + x++, head + y});
                }
            }
        } else {
            for (int x = 0; x < n; x++) {
                ops.add(new int[] {1, head + x, head});
            }
            for (int y = 0; y < m; y++) {
                ops.add(new int[] {2, head + n, head + y});
            }
        }
        for (int k = 0; k < tail; k++) {
            ops.add(new int[] {0, a.size() - tail + k, b.size() - tail + k});
        }
        return ops;
    }

    /** The lines of a text, without their breaks ({@code \r\n}, {@code \r} or {@code \n}). */
    static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(s.substring(start, i));
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }
}
