package io.github.gongwen.extract;

import io.github.gongwen.fact.Document;
import io.github.gongwen.fact.Part;
import io.github.gongwen.fact.PartKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a place in a sentence speaks of, and the words that say so: the last time word before
 * it (今年, 明年, 过去一年, a template's 20xx年是…; an explicit year only at the start of a clause,
 * as subject), else the part the sentence stands in. {@code relative}: said by a word relative to
 * the report's year or by the part; {@code byPart}: no word of the sentence says it.
 */
record YearAnchor(String words, Integer from, Integer to, boolean relative, boolean byPart) {
    /** Time words; group 1/2 an explicit year. */
    private static final Pattern TIME = Pattern.compile(Years.REGEX + " ?年(?:度)?"
            + "|(?<![0-9A-Za-z])(?:19|20)?[xX]{2}年(?=是|[，,])|今年|本年度|明年|来年|去年|前年|过去(?:的)?一年|一年来|这一年|新的一年");
    /**
     * More than the longest match of {@link #TIME}, which is 10 characters ({@code 2 0 2 4 年度}:
     * four digits with a space between each and before 年度). Every match holds a 年; see {@link #of}.
     */
    private static final int TIME_MAX = 32;
    private static final String CLAUSE_START = "，；：,;:、　 \t“";
    private static final Pattern EXPLICIT_FOLLOW = Pattern.compile("\\s*(?:是|也是|又是|将是|既是|恰逢|正值|适逢|，|,|我们|全[国省市县区镇乡])");

    /**
     * The years the words before {@code pos} in sentence {@code s} speak of: the last time word
     * before it (an explicit year only at the start of a clause, as subject), else the part.
     */
    static YearAnchor of(Document doc, String s, int pos, Part part) {
        // Only matches ending by pos count, and the loop stops at the first one that ends later.
        // Every match holds a 年 and is shorter than TIME_MAX, so the search can start TIME_MAX
        // before the first 年 (none before pos: no match) and stop TIME_MAX after pos, keeping every
        // match that counts whole. Transparent bounds: the lookarounds still see past the region.
        int nian = s.indexOf('年');
        YearAnchor found = null;
        Matcher m = TIME.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        if (nian >= 0 && nian < pos) {
            m.region(Math.max(0, nian - TIME_MAX), Math.min(s.length(), pos + TIME_MAX));
        } else {
            m.region(0, 0);
        }
        while (m.find() && m.end() <= pos) {
            int y = Years.value(m, 1);
            char before = m.start() == 0 ? '，' : s.charAt(m.start() - 1);
            if (y > 0) {
                if (CLAUSE_START.indexOf(before) >= 0 && EXPLICIT_FOLLOW.matcher(s).region(m.end(), s.length()).lookingAt()) {
                    found = new YearAnchor(m.group(), y, y, false, false);
                }
                continue;
            }
            if ("比较同与至到".indexOf(before) >= 0) {
                continue;
            }
            found = relative(doc, m.group(), part);
        }
        if (found != null) {
            return found;
        }
        if (part == null) {
            return new YearAnchor(null, null, null, false, true);
        }
        return new YearAnchor(part.getKind().getChineseName() + "部分", part.getYearFrom(), part.getYearTo(), true, true);
    }

    private static YearAnchor relative(Document doc, String word, Part part) {
        int[] r;
        int[] cur = YearContext.current(doc);
        switch (word) {
            case "今年", "本年度", "这一年" -> r = cur;
            case "明年", "来年" -> r = shift(cur, 1);
            case "去年" -> r = shift(cur, -1);
            case "前年" -> r = shift(cur, -2);
            case "新的一年" -> r = YearContext.part(doc, PartKind.PLAN, null);
            case "20xx年", "20XX年", "xx年", "XX年" -> r = cur; // a template's year slot: the report's year
            default -> r = YearContext.part(doc, PartKind.REVIEW, null);
        }
        return r == null ? new YearAnchor(word, null, null, true, false) : new YearAnchor(word, r[0], r[1], true, false);
    }

    private static int[] shift(int[] r, int by) {
        return r == null ? null : new int[] {r[0] + by, r[1] + by};
    }
}
