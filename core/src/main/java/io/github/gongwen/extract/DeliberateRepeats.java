package io.github.gongwen.extract;

import io.github.gongwen.text.Chars;
import io.github.gongwen.text.WordSegmenter;
import io.github.gongwen.text.WordSegmenter.Word;
import java.util.List;
import java.util.Set;

/**
 * Whether a character written twice is meant: two words meeting on the same character, a name
 * or term with a real doubled character, or deliberate reduplication. Judged from the words
 * around the doubled character, in both readings ({@code 农民工|工资} and {@code 农民|工|工资}):
 * <ul>
 * <li>both readings are words: a dictionary word ends with the first occurrence and another
 * starts with the second ({@code 农民工|工资}, {@code 纵向|向基层} is left to the function words);</li>
 * <li>a place name meets a word starting with its suffix ({@code 小咀村|村民}, {@code 东港|港口},
 * {@code 某县|县级}), or a bound prefix opens the next word ({@code 安全|全链条});</li>
 * <li>a name of a rail line, road, mine or region follows ({@code 荆荆高铁}, {@code 宜荆荆都市圈}), or
 * the repeat is inside a short quoted term ({@code “小小孩”});</li>
 * <li>a run of characters the segmenter does not know (a chemical name, {@code 聚|醚|醚|酮});</li>
 * <li>a verb followed by its object noun that starts with the same character ({@code 钉|钉子}),
 * a measure word doubled for "every" before a predicate ({@code 演出场场爆满}),
 * a measure word reduplicated after 一 ({@code 一抹抹}), and a repeat in a series of repeats
 * ({@code 歇歇脚、喝喝水}), and a pair set against a sibling term of the same enumeration
 * ({@code 港港联动、港产联动}).</li>
 * </ul>
 */
final class DeliberateRepeats {
    /** Suffixes of place names: 小咀村|村民, 东港|港口, 某县|县级, 浙江|江苏. */
    private static final String PLACE_SUFFIXES = "村镇乡县区市省州港江河湖山岛湾街";
    /** Bound prefixes that open a compound: 安全|全链条, 总|总量. */
    private static final String PREFIXES = "全总副非超准亚次";
    /** Words that follow a name built from abbreviations: 荆荆高铁, 宜荆荆都市圈, 某某煤矿. */
    private static final List<String> NAME_SUFFIXES = List.of("高铁", "铁路", "城际", "高速", "公路", "快速路", "大桥",
            "隧道", "机场", "煤矿", "矿", "线", "都市圈", "城市群", "经济圈", "经济带", "片区", "一体化");
    private static final Set<String> VERB_TAGS_NOT_OBJECT = Set.of("v", "vn", "vi", "vd", "vf", "vx", "vl", "vg");

    private DeliberateRepeats() {
    }

    /** {@code particles}: function words, whose doubling is never meant (一是是, 的的). */
    static boolean charRepeat(String t, int a, List<Word> words, Word left, Word right, Set<String> particles) {
        if (particles.contains(t.substring(a, a + 1))) {
            return false;
        }
        return quotedTerm(t, a) || nameFollows(t, a + 2) || series(t, a) || pairedTerm(t, a) || (a > 0 && t.charAt(a - 1) == '一')
                || bothReadings(t, a, words) || placeName(t, a, words, left, right)
                || unknownRun(words, left, right, particles) || verbObject(left, right, a)
                || (left == right && measureEvery(t, a, words));
    }

    /**
     * 担任|镇|镇长: a place suffix right after a verb or preposition, before a word that starts with
     * it. The place's name was deleted (担任某某镇镇长); this is no doubled character but a placeholder.
     */
    static boolean nameDeleted(String t, int a, List<Word> words, Word left, Word right) {
        if (PLACE_SUFFIXES.indexOf(t.charAt(a)) < 0 || left.length() != 1 || left.start() != a
                || right.start() != a + 1 || right.length() < 2) {
            return false;
        }
        int k = words.indexOf(left);
        if (k <= 0) {
            return false;
        }
        String tag = words.get(k - 1).tag();
        return tag.startsWith("v") || tag.startsWith("p");
    }

    /** 抓具体具体抓: the same character before and after a doubled word. */
    static boolean chiasmus(String t, int a, int unitLength) {
        int b = a + 2 * unitLength;
        return a > 0 && b < t.length() && t.charAt(a - 1) == t.charAt(b) && Chars.isHan(t.charAt(b));
    }

    /** Inside “…” of at most six characters: a local term in quotes, 老老人. */
    private static boolean quotedTerm(String t, int a) {
        int open = -1;
        for (int j = a - 1; j >= 0 && j >= a - 6; j--) {
            char c = t.charAt(j);
            if (c == '“' || c == '「') {
                open = j;
                break;
            }
            if (!Chars.isHan(c)) {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int j = a + 2; j < t.length() && j <= open + 8; j++) {
            char c = t.charAt(j);
            if (c == '”' || c == '」') {
                return true;
            }
            if (!Chars.isHan(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * 港港联动、港产联动, 校校合作和校企合作: the doubled pair and the word after it stand beside a
     * sibling term of the same enumeration that shares the word and pairs the same character with
     * another ({@code 港产联动}): "X with X" set against "X with Y", a term of its own.
     */
    static boolean pairedTerm(String t, int a) {
        char c = t.charAt(a);
        for (int k = 2; k <= 3; k++) {
            int w = a + 2;
            if (w + k > t.length() || !allHan(t, w, w + k)) {
                continue;
            }
            String word = t.substring(w, w + k);
            int from = Math.max(2, a - 12);
            int to = Math.min(t.length() - k, a + 16);
            for (int p = from; p <= to; p++) {
                if (p == w || !t.startsWith(word, p)) {
                    continue;
                }
                boolean pairs = (t.charAt(p - 2) == c) != (t.charAt(p - 1) == c);
                int lo = Math.min(p, w);
                int hi = Math.max(p, w);
                String between = t.substring(lo, hi);
                boolean joined = between.indexOf('、') >= 0 || between.indexOf('，') >= 0
                        || between.indexOf('和') >= 0 || between.indexOf('与') >= 0;
                if (pairs && joined && hi - lo <= k + 4 && allHan(t, p - 2, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean allHan(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!Chars.isHan(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean nameFollows(String t, int i) {
        for (String s : NAME_SUFFIXES) {
            if (t.startsWith(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** 歇歇脚、喝喝水: another doubled character a few characters away, across 、 or ，. */
    private static boolean series(String t, int a) {
        for (int j = Math.max(1, a - 6); j < Math.min(t.length(), a + 9); j++) {
            if (j >= a - 1 && j <= a + 2) {
                continue;
            }
            char c = t.charAt(j);
            if (c == t.charAt(j - 1) && Chars.isHan(c) && c != t.charAt(a)) {
                int from = Math.min(j, a);
                int to = Math.max(j, a);
                String between = t.substring(from, to);
                if (between.indexOf('、') >= 0 || between.indexOf('，') >= 0 || between.indexOf(',') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * 农民工|工资: a dictionary word of two to four characters ends with the first occurrence and
     * one starts with the second (or, after a bound prefix, with the character after it:
     * 安全|全|链条), each ending on a word boundary of the segmentation (so 中华|人|人民, whose 华人
     * cuts 中华, does not count).
     */
    private static boolean bothReadings(String t, int a, List<Word> words) {
        boolean leftWord = false;
        for (int k = 2; k <= 4 && a + 1 - k >= 0 && !leftWord; k++) {
            leftWord = boundary(words, a + 1 - k) && WordSegmenter.isWord(t.substring(a + 1 - k, a + 1));
        }
        if (!leftWord) {
            return false;
        }
        int from = PREFIXES.indexOf(t.charAt(a)) >= 0 ? a + 2 : a + 1;
        for (int f = a + 1; f <= from; f++) {
            for (int k = 2; k <= 4 && f + k <= t.length(); k++) {
                if (boundary(words, f + k) && WordSegmenter.isWord(t.substring(f, f + k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word of {@code words} starts or ends at {@code i}, or {@code i} is outside them. */
    private static boolean boundary(List<Word> words, int i) {
        if (words.isEmpty() || i <= words.get(0).start() || i >= words.get(words.size() - 1).end()) {
            return true;
        }
        for (Word w : words) {
            if (w.start() == i || w.end() == i) {
                return true;
            }
        }
        return false;
    }

    /** 小咀|村|村民, 东港|港|港口: a place suffix after a name, then a word starting with it. */
    private static boolean placeName(String t, int a, List<Word> words, Word left, Word right) {
        if (PLACE_SUFFIXES.indexOf(t.charAt(a)) < 0 || a == 0 || !Chars.isHan(t.charAt(a - 1))) {
            return false;
        }
        boolean rightWord = right.start() == a + 1 && right.length() >= 2;
        if (!rightWord) {
            return false;
        }
        int k = words.indexOf(left);
        Word before = left.start() == a && k > 0 ? words.get(k - 1) : null;
        if (left.length() > 1) {
            return true;
        }
        return before != null && (before.tag().startsWith("n") || before.tag().startsWith("j")
                || before.tag().startsWith("b"));
    }

    /** 聚|醚|醚|酮: the doubled characters stand alone among other lone characters the segmenter did not know. */
    private static boolean unknownRun(List<Word> words, Word left, Word right, Set<String> particles) {
        if (left.length() != 1 || right.length() != 1 || left == right) {
            return false;
        }
        int k = words.indexOf(left);
        int m = words.indexOf(right);
        Word before = k > 0 ? words.get(k - 1) : null;
        Word after = m + 1 < words.size() ? words.get(m + 1) : null;
        return lone(before, particles) && lone(after, particles);
    }

    private static boolean lone(Word w, Set<String> particles) {
        return w != null && w.length() == 1 && Chars.isHan(w.text().charAt(0)) && !particles.contains(w.text());
    }

    /**
     * 演出|场场|爆满: a measure word doubled for "every" that the segmenter keeps as one word, before
     * a verb, adjective or adverb (unlike 十分|分|繁重, where the segmenter splits the repeat).
     */
    private static boolean measureEvery(String t, int a, List<Word> words) {
        if (!WordSegmenter.isMeasureWord(t.substring(a, a + 1))) {
            return false;
        }
        for (Word w : words) {
            if (w.start() == a + 2) {
                String tag = w.tag();
                return tag.startsWith("v") || tag.startsWith("a") || tag.startsWith("d");
            }
        }
        return false;
    }

    /** 钉|钉子: a one-character verb before a noun that starts with it. */
    private static boolean verbObject(Word left, Word right, int a) {
        return left.length() == 1 && left.start() == a && left.tag().startsWith("v")
                && right.start() == a + 1 && right.length() >= 2 && right.tag().startsWith("n")
                && !VERB_TAGS_NOT_OBJECT.contains(right.tag());
    }
}
