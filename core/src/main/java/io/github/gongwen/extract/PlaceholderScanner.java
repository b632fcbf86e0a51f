package io.github.gongwen.extract;

import io.github.gongwen.fact.Placeholder;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds template filler ({@code XX镇}, {@code 增长X%}, {@code *名}, {@code ==亿元}, {@code ○○})
 * left in Chinese text. The filler patterns come from {@code placeholders.txt}; a match counts
 * only in Chinese context and never as part of a Latin word or number ({@code GDP},
 * {@code x86}, {@code Windows XP}, {@code 3×4}), nor inside a word of
 * {@code placeholder-exceptions.txt} ({@code X光}, {@code X射线}). One fact per run.
 */
public final class PlaceholderScanner implements Extractor {
    @Override public Set<Class<?>> produces() { return Set.of(Placeholder.class); }

    public static final String PATTERNS = "placeholders.txt";
    public static final String EXCEPTIONS = "placeholder-exceptions.txt";
    public static final String UNITS = "placeholder-units.txt";

    private final PatternSet pattern;
    private final List<String> exceptions;
    private final MissingFigures missing;

    public PlaceholderScanner(Lexicon lexicon) {
        this.pattern = PatternSet.of(lexicon.lines(PATTERNS));
        this.exceptions = lexicon.lines(EXCEPTIONS);
        this.missing = new MissingFigures(lexicon.lines(UNITS));
    }

    @Override
    public void extract(Facts facts) {
        missing.find(facts);
        if (pattern == null) {
            return;
        }
        SourceText src = facts.source();
        String t = src.text();
        boolean markdown = src.isMarkdown();
        PatternSet.Finder m = pattern.finder(t, facts.chars());
        List<Placeholder> rules = new ArrayList<>();
        boolean starMask = false;
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (s == e || (!delimited(t, s, e) && !inChineseContext(t, s, e)) || isException(t, s, e)) {
                continue;
            }
            if (ProgrammeNames.contains(t, s, e) || isTitleSeparator(t, s, e)) {
                continue;
            }
            char first = t.charAt(s);
            boolean star = first == '*' || first == '＊';
            if (isRule(t, s, e)) {
                if (star && !markdown) {
                    rules.add(new Placeholder(t.substring(s, e), s, e, src.lines().line(s)));
                }
                continue;
            }
            if (star || first == '_' || first == '＿') {
                if ((star && isBullet(t, s, e)) || (markdown && isEmphasis(t, s, e))) {
                    continue;
                }
            }
            starMask |= star;
            facts.add(new Placeholder(t.substring(s, e), s, e, src.lines().line(s)));
        }
        // A line of only *** is a separator, unless the document masks with * elsewhere: then it is
        // a masked name (a speaker's name under the title).
        if (starMask) {
            rules.forEach(facts::add);
        }
    }

    /**
     * Whether a match explains itself whatever surrounds it: a bracketed instruction such as
     * {@code 【单位名称】}, a template variable, or anything with Chinese in it ({@code 某某}).
     * Bare filler symbols ({@code X}, {@code *}) count only in Chinese context.
     */
    static boolean delimited(String t, int s, int e) {
        char first = t.charAt(s);
        if ("【（([［{$〔".indexOf(first) >= 0) {
            return true;
        }
        for (int i = s; i < e; i++) {
            if (Chars.isHan(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean inChineseContext(String t, int s, int e) {
        int prev = s > 0 ? t.codePointBefore(s) : '\n';
        int next = e < t.length() ? t.codePointAt(e) : '\n';
        if (Chars.isLatinLetter(prev) || Chars.isLatinLetter(next)) {
            // a masked user name: l***, z**
            return (t.charAt(s) == '*' && e - s >= 3 && !Chars.isLatinLetter(next) && !Chars.isDigit(next)
                    && s >= 2 && !Chars.isLatinLetter(t.codePointBefore(s - 1)));
        }
        // x86, X5: a placeholder is not followed by digits (but 20XX年 is one)
        if (Chars.isDigit(next)) {
            return false;
        }
        // A Latin word followed by a space: "iPhone X"
        if (prev == ' ' && s >= 2 && Chars.isAsciiLetter(t.codePointBefore(s - 1))) {
            return false;
        }
        // XX 镇, 镇长 XX: one space between the filler and the Chinese text
        if (isSpace(prev) && s >= 2 && Chars.isHan(t.codePointBefore(s - 1))) {
            prev = t.codePointBefore(s - 1);
        }
        if (isSpace(next) && e + 1 < t.length() && Chars.isHan(t.codePointAt(e + 1))) {
            next = t.codePointAt(e + 1);
        }
        boolean prevChinese = chinese(prev);
        boolean nextChinese = chinese(next);
        if (Chars.isDigit(prev) && !nextChinese) {
            return false;
        }
        boolean prevEdge = prev == '\n';
        boolean nextEdge = next == '\n';
        return prevChinese || nextChinese || (prevEdge && nextEdge);
    }

    /** What a short blank stands for: a count, a unit, a year, a place ({@code _个}, {@code __年}, {@code _县}). */
    private static final String BLANK_BEFORE = "个名人户家项年月日亩元万亿千百余岁次期条所座处件平公吨%％乡镇县村区市省届";

    /**
     * A lone {@code _} or {@code __} between Han characters that is not followed by a count, a unit
     * or a place word joins the parts of a web page's title ({@code 标题_网站名}); it is no blank.
     */
    private static boolean isTitleSeparator(String t, int s, int e) {
        char c = t.charAt(s);
        if ((c != '_' && c != '＿') || e - s > 2 || s == 0 || e >= t.length()) {
            return false;
        }
        return Chars.isHan(t.charAt(s - 1)) && Chars.isHan(t.charAt(e)) && BLANK_BEFORE.indexOf(t.charAt(e)) < 0;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\u3000';
    }

    private static boolean chinese(int c) {
        return Chars.isChinese(c) || c == '%' || c == '％';
    }

    private boolean isException(String t, int s, int e) {
        for (String w : exceptions) {
            for (int at = Math.max(0, e - w.length()); at <= s; at++) {
                if (startsWithFolded(t, w, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code t.startsWith(w, at)}, a full-width Latin letter or digit matching its ASCII form (Ｘ射线). */
    private static boolean startsWithFolded(String t, String w, int at) {
        if (at + w.length() > t.length()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            char c = t.charAt(at + k);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (c != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A line of only {@code ___}, {@code ***} or {@code ===} is a separator (a Markdown rule), not a blank. */
    private static boolean isRule(String t, int s, int e) {
        if ("_＿*＊=＝".indexOf(t.charAt(s)) < 0) {
            return false;
        }
        int lineStart = t.lastIndexOf('\n', s - 1) + 1;
        int lineEnd = t.indexOf('\n', e);
        return t.substring(lineStart, lineEnd < 0 ? t.length() : lineEnd).strip().equals(t.substring(s, e));
    }

    /** A {@code *} that opens a line and is followed by a space is a list bullet. */
    private static boolean isBullet(String t, int s, int e) {
        int i = s - 1;
        while (i >= 0 && t.charAt(i) != '\n' && Chars.isBlank(t.charAt(i))) {
            i--;
        }
        return (i < 0 || t.charAt(i) == '\n') && e < t.length() && Chars.isBlank(t.charAt(e));
    }

    /** In Markdown, a {@code *}/{@code **} with a partner of the same length on its line is emphasis. */
    private static boolean isEmphasis(String t, int s, int e) {
        String run = t.substring(s, e);
        int lineStart = t.lastIndexOf('\n', s - 1) + 1;
        int lineEnd = t.indexOf('\n', e);
        String line = t.substring(lineStart, lineEnd < 0 ? t.length() : lineEnd);
        int count = 0;
        for (int i = line.indexOf(run); i >= 0; i = line.indexOf(run, i + run.length())) {
            count++;
        }
        return count >= 2;
    }
}
