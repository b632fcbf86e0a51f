package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternSetTest {
    private static final List<String> PATTERNS = List.of(
            "##paid(?:begin|end)##",
            "此处隐藏\\s*[0-9]+\\s*字",
            "(?:点击|请|需)?下载(?:后|文档后)(?:查看|阅读)?",
            "第\\s*[0-9]+\\s*页\\s*[，,/／]?\\s*共\\s*[0-9]+\\s*页",
            "[XxＸｘ×](?:[XxＸｘ×]|[.．](?=[XxＸｘ×]))*",
            "[*＊]+",
            "(?<![一二三〇○])[○〇□]{2,}(?![一二三〇○年])",
            "某某+",
            "(?m:^[ \\t]*Public domain[ \\t]*$)",
            "https?://[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]+",
            "(?:本文|此文)由[^。\\n]{0,20}(?:整理|发布)",
            "\\p{IsHan}{2}库",       // not analysed: tried everywhere
            "x*");                   // matches the empty string: tried everywhere
    /** Without the expressions tried everywhere, so that the scan skips positions by first and second units. */
    private static final List<String> ANALYSED = PATTERNS.subList(0, PATTERNS.size() - 2);
    private static final String ALPHABET = "##paidbeginend此处隐藏字点击请需下载后文档查看阅读第页共本此由整理发布。，,/ "
            + "0123456789XxＸｘ×.．*＊○〇□一二三年某\n\tPublic domainhttps:/ww.cn汉字库";

    /** Up to 60 characters of {@code alphabet}, with now and then the literal text of one of the first patterns. */
    private static String randomText(Random rnd, String alphabet, boolean withPatterns) {
        StringBuilder b = new StringBuilder();
        for (int i = rnd.nextInt(60); i > 0; i--) {
            if (withPatterns && rnd.nextInt(8) == 0) {
                b.append(PATTERNS.get(rnd.nextInt(4)).replaceAll("[\\\\()?:|*+\\[\\]{}<!=^$]", ""));
            } else {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
        }
        return b.toString();
    }

    @Test
    void findsWhatTheAlternationFinds() {
        findsWhatTheAlternationFinds(PATTERNS);
        findsWhatTheAlternationFinds(ANALYSED);
    }

    private static void findsWhatTheAlternationFinds(List<String> patterns) {
        PatternSet set = PatternSet.of(patterns);
        Pattern union = Pattern.compile(String.join("|", patterns.stream().map(p -> "(?:" + p + ")").toList()));
        int matched = 0;
        Random rnd = new Random(42);
        for (int round = 0; round < 3000; round++) {
            String text = randomText(rnd, ALPHABET, true);
            List<String> expected = matches(union.matcher(text));
            assertEquals(expected, matches(set.finder(text)), text);
            assertEquals(expected, matches(set.finder(text, text.toCharArray())), text);
            matched += expected.size();
        }
        assertTrue(matched > 1000, "the random texts hold matches: " + matched);
    }

    @Test
    void eachFindsWhatEachExpressionAloneFinds() {
        eachFindsWhatEachExpressionAloneFinds(PATTERNS);
        eachFindsWhatEachExpressionAloneFinds(ANALYSED);
    }

    private static void eachFindsWhatEachExpressionAloneFinds(List<String> patterns) {
        PatternSet set = PatternSet.of(patterns);
        Random rnd = new Random(7);
        int matched = 0;
        for (int round = 0; round < 3000; round++) {
            String text = randomText(rnd, ALPHABET, true);
            List<List<java.util.regex.MatchResult>> each = set.each(text);
            assertEquals(patterns.size(), each.size());
            for (int k = 0; k < patterns.size(); k++) {
                List<String> got = each.get(k).stream().map(r -> r.start() + "-" + r.end() + ":" + r.group()).toList();
                List<String> alone = new ArrayList<>();
                Matcher m = Pattern.compile(patterns.get(k)).matcher(text);
                while (m.find()) {
                    alone.add(m.start() + "-" + m.end() + ":" + m.group());
                }
                assertEquals(alone, got, patterns.get(k) + " in " + text);
                matched += got.size();
            }
        }
        assertTrue(matched > 1000, "the random texts hold matches: " + matched);
    }

    /** A sentence of a paragraph with a match holds a candidate position of the paragraph. */
    @Test
    void candidatesOfAParagraphCoverTheMatchesOfItsSentences() {
        PatternSet set = PatternSet.of(ANALYSED);
        Random rnd = new Random(5);
        int sentences = 0;
        for (int round = 0; round < 3000; round++) {
            String text = randomText(rnd, ALPHABET + "。。", false);
            char[] paragraph = text.toCharArray();
            int start = 0;
            for (String sentence : text.split("。", -1)) {
                if (set.finder(sentence).find()) {
                    int c = set.candidate(paragraph, start, paragraph.length);
                    assertTrue(c < start + sentence.length(), sentence + " in " + text);
                    sentences++;
                }
                start += sentence.length() + 1;
            }
        }
        assertTrue(sentences > 1000, "the random sentences hold matches: " + sentences);
    }

    private static List<String> matches(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> matches(PatternSet.Finder f) {
        List<String> out = new ArrayList<>();
        while (f.find()) {
            out.add(f.start() + "-" + f.end());
        }
        return out;
    }
}
