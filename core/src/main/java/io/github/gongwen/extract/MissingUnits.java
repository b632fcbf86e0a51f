package io.github.gongwen.extract;

import static io.github.gongwen.extract.FigureContext.NUMERALS;
import static io.github.gongwen.extract.FigureContext.add;
import static io.github.gongwen.extract.FigureContext.candidate;
import static io.github.gongwen.extract.FigureContext.endsClause;
import static io.github.gongwen.extract.FigureContext.next;
import static io.github.gongwen.extract.FigureContext.previous;
import static io.github.gongwen.extract.FigureContext.unitLabel;

import io.github.gongwen.fact.Placeholder;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.WordSegmenter;
import io.github.gongwen.text.WordSegmenter.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Units left behind by a deleted figure ({@code placeholder-units.txt}: 生产总值亿元, 13个村和个企业,
 * 发展党员名). The unit counts when the segmenter makes it a word of its own and the word before it
 * cannot stand for the number: not a numeral, a pronoun or a measure word (三个, 每名, 这家), nor an
 * approximation before a unit that is itself a number (近亿元, 超万元). A strict unit (marked
 * {@code *}: 个, 名, 户) counts only after a word that takes a number (达户, 和个企业) or ending a
 * clause after a noun. Used by {@link MissingFigures}.
 */
final class MissingUnits {
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

    /** The longest word of {@link #COUNTING}. */
    private static final int COUNTING_MAX = COUNTING.stream().mapToInt(String::length).max().orElse(0);

    private final Set<String> strict = new HashSet<>();
    /** The units by their first character, longest first; {@code null} for a character no unit starts with. */
    private final String[][] byFirst = new String[0x10000][];

    /** {@code lines}: the lines of {@code placeholder-units.txt}, a strict unit marked {@code " *"}. */
    MissingUnits(List<String> lines) {
        List<String> sorted = new ArrayList<>();
        for (String line : lines) {
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
        Map<Character, List<String>> starting = new LinkedHashMap<>();
        for (String u : sorted) {
            starting.computeIfAbsent(u.charAt(0), k -> new ArrayList<>()).add(u);
        }
        starting.forEach((c, list) -> byFirst[c] = list.toArray(new String[0]));
    }

    /** The characters some unit starts with. */
    Set<Character> firstChars() {
        Set<Character> out = new HashSet<>();
        for (int c = 0; c < byFirst.length; c++) {
            if (byFirst[c] != null) {
                out.add((char) c);
            }
        }
        return out;
    }

    /** Whether some unit starts with {@code c}. */
    boolean startWith(char c) {
        return byFirst[c] != null;
    }

    /** A unit with no number at {@code i} of the text {@code t}, if one starts there. */
    void find(Facts facts, String t, int i) {
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

    private String unitAt(String t, int i) {
        for (String u : byFirst[t.charAt(i)]) {
            if (t.startsWith(u, i)) {
                return u;
            }
        }
        return null;
    }
}
