package io.github.gongwen.extract;

import static io.github.gongwen.extract.FigureContext.MASKS;
import static io.github.gongwen.extract.FigureContext.NUMERALS;
import static io.github.gongwen.extract.FigureContext.add;
import static io.github.gongwen.extract.FigureContext.candidate;
import static io.github.gongwen.extract.FigureContext.inTitle;
import static io.github.gongwen.extract.FigureContext.isSpace;
import static io.github.gongwen.extract.FigureContext.next;
import static io.github.gongwen.extract.FigureContext.previous;
import static io.github.gongwen.extract.FigureContext.unitLabel;

import io.github.gongwen.fact.Placeholder;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.WordSegmenter;
import io.github.gongwen.text.WordSegmenter.Word;
import java.util.List;

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
 * The units are weighed by {@link MissingUnits}, the surroundings read by {@link FigureContext}.
 */
final class MissingFigures {
    /** Word tags after which 年 or 度 may stand alone in a title: a noun, a particle, a conjunction. */
    private static final String YEAR_AFTER = "nuc";

    /** What the scan does at a character: nothing, or look for one of the following. */
    private static final byte NOTHING = 0;
    private static final byte PERCENT = 1;
    private static final byte YEAR = 2;
    private static final byte DE = 3;
    private static final byte MONTH = 4;
    private static final byte UNIT = 5;

    private final MissingUnits units;
    /** For each character, what the scan looks for there. */
    private final byte[] action = new byte[0x10000];
    /**
     * Bit {@code c} set where {@link #action} is not {@link #NOTHING}: the scan tests this bitmap
     * (8 KB, stays in the cache) and reads the table only at the few characters that act.
     */
    private final long[] acts = new long[1024];

    MissingFigures(List<String> units) {
        this.units = new MissingUnits(units);
        for (char c : this.units.firstChars()) {
            action[c] = UNIT;
        }
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
                } else if (units.startWith('的')) {
                    units.find(facts, t, i);
                }
            } else if (a == MONTH) {
                blankDate(facts, t, i);
            } else {
                units.find(facts, t, i);
            }
        }
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
}
