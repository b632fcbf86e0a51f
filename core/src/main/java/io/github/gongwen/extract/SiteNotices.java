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
 * over two words counts only beside other residue in the document. Each sentence of the line is weighed
 * on its own, so that a notice glued to a report sentence ({@code 新增就业1200人。下载后查看完整内容}) is
 * reported without it. A sentence that holds a {@code prose} word (推进, 完成, 同比…), or a line that opens
 * with an outline marker, is report text and never a notice.
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
        // the words found on short lines: {word index, start, line}
        List<int[]> found = new ArrayList<>();
        for (int k = 0; k < lines.count; k++) {
            int line = k;
            if (!lines.blank(k) && lines.length(k) <= MAX) {
                trie.find(chars, lines.from[k], lines.to[k], (index, start, end) -> found.add(new int[] {index, start, line}));
            }
        }
        boolean[] seen = new boolean[kinds.length];
        int i = 0;
        while (i < found.size()) {
            int k = found.get(i)[2];
            int from = lines.from[k];
            int to = lines.to[k];
            int s = sentenceStart(chars, from, found.get(i)[1]);
            int e = sentenceEnd(chars, found.get(i)[1], to);
            Arrays.fill(seen, false);
            int weight = 0;
            int distinct = 0;
            boolean strongWord = false;
            boolean prose = false;
            for (; i < found.size() && found.get(i)[1] < e; i++) {
                int index = found.get(i)[0];
                if (seen[index]) {
                    continue;
                }
                seen[index] = true;
                switch (kinds[index]) {
                    case NOTICE, ADDRESS -> {
                        weight += 2;
                        strongWord = true;
                    }
                    case SHARED -> weight += 1;
                    default -> prose = true;
                }
                if (kinds[index] != PROSE) {
                    distinct++;
                }
            }
            if (weight < 3 || distinct < 2 || prose || outlineMarker(chars, from)) {
                continue;
            }
            boolean strong = weight >= 4 && strongWord;
            out.add(new ResidueHit(s, e, label(out, s, e), !strong, true));
        }
    }

    /** The start of the sentence of the line {@code [from, …)} that holds {@code at}, past leading blanks. */
    private static int sentenceStart(char[] t, int from, int at) {
        int s = at;
        while (s > from && !sentenceEnd(t[s - 1])) {
            s--;
        }
        while (s < at && Character.isWhitespace(t[s])) {
            s++;
        }
        return s;
    }

    /** The end of the sentence that holds {@code at}, with its closing mark, within the line ending at {@code to}. */
    private static int sentenceEnd(char[] t, int at, int to) {
        for (int e = at; e < to; e++) {
            if (sentenceEnd(t[e])) {
                return e + 1;
            }
        }
        return to;
    }

    private static boolean sentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
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
