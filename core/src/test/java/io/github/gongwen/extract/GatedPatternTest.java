package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GatedPatternTest {
    private static final List<String> PATTERNS = List.of(
            "存在(?:的)?(?:主要)?(?:问题|不足)|^(?:主要)?(?:问题|不足)$|面临的(?:困难|问题)",
            "(?:^|[。！？])[^。！？]{0,8}(?:存在(?:的|着)?(?:问题|不足)|(?:仍|还)(?:有|存在)差距)",
            "^(?:下一步|今后|(?:19|20)[0-9]{2}年[^。，]{0,4}(?:计划|打算))[^。]{0,6}(?:将|要|，)|^新的一年[^。]{0,9}将",
            "^(?:一年来|[^。，]{0,6}以来|在[^。]{2,10}领导下)|(?:取得|实现)了?[^。，]{0,5}(?:成效|成绩)",
            "(?<!不)存在问题|问题(?=和)",
            "(?m:^问题)|不足",
            "\\b问题\\B|x{2,3}y?",
            "(问题)\\1",
            "(?i)x问题",
            "(?<![一二三四五六七八九十])(?:“\\Q十四五\\E”|\\Q十四五\\E(?![五个年])(?=规划|计划|时期|的)|\\Q第十四个五年\\E(?:规划|计划))");

    private static final List<String> WORDS = List.of("存在问题", "主要问题", "。存在的问题", "下一步", "2024年计划", "今后",
            "新的一年", "以来", "取得了成效", "仍有差距", "问题和", "问题问题", "xx", "\n问题", "“十四五”", "十四五规划",
            "二十四五", "第十四个五年规划", "十四五的", "十四五年");

    @Test
    void findsWhatMatcherFindFinds() {
        String alphabet = "存在的主要问题不足面临困难。！？，下一步今后19205年计划打算将要新的一年以来在领导取得实现了成效成绩仍还有差距和xy\n ";
        Random rnd = new Random(3);
        int found = 0;
        for (String regex : PATTERNS) {
            GatedPattern gated = new GatedPattern(Pattern.compile(regex));
            for (int round = 0; round < 3000; round++) {
                String text = randomText(rnd, alphabet, 6);
                boolean expected = Pattern.compile(regex).matcher(text).find();
                assertEquals(expected, gated.find(text), regex + " in " + text);
                assertEquals(Pattern.compile(regex).matcher(text).lookingAt(), gated.lookingAt(text));
                found += expected ? 1 : 0;
            }
        }
        assertTrue(found > 3000, "the random texts hold matches: " + found);
    }

    @Test
    void aFindLoopGivesTheMatchesOfMatcherFind() {
        String alphabet = "存在的主要问题不足。！，下一步2024年计划将新的以来取得成效和xy\n 十四五第个规划";
        Random rnd = new Random(5);
        int matches = 0;
        for (String regex : PATTERNS) {
            Pattern p = Pattern.compile(regex);
            GatedPattern gated = new GatedPattern(p);
            for (int round = 0; round < 2000; round++) {
                String text = randomText(rnd, alphabet, 4);
                List<String> expected = new ArrayList<>();
                Matcher m = p.matcher(text);
                while (m.find()) {
                    expected.add(m.start() + "-" + m.end());
                }
                List<String> actual = new ArrayList<>();
                Matcher g = gated.matcher(text);
                for (int from = 0; from <= text.length() && gated.find(g, text, from);
                        from = g.end() > g.start() ? g.end() : g.end() + 1) {
                    actual.add(g.start() + "-" + g.end());
                }
                assertEquals(expected, actual, regex + " in " + text);
                matches += expected.size();
            }
        }
        assertTrue(matches > 3000, "the random texts hold matches: " + matches);
    }

    /** Up to 39 pieces, each one of {@link #WORDS} (one time in {@code wordOneIn}) or a character of {@code alphabet}. */
    private static String randomText(Random rnd, String alphabet, int wordOneIn) {
        StringBuilder b = new StringBuilder();
        for (int i = rnd.nextInt(40); i > 0; i--) {
            if (rnd.nextInt(wordOneIn) == 0) {
                b.append(WORDS.get(rnd.nextInt(WORDS.size())));
            } else {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
        }
        return b.toString();
    }
}
