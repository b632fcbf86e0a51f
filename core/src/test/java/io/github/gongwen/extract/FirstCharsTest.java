package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirstCharsTest {
    @Test
    void firstCharactersOfTheSyntaxDataFilesUse() {
        assertEquals(set("#"), FirstChars.of("##paid(?:begin|end)##"));
        assertEquals(set("点请需下"), FirstChars.of("(?:点击|请|需)?下载"));
        assertEquals(set("○〇"), FirstChars.of("(?<![一二])[○〇]{2,}(?![年])"));
        assertEquals(set(" \tP"), FirstChars.of("(?m:^[ \\t]*Public domain[ \\t]*$)"));
        assertEquals(set("0123456789第"), FirstChars.of("\\d*第|[0-9]+页"));
        assertEquals(set("ab"), FirstChars.of("(?:a|b{1,3})c?"));
        assertEquals(set("."), FirstChars.of("\\.\\w"));
        assertEquals(set("关搜"), FirstChars.of("(?:关注|搜索)[^。，\\n]{0,12}(?:微信)?公众号"));
        assertEquals(set("a"), FirstChars.of("a\\p{L}[^b][c[d]]\\S(.)\\1"));
        assertEquals(set("“十第"), FirstChars.of("(?<![一二])(?:“\\Q十四五\\E”|\\Q十四五\\E(?=规划)|\\Q第十四个五年\\E规划)"));
        assertEquals(set("十四五"), FirstChars.start("\\Q十四五\\E|“\\Q十四五\\E”").required());
    }

    @Test
    void anythingNotUnderstoodOrEmptyIsAnyCharacter() {
        assertNull(FirstChars.of("a*"));
        assertNull(FirstChars.of("(?:a|)"));
        assertNull(FirstChars.of("\\p{L}x"));
        assertNull(FirstChars.of("[^a]b"));
        assertNull(FirstChars.of("(?i)x"));
        assertNull(FirstChars.of(".b"));
        assertNull(FirstChars.of("\\Sa"));
        assertNull(FirstChars.of("[a&&b]"));
        assertNull(FirstChars.of("\\Qab\\E*c")); // the quantifier takes b alone
    }

    @Test
    void alternativesOpeningWithTheInputStartDoNotCountElsewhere() {
        assertEquals(set("。！？"), FirstChars.afterStart("(?:^|[。！？])[^。]{0,20}(?:问题)"));
        assertEquals(set("取实"), FirstChars.afterStart("^(?:一年来|[^。，]{0,6}以来)|(?:取得|实现)了?"));
        assertEquals(set("问不"), FirstChars.afterStart("^主要$|问题|不足"));
        assertNull(FirstChars.afterStart("[^。]{0,20}问题"));
        assertNull(FirstChars.afterStart("问题|x*"));
        assertNull(FirstChars.afterStart("(?m:^问题)")); // ^ after every line break
        // FirstChars.of counts ^ as empty, so the match may open with whatever follows it
        assertNull(FirstChars.of("(?:^|[。！？])[^。]{0,20}问题"));
    }

    @Test
    void secondUnitsAndOneUnitMatches() {
        FirstChars.Start s = FirstChars.start("(?:百度|豆丁)?文库");
        assertEquals(set("百豆文"), s.first());
        assertEquals(set("度丁库"), s.second());
        assertFalse(s.single());
        s = FirstChars.start("[（(]?\\s*精选");
        assertEquals(set("（( \t\n\u000B\f\r精"), s.first());
        assertEquals(set(" \t\n\u000B\f\r精选"), s.second());
        s = FirstChars.start("[0-9]{2}年|某+");
        assertEquals(set("0123456789某"), s.second()); // [0-9]{2} is two units: 年 comes third
        assertTrue(s.single()); // 某
        assertFalse(FirstChars.start("[0-9]{2,4}").single());
        assertTrue(FirstChars.start("a(?=b)").single());
        assertNull(FirstChars.start("a.").second()); // any unit may follow
        assertNull(FirstChars.start("a[^。]").second());
        assertEquals(set("b"), FirstChars.start("ab.").second());
        assertNull(FirstChars.start("\\p{L}a"));
        assertNull(FirstChars.start("a?"));
    }

    /** On random texts, every match opens as {@link FirstChars#start} says. */
    @Test
    void startHoldsForEveryMatch() {
        List<String> patterns = List.of("(?:百度|豆丁)?文库", "[（(]?\\s*(?:精选|通用)\\s*[0-9]+\\s*篇", "[0-9]{2}年|某+",
                "(?:第一|精品)范文网?|范文(?:网|大全)", "(?<![一二])[○〇]{2,}(?![年])", "a(?=b)|ab*c?", "(?:x|y?z)*w",
                "(?m:^[ \\t　]*篇[一二0-9]+[：:])", "\\d{1,2}[:：]\\d", "(?:ab|a)(?:c|)d?",
                "(?<![一二])(?:“\\Q十四五\\E”|\\Q十四五\\E(?![五个年])(?=规划|的)|\\Q第十四个五年\\E(?:规划|计划))");
        String alphabet = "百度豆丁文库（(精选通用 \t\n篇0123456789年某第一品范网大全○〇二abcdwxyz：:　十四五个规划计的“”";
        Random rnd = new Random(11);
        int checked = 0;
        for (String regex : patterns) {
            FirstChars.Start start = FirstChars.start(regex);
            Pattern p = Pattern.compile(regex);
            for (int round = 0; round < 2000; round++) {
                StringBuilder b = new StringBuilder();
                for (int i = rnd.nextInt(30); i > 0; i--) {
                    b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
                String text = b.toString();
                Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                for (int i = 0; i < text.length(); i++) {
                    m.region(i, text.length());
                    if (!m.lookingAt() || m.end() == i) {
                        continue;
                    }
                    String what = regex + " matching " + text.substring(i, m.end());
                    assertTrue(start.first().get(text.charAt(i)), what);
                    String match = text.substring(i, m.end());
                    start.required().stream().forEach(c -> assertTrue(match.indexOf(c) >= 0, what + " lacks " + (char) c));
                    if (m.end() - i == 1) {
                        assertTrue(start.single(), what);
                    } else if (start.second() != null) {
                        assertTrue(start.second().get(text.charAt(i + 1)), what);
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 2000, "the random texts hold matches: " + checked);
    }

    @Test
    void unitsEveryMatchHolds() {
        assertEquals(set("页珍藏版"), FirstChars.start("[0-9]+\\s*页珍藏版").required());
        assertEquals(set("此处隐藏字"), FirstChars.start("此处隐藏\\s*[0-9]+\\s*字").required());
        // in every alternative, once at least, and not in the optional or zero-width parts
        assertEquals(set("下载后"), FirstChars.start("(?:点击|请|需)?下载(?:后|文档后)(?:查看|阅读)").required());
        assertEquals(set("篇"), FirstChars.start("[（(【]?\\s*(?:精选|通用)\\s*[0-9]+\\s*篇\\s*[）)】]?").required());
        assertEquals(set("ac"), FirstChars.start("(?:ab|ca)+c(?=d)(?:e)?f{0}").required());
        assertEquals(set(""), FirstChars.start("a*b|c").required());
        assertEquals(set("a"), FirstChars.start("a[^b]{0,3}").required());
    }

    private static BitSet set(String chars) {
        BitSet s = new BitSet();
        chars.chars().forEach(s::set);
        return s;
    }
}
