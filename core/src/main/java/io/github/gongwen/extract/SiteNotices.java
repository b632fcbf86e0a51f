package io.github.gongwen.extract;

import io.github.gongwen.text.WordTrie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the short notice lines of download and document-sharing sites ({@code 点击下载完整版文档},
 * {@code 本页为预览页，完整内容请下载}, {@code 感谢您的阅读}) by the weight of their vocabulary rather than by
 * their wording, so that a site's phrasing never seen before is still caught. The words come from
 * {@code site-words.txt}: {@code notice} words that report prose hardly uses weigh 2, {@code shared}
 * words that reports use too weigh 1, {@code address} words (the site speaking to its reader) weigh 2,
 * each counted once per line. A line of at most {@value #MAX} characters that weighs 4 or more, over at
 * least two different words one of which is a notice or address word, is residue; a line that weighs 3
 * over two words counts only beside other residue in the document. A line that holds a {@code prose}
 * word (推进, 完成, 同比…) or opens with an outline marker is report text and never a notice.
 * Immutable and thread-safe.
 */
final class SiteNotices {
    static final int MAX = 40;
    private static final String LABEL = "网站提示语";
    private static final int NOTICE = 0;
    private static final int SHARED = 1;
    private static final int ADDRESS = 2;
    private static final int PROSE = 3;

    private final WordTrie trie;
    /** The class of each word of the trie. */
    private final byte[] kinds;

    SiteNotices(SiteWords words) {
        List<String> all = new ArrayList<>();
        List<Byte> kindList = new ArrayList<>();
        String[] classes = {"notice", "shared", "address", "prose"};
        for (int k = 0; k < classes.length; k++) {
            for (String w : words.of(classes[k])) {
                all.add(w);
                kindList.add((byte) k);
            }
        }
        kinds = new byte[all.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = kindList.get(i);
        }
        boolean any = !words.of("notice").isEmpty();
        trie = any ? new WordTrie(all) : null;
    }

    void check(char[] chars, TextLines lines, List<ResidueHit> out) {
        if (trie == null) {
            return;
        }
        int[] seenOn = new int[kinds.length];
        Arrays.fill(seenOn, -1);
        int[] weight = new int[lines.count];
        int[] distinct = new int[lines.count];
        boolean[] strongWord = new boolean[lines.count];
        boolean[] prose = new boolean[lines.count];
        int[] line = {0};
        trie.find(chars, (index, start, end) -> {
            int k = line[0];
            while (k < lines.count - 1 && lines.from[k + 1] <= start) {
                k++;
            }
            line[0] = k;
            if (lines.length(k) > MAX || seenOn[index] == k) {
                return;
            }
            seenOn[index] = k;
            switch (kinds[index]) {
                case NOTICE -> {
                    weight[k] += 2;
                    strongWord[k] = true;
                }
                case ADDRESS -> {
                    weight[k] += 2;
                    strongWord[k] = true;
                }
                case SHARED -> weight[k] += 1;
                default -> prose[k] = true;
            }
            if (kinds[index] != PROSE) {
                distinct[k]++;
            }
        });
        for (int k = 0; k < lines.count; k++) {
            if (weight[k] < 3 || distinct[k] < 2 || prose[k] || lines.blank(k) || outlineMarker(chars, lines.from[k])) {
                continue;
            }
            boolean strong = weight[k] >= 4 && strongWord[k];
            out.add(new ResidueHit(lines.from[k], lines.to[k], label(out, lines.from[k], lines.to[k]), !strong, true));
        }
    }

    /** The label of a hit already found on the line (more specific than this check's), or this check's. */
    private static String label(List<ResidueHit> hits, int from, int to) {
        for (ResidueHit h : hits) {
            if (h.start() < to && h.end() > from) {
                return h.label();
            }
        }
        return LABEL;
    }

    /** Whether a line opens with an outline marker: {@code （一）}, {@code (1)}, {@code 一、}, {@code 1.}, {@code 1、}. */
    private static boolean outlineMarker(char[] t, int s) {
        char c = t[s];
        if (c == '（' || c == '(') {
            return true;
        }
        int i = s;
        while (i < t.length && (c = t[i]) != '\n' && (c >= '0' && c <= '9' || "一二三四五六七八九十".indexOf(c) >= 0)) {
            i++;
        }
        return i > s && i < t.length && "、.．".indexOf(t[i]) >= 0;
    }
}
