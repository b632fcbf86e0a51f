package io.github.gongwen.extract;

import io.github.gongwen.fact.Placeholder;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.WordSegmenter;
import io.github.gongwen.text.WordSegmenter.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds figures deleted from a sentence, which leave their unit behind: a unit with no number
 * ({@code 生产总值亿元，人均元}, {@code 13个村和个企业}, {@code 发展党员名}), a {@code %} with no
 * number ({@code 占总收入的 %}), a year deleted before 年 or 度 ({@code 乡镇年安全生产工作},
 * {@code 乡镇度工作总结}, {@code 一、年工作回顾}) and a date whose month and day were left blank
 * ({@code 2024年 月 日}); and a clause that opens with 的 because the name before it was deleted
 * ({@code ，的改革发展}).
 *
 * <p>A cheap scan finds a unit of {@code placeholder-units.txt} (or 年, 度) after a character that
 * is not a numeral and does not form a dictionary word with it; only then is the clause around it
 * segmented. The unit counts when the segmenter makes it a word of its own (so 个人, 名单, 户籍,
 * 元旦, 青年, 年度 never do) and the word before it cannot stand for the number: not a numeral,
 * a pronoun or a measure word (三个, 每名, 这家, 其中一项), nor an approximation before a unit
 * that is itself a number ({@code 近亿元}, {@code 超万元}), nor a verb before 个 (打个比方).
 */
final class MissingFigures {
    private static final String NUMERALS = "一二三四五六七八九十百千万亿〇零○两几半多数余";
    private static final String MASKS = "XxＸｘ×*＊_＿=＝□";
    /** Words that stand for an approximate number before a unit that starts with one (近亿元, 超万元). */
    private static final Set<String> APPROXIMATE = Set.of("近", "超", "过", "上", "逾", "破", "数", "约", "几", "多",
            "成", "达", "翻", "余", "上百", "上千", "数十", "数百", "数千", "近百", "近千");
    /** Words that take a number after them: 达户, 共有名, 和个企业. */
    private static final Set<String> COUNTING = Set.of("达", "达到", "共", "共有", "共计", "合计", "累计", "计",
            "为", "占", "和", "及", "与", "或", "新增", "增加", "减少", "发展", "完成", "实现", "投入", "超过",
            "突破", "约", "仅", "只", "均", "帮扶", "培训", "慰问", "建成", "新建", "举办", "开展", "组织");
    /** Verbs that give the figure of the quantity a unit names: 诊疗人次达到4218万人次. */
    private static final Set<String> QUANTITY_VERBS = Set.of("达", "达到", "为", "突破", "超过", "增长", "增加", "减少",
            "提高到", "下降到", "累计", "共计", "合计");
    /** Measure words that end a clause only after a number: 共发展党员名。 */
    private static final String CLAUSE_END_UNITS = "名个";

    /** Words after which a unit that is a number names a size class: 亿元以上, 万吨级. */
    private static final Set<String> SIZE_WORDS = Set.of("以上", "以下", "级", "左右", "规模", "量级");
    /** Word tags after which 年 or 度 may stand alone in a title: a noun, a particle, a conjunction. */
    private static final String YEAR_AFTER = "nuc";

    /** Two-character words, remembered: shared by all documents and threads. */
    private static final PairWords PAIRS = new PairWords();

    /** What the scan does at a character: nothing, or look for one of the following. */
    private static final byte NOTHING = 0;
    private static final byte PERCENT = 1;
    private static final byte YEAR = 2;
    private static final byte DE = 3;
    private static final byte MONTH = 4;
    private static final byte UNIT = 5;
    /** The longest word of {@link #COUNTING}. */
    private static final int COUNTING_MAX = COUNTING.stream().mapToInt(String::length).max().orElse(0);

    private final List<String> units;
    private final Set<String> strict = new java.util.HashSet<>();
    /** For each character, what the scan looks for there. */
    private final byte[] action = new byte[0x10000];
    /**
     * Bit {@code c} set where {@link #action} is not {@link #NOTHING}: the scan tests this bitmap
     * (8 KB, stays in the cache) and reads the table only at the few characters that act.
     */
    private final long[] acts = new long[1024];
    /** The units by their first character, longest first; {@code null} for a character no unit starts with. */
    private final String[][] byFirst = new String[0x10000][];

    MissingFigures(List<String> units) {
        List<String> sorted = new ArrayList<>();
        for (String line : units) {
            String u = line.strip();
            if (u.endsWith(" *")) {
                u = u.substring(0, u.length() - 2).strip();
                strict.add(u);
            }
            if (!u.isEmpty()) {
                sorted.add(u);
            }
        }
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.units = sorted;
        java.util.Map<Character, List<String>> starting = new java.util.LinkedHashMap<>();
        for (String u : sorted) {
            starting.computeIfAbsent(u.charAt(0), k -> new ArrayList<>()).add(u);
        }
        starting.forEach((c, list) -> {
            byFirst[c] = list.toArray(new String[0]);
            action[c] = UNIT;
        });
        // in the order the scan tests them: these take precedence over a unit starting with them
        action['的'] = DE;
        action['月'] = MONTH;
        action['年'] = YEAR;
        action['度'] = YEAR;
        action['%'] = PERCENT;
        action['％'] = PERCENT;
        for (int c = 0; c < action.length; c++) {
            if (action[c] != NOTHING) {
                acts[c >>> 6] |= 1L << c;
            }
        }
    }

    void find(Facts facts) {
        char[] c = facts.chars();
        SourceText src = facts.source();
        String t = src.text();
        byte[] action = this.action;
        long[] acts = this.acts;
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if ((acts[ch >>> 6] & 1L << ch) == 0) {
                continue;
            }
            byte a = action[ch];
            if (a == PERCENT) {
                percent(facts, t, i);
            } else if (a == YEAR) {
                year(facts, t, i);
            } else if (a == DE) {
                if (i > 0 && (c[i - 1] == '，' || c[i - 1] == ',' || c[i - 1] == '；')) {
                    clauseOpeningDe(facts, t, i);
                } else if (byFirst['的'] != null) {
                    unit(facts, t, i);
                }
            } else if (a == MONTH) {
                blankDate(facts, t, i);
            } else {
                unit(facts, t, i);
            }
        }
    }

    private void unit(Facts facts, String t, int i) {
        String unit = unitAt(t, i);
        if (unit == null || !candidate(t, i, unit) || unitLabel(t, i)) {
            return;
        }
        // 亩均效益, 户均增收: "per unit", no number needed
        if (i + unit.length() < t.length() && t.charAt(i + unit.length()) == '均') {
            return;
        }
        if (strict.contains(unit) && !mayCount(t, i, unit) || namesQuantity(t, i + unit.length())) {
            return;
        }
        List<Word> words = WordSegmenter.around(t, i, i + unit.length());
        Word w = WordSegmenter.wordAt(words, i);
        // the unit is a word of its own, or words of their own (万|多元)
        if (w == null || w.start() != i || (unit.length() == 1 ? !w.text().equals(unit)
                : !WordSegmenter.alignsWith(words, i, i + unit.length()))) {
            return;
        }
        Word before = previous(words, w);
        if (strict.contains(unit)) {
            // only after a word that takes a number (达户, 和个企业), or for 名 and 个 at the end of a
            // clause after a noun (共发展党员名。)
            boolean counting = before != null
                    && (COUNTING.contains(before.text()) || before.tag().equals("cc")
                            || (CLAUSE_END_UNITS.indexOf(unit) >= 0 && before.tag().startsWith("n")
                                    && w.tag().startsWith("q") && w.end() == i + unit.length()
                                    && next(words, w) == null && endsClause(t, i + unit.length())));
            if (!counting) {
                return;
            }
        } else if (before != null) {
            String tag = before.tag();
            if (tag.startsWith("m") || tag.startsWith("r") || tag.startsWith("q") || tag.startsWith("f")
                    || before.length() == 1 && !COUNTING.contains(before.text())
                    || NUMERALS.indexOf(before.text().charAt(before.length() - 1)) >= 0
                    || (NUMERALS.indexOf(unit.charAt(0)) >= 0 && APPROXIMATE.contains(before.text()))) {
                return;
            }
        }
        // 亿元以上项目, 亿元企业, 万元GDP, 万吨标准煤: a unit that is itself a number names a size class
        Word after = next(words, w);
        if (NUMERALS.indexOf(unit.charAt(0)) >= 0 && after != null
                && (after.tag().startsWith("n") || SIZE_WORDS.contains(after.text()))) {
            return;
        }
        add(facts, t, i, i + unit.length(), Placeholder.NUMBER);
    }

    /**
     * Whether the word before a strict unit at {@code i} may take a number, as {@link #unit}
     * demands after segmenting: a word of {@link #COUNTING} or a conjunction ends at {@code i}
     * inside the segmented window, or the unit is 名 or 个 ending a clause.
     */
    private static boolean mayCount(String t, int i, String unit) {
        int from = WordSegmenter.windowStart(t, i);
        if (from == i) {
            return false; // no word before the unit
        }
        if (CLAUSE_END_UNITS.indexOf(unit) >= 0 && endsClause(t, i + unit.length())) {
            return true;
        }
        for (int s = i - 1; s >= Math.max(from, i - COUNTING_MAX); s--) {
            if (COUNTING.contains(t.substring(s, i))) {
                return true;
            }
        }
        return WordSegmenter.dictionaryWordEndsWithTag(t, from, i, "cc");
    }

    /**
     * 总诊疗人次达到4218.6万人次: the unit is a noun naming the quantity, whose figure follows a
     * word that takes a number; no figure was deleted before it.
     */
    private static boolean namesQuantity(String t, int after) {
        for (int k = Math.min(3, t.length() - after - 1); k >= 1; k--) {
            if (QUANTITY_VERBS.contains(t.substring(after, after + k))) {
                char c = t.charAt(after + k);
                return Chars.isDigit(c) || NUMERALS.indexOf(c) >= 0 && c != '多' && c != '余' && c != '数';
            }
        }
        return false;
    }

    private void year(Facts facts, String t, int i) {
        if (!candidate(t, i, t.substring(i, i + 1))) {
            return;
        }
        // the segmented window must go on after 年, and 年 stand at a line start, in a title or after 了
        if (WordSegmenter.windowEnd(t, i + 1) == i + 1) {
            return;
        }
        boolean atLineStart = i == 0 || t.charAt(i - 1) == '\n';
        if (!atLineStart && !inTitle(t, i)
                && !WordSegmenter.dictionaryWordEndsWithTag(t, WordSegmenter.windowStart(t, i), i, "ule")) {
            return;
        }
        List<Word> words = WordSegmenter.around(t, i, i + 1);
        Word w = WordSegmenter.wordAt(words, i);
        if (w == null || w.start() != i || w.length() != 1 || next(words, w) == null) {
            return;
        }
        // 年 is also "annual" (工农业年总产值, 人口的年自然增长率, ，年应纳税所得额): only at a line
        // start, in a title, or after 了 (整理了年新农村建设总结)
        Word before = previous(words, w);
        boolean lineStart = i == 0 || t.charAt(i - 1) == '\n';
        boolean fits = before == null ? lineStart || inTitle(t, i)
                : before.tag().equals("ule") || (YEAR_AFTER.indexOf(before.tag().charAt(0)) >= 0 && inTitle(t, i));
        if (fits) {
            add(facts, t, i, i + 1, Placeholder.YEAR);
        }
    }

    private static boolean endsClause(String t, int i) {
        return i >= t.length() || Chars.isClauseBoundary(t.charAt(i)) || t.charAt(i) == '\n';
    }

    /** 单位：亿元、%: a table's or a figure's unit label, a list of units with no numbers by nature. */
    private static boolean unitLabel(String t, int i) {
        int from = Math.max(0, i - 12);
        int at = i;
        // the last 单位 starting from i back to i - 12 (a search of the whole text before is slow)
        while (at >= from && !(t.charAt(at) == '单' && at + 1 < t.length() && t.charAt(at + 1) == '位')) {
            at--;
        }
        if (at < from) {
            return false;
        }
        int lineEnd = t.indexOf('\n', at);
        return lineEnd < 0 || lineEnd > i;
    }

    /** Whether the line holding {@code i} reads as a title: short, with no comma or full stop. */
    private static boolean inTitle(String t, int i) {
        // from i outwards, stopping at the first comma or full stop or once the line is too long
        int length = 0;
        for (int k = i - 1; k >= 0 && t.charAt(k) != '\n'; k--) {
            if (++length > 60 || titleBreaker(t.charAt(k))) {
                return false;
            }
        }
        for (int k = i; k < t.length() && t.charAt(k) != '\n'; k++) {
            if (++length > 60 || titleBreaker(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean titleBreaker(char c) {
        return c == '，' || c == ',' || c == '。' || c == '；' || c == ';';
    }

    /**
     * ，的改革发展再次上升为国家战略: a clause that opens with the particle 的 lost the name before
     * it (not 的确, 的话, which the segmenter keeps whole).
     */
    private static void clauseOpeningDe(Facts facts, String t, int i) {
        List<Word> words = WordSegmenter.around(t, i, i + 1);
        Word w = WordSegmenter.wordAt(words, i);
        if (w != null && w.start() == i && w.text().equals("的") && next(words, w) != null) {
            add(facts, t, i, i + 1, Placeholder.NAME);
        }
    }

    /** 占总收入的 %, ，%；: a per cent sign with no number before it. */
    private static void percent(Facts facts, String t, int i) {
        int j = i - 1;
        while (j >= 0 && (t.charAt(j) == ' ' || t.charAt(j) == '\u3000')) {
            j--;
        }
        int prev = j >= 0 ? t.charAt(j) : '\n';
        // not after a colon or a bracket, nor alone on a line: 单位：%, 占比（%）, a table's header
        boolean opens = Chars.isHan(prev) || prev == ',' || prev == ';' || prev == '，' || prev == '；' || prev == '、';
        if (opens && NUMERALS.indexOf(prev) < 0 && MASKS.indexOf(prev) < 0 && !unitLabel(t, i)) {
            add(facts, t, i, i + 1, Placeholder.NUMBER);
        }
    }

    /** 2024年 月 日, 3月 日: a date with its month or day left blank. */
    private static void blankDate(Facts facts, String t, int i) {
        int b = i;
        while (b > 0 && isSpace(t.charAt(b - 1))) {
            b--;
        }
        boolean monthBlank = b < i && b > 0 && t.charAt(b - 1) == '年';
        int e = i + 1;
        while (e < t.length() && isSpace(t.charAt(e))) {
            e++;
        }
        if (e >= t.length() || t.charAt(e) != '日') {
            return;
        }
        if (monthBlank) {
            add(facts, t, b, e + 1, Placeholder.DATE);
        } else if (e > i + 1 && i > 0 && (Chars.isDigit(t.charAt(i - 1)) || NUMERALS.indexOf(t.charAt(i - 1)) >= 0)) {
            add(facts, t, i + 1, e + 1, Placeholder.DATE);
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000';
    }

    /**
     * Whether the unit at {@code i} may lack its number: it follows a Han character or a clause
     * boundary (not a numeral, a mask or a Latin letter), and neither the character before it nor,
     * for a one-character unit, the one after it forms a dictionary word with it.
     */
    private static boolean candidate(String t, int i, String unit) {
        int prev = i > 0 ? t.charAt(i - 1) : '\n';
        if (prev == '\n' || prev == '\r') {
            // a figure broken over two lines: 2024\n年
            int j = i - 1;
            while (j >= 0 && (t.charAt(j) == '\n' || t.charAt(j) == '\r' || isSpace(t.charAt(j)))) {
                j--;
            }
            return j < 0 || !(Chars.isDigit(t.charAt(j)) || NUMERALS.indexOf(t.charAt(j)) >= 0);
        }
        if (!(Chars.isHan(prev) || Chars.isClauseBoundary(prev)) || NUMERALS.indexOf(prev) >= 0
                || MASKS.indexOf(prev) >= 0 || Chars.isDigit(prev)) {
            return false;
        }
        if (Chars.isHan(prev) && PAIRS.endsWord((char) prev, unit.charAt(0))) {
            return false;
        }
        int after = i + unit.length();
        return unit.length() > 1 || after >= t.length() || !PAIRS.startsWord(unit.charAt(0), t.charAt(after));
    }

    private String unitAt(String t, int i) {
        for (String u : byFirst[t.charAt(i)]) {
            if (t.startsWith(u, i)) {
                return u;
            }
        }
        return null;
    }

    private static Word previous(List<Word> words, Word w) {
        int k = words.indexOf(w);
        return k > 0 ? words.get(k - 1) : null;
    }

    private static Word next(List<Word> words, Word w) {
        int k = words.indexOf(w);
        return k + 1 < words.size() ? words.get(k + 1) : null;
    }

    private static void add(Facts facts, String t, int s, int e, String kind) {
        facts.add(new Placeholder(t.substring(s, e), s, e, facts.source().lines().line(s), kind));
    }
}
