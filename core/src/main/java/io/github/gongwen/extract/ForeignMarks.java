package io.github.gongwen.extract;

import io.github.gongwen.text.Chars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Characters that do not belong in Chinese report text and were left by a site or a converter:
 * characters of other scripts inside Chinese text (Thai, Lao, Khmer, Hangul, emoji, dingbats), a
 * lone backtick between Chinese characters, pinyin readings a converter put after characters
 * ({@code 衛(wèi)生}), and watermark tokens: one short Latin-and-digit string that recurs inside
 * Chinese words through the document ({@code 推hd9进}), found as an anomaly of the document, not
 * from a list. Minority scripts used in official text (Tibetan, Mongolian, Uyghur) are not
 * stray. Immutable and thread-safe.
 */
final class ForeignMarks {
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    /** Units and terms written in mixed case that are no watermark. */
    private static final Set<String> TERMS = Set.of("kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW", "mAh", "pH",
            "dB", "kHz", "MHz", "GHz", "Mbps", "Gbps", "iPhone", "iPad", "WiFi", "Wi", "eID", "mRNA", "iOS");
    private static final int WATERMARK_MIN = 3;

    /**
     * Adds the marks in {@code text} to {@code out}, and the starts of its digit runs (after the
     * first character) to {@code digits} for {@link PageBreaks}: one scan of the text for both.
     */
    void check(String text, char[] chars, List<ResidueHit> out, PageBreaks.DigitRuns digits) {
        Map<String, List<int[]>> tokens = null;
        int n = chars.length;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if ((char) (c - 0x3190) < 0xA000 - 0x3190) {
                continue; // the Han blocks: one comparison for most characters
            }
            if (c > 0xFE0F || (c >= 0x2000 && c < 0x2700)) {
                continue; // full-width punctuation, quotes and dashes: none is stray
            }
            if (c >= 0x3000 && c < 0xA000 && (c < 0x3130 || c > 0x318F)) {
                continue; // Han and Chinese punctuation (not Hangul): the common case first
            }
            if (c < 0x80) {
                if (c >= '0' && c <= '9') {
                    if (i > 0 && (chars[i - 1] < '0' || chars[i - 1] > '9')) {
                        digits.add(i);
                    }
                } else if (c == '`') {
                    backtick(chars, i, out);
                } else if (Chars.isAsciiLetter(c) && i > 0 && Chars.isHan(chars[i - 1])) {
                    int j = i;
                    while (j < n && j - i <= 8 && (Chars.isAsciiLetter(chars[j]) || Chars.isAsciiDigit(chars[j]))) {
                        j++;
                    }
                    if (j - i <= 8 && (j == n || Chars.isHan(chars[j]) || chars[j] == '\n') && mixed(chars, i, j)) {
                        String t = new String(chars, i, j - i);
                        if (!TERMS.contains(t)) {
                            if (tokens == null) {
                                tokens = new HashMap<>();
                            }
                            tokens.computeIfAbsent(t, k -> new ArrayList<>()).add(new int[] {i, j});
                        }
                    }
                    i = j - 1;
                }
                continue;
            }
            if (c <= 0x01FF || c == 0x1E3F) {
                if (TONED.indexOf(c) >= 0) {
                    pinyin(chars, i, out);
                }
                continue;
            }
            if (c < 0x0E00 || (c >= 0x2E80 && c < 0xAC00 && (c < 0x3130 || c > 0x318F)) || (c >= 0xE000 && c < 0xFE0F)
                    || c > 0xFE0F) {
                continue; // Greek, Cyrillic, Tibetan …, the Han blocks and Chinese punctuation
            }
            int cp = Character.codePointAt(chars, i);
            int len = Character.charCount(cp);
            if (stray(cp) && nearChinese(chars, i, i + len)) {
                int e = i + len;
                while (e < n && stray(Character.codePointAt(chars, e))) {
                    e += Character.charCount(Character.codePointAt(chars, e));
                }
                out.add(ResidueHit.strong(i, e, "夹杂外文字符或表情符号"));
                i = e - 1;
            } else {
                i += len - 1;
            }
        }
        if (tokens != null) {
            for (List<int[]> at : tokens.values()) {
                if (at.size() >= WATERMARK_MIN) {
                    for (int[] p : at) {
                        out.add(ResidueHit.strong(p[0], p[1], "水印字符"));
                    }
                }
            }
        }
    }

    /** Thai, Lao, Khmer, Hangul, emoji and dingbats. */
    private static boolean stray(int cp) {
        return (cp >= 0x0E00 && cp <= 0x0EFF) || (cp >= 0x1780 && cp <= 0x17FF) || (cp >= 0x1100 && cp <= 0x11FF)
                || (cp >= 0x3130 && cp <= 0x318F) || (cp >= 0xAC00 && cp <= 0xD7AF)
                || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x2700 && cp <= 0x27BF && cp != 0x2713 && cp != 0x2714)
                || cp == 0xFE0F;
    }

    private static boolean nearChinese(char[] chars, int s, int e) {
        for (int i = Math.max(0, s - 2); i < Math.min(chars.length, e + 2); i++) {
            if (i < s || i >= e) {
                if (Chars.isHan(chars[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A token with a lower-case letter and a digit or an upper-case letter: not a word, not an acronym. */
    private static boolean mixed(char[] chars, int s, int e) {
        boolean lower = false;
        boolean other = false;
        for (int i = s; i < e; i++) {
            char c = chars[i];
            lower |= c >= 'a' && c <= 'z';
            other |= (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return lower && other;
    }

    /** A backtick between Chinese characters, not one of a pair that quotes code. */
    private static void backtick(char[] chars, int i, List<ResidueHit> out) {
        if (i == 0 || i + 1 >= chars.length || !Chars.isHan(chars[i - 1]) || !Chars.isHan(chars[i + 1])) {
            return;
        }
        int count = 0;
        for (int j = i - 1; j >= 0 && chars[j] != '\n'; j--) {
            count += chars[j] == '`' ? 1 : 0;
        }
        for (int j = i + 1; j < chars.length && chars[j] != '\n'; j++) {
            count += chars[j] == '`' ? 1 : 0;
        }
        if (count == 0) {
            out.add(ResidueHit.strong(i, i + 1, "夹杂外文字符或表情符号"));
        }
    }

    /** A pinyin reading in brackets after a Chinese character: {@code 衛(wèi)}. */
    private static void pinyin(char[] chars, int i, List<ResidueHit> out) {
        int s = i;
        while (s > 0 && i - s < 6 && chars[s - 1] >= 'a' && chars[s - 1] <= 'z') {
            s--;
        }
        if (s < 2 || (chars[s - 1] != '(' && chars[s - 1] != '（') || !Chars.isHan(chars[s - 2])) {
            return;
        }
        int e = i + 1;
        while (e < chars.length && e - i < 6 && ((chars[e] >= 'a' && chars[e] <= 'z') || TONED.indexOf(chars[e]) >= 0)) {
            e++;
        }
        if (e < chars.length && (chars[e] == ')' || chars[e] == '）')) {
            out.add(ResidueHit.strong(s - 1, e + 1, "转换工具注音残留"));
        }
    }
}
