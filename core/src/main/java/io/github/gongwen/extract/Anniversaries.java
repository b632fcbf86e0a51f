package io.github.gongwen.extract;

import io.github.gongwen.fact.Anniversary;
import io.github.gongwen.fact.ChineseNumber;
import io.github.gongwen.fact.Document;
import io.github.gongwen.fact.Part;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The anniversaries a sentence names ({@code anniversaries.txt}: 建党100周年, 新中国成立七十周年,
 * 百年华诞), each with the years its sentence speaks of ({@link YearAnchor}). An anniversary
 * followed by the meeting that celebrated it or by time since it (…大会, …讲话, …以来) is not
 * dated. Used by {@link YearScanner}.
 */
final class Anniversaries {
    private static final String NUM = "(?<n>[0-9０-９]{1,3}|[一二三四五六七八九十百零〇两]{1,5})";
    /** After an anniversary: a speech given at its celebration, or time since it. */
    private static final Pattern REFERENCE = Pattern.compile("^[^，。；]{0,6}(?:大会|纪念会|座谈会|讲话|之后|以来|前夕讲话|系列高级别会议)");
    private static final Pattern LOOKING_FORWARD = Pattern.compile("迎接|喜迎|迎来|献礼|即将|筹备|前夕");
    /** The first characters of the pairs {@link #next} looks for: 周年, 华诞, 百年 (rarer than 年). */
    private static final long[] FIRST = CharBits.of("周华百");

    /** {@code group}: the number of the group {@code n} (the data entry may hold groups of its own). */
    private record Event(String regex, int group, int base, String name) {
    }

    private final List<Event> events = new ArrayList<>();
    /** The patterns of the events searched in one pass ({@code null} for none). */
    private final PatternSet eventSet;

    /** {@code table}: the rows of {@code anniversaries.txt} (pattern, base year, name or empty). */
    Anniversaries(List<String[]> table) {
        for (String[] r : table) {
            String p = "(?:" + r[0] + ")(?:的)?\\s*(?:" + NUM + "\\s*(?:周年|年华诞)|百年华诞|百年(?![来以奋未大]))";
            int group = Patterns.check(r[0]).matcher("").groupCount() + 1;
            events.add(new Event(p, group, Integer.parseInt(r[1]), r[2].isEmpty() ? r[0] : r[2]));
        }
        eventSet = PatternSet.of(events.stream().map(Event::regex).toList());
    }

    /**
     * The first place in {@code s[from, to)} where an anniversary may be named, or {@code to}: every
     * anniversary pattern ends in …周年, …华诞 or 百年…; the place is that of the pair.
     */
    static int next(char[] s, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            char c = s[i];
            if ((FIRST[c >>> 6] & 1L << c) == 0) { // one bitmap test for most characters
                continue;
            }
            char d = s[i + 1];
            if (c == '周' && d == '年' || c == '华' && d == '诞' || c == '百' && d == '年') {
                return i;
            }
        }
        return to;
    }

    /** The anniversaries of sentence {@code s}, which starts at {@code at} of the document. */
    void find(Facts facts, Document doc, SourceText src, String s, int at, Part part) {
        List<List<MatchResult>> eventMatches = eventSet != null ? eventSet.each(s) : List.of();
        for (int k = 0; k < eventMatches.size(); k++) {
            List<MatchResult> ms = eventMatches.get(k);
            if (ms.isEmpty()) {
                continue;
            }
            Event ev = events.get(k);
            for (MatchResult m : ms) {
                int n = m.group(ev.group()) != null ? count(m.group(ev.group())) : 100;
                if (n <= 0 || REFERENCE.matcher(s.substring(m.end())).find()) {
                    continue;
                }
                YearAnchor a = YearAnchor.of(doc, s, m.start(), part);
                boolean future = LOOKING_FORWARD.matcher(s.substring(Math.max(0, m.start() - 12), m.start())).find();
                facts.add(new Anniversary(m.group(), at + m.start(), at + m.end(), src.lines().line(at + m.start()),
                        a.words(), a.from(), a.to(), a.relative(), part == null ? null : part.getKind(), ev.name(), n,
                        ev.base(), future));
            }
        }
    }

    /** 70, ７０, 七十, 一百, 一百一十 → the number; -1 when not a number. */
    static int count(String s) {
        int y = 0;
        boolean arabic = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                y = y * 10 + c - '0';
            } else if (c >= '０' && c <= '９') {
                y = y * 10 + c - '０';
            } else {
                arabic = false;
            }
        }
        if (arabic) {
            return y;
        }
        int hundreds = 0;
        String rest = s;
        int h = s.indexOf('百');
        if (h >= 0) {
            String head = s.substring(0, h);
            hundreds = head.isEmpty() || head.equals("一") ? 1 : head.equals("两") ? 2 : -1;
            rest = s.substring(h + 1);
            if (rest.startsWith("零") || rest.startsWith("〇")) {
                rest = rest.substring(1);
            }
            if (hundreds < 0) {
                return -1;
            }
            if (rest.isEmpty()) {
                return hundreds * 100;
            }
            if (rest.length() == 1 && "一二三四五六七八九".indexOf(rest.charAt(0)) >= 0 && !s.contains("零")) {
                // 一百一 is 110 in speech, but reports write 一百一十
                return -1;
            }
            if (rest.startsWith("十")) {
                rest = "一" + rest;
            }
        }
        int tens = ChineseNumber.parse(rest.startsWith("一十") ? rest.substring(1) : rest);
        return tens < 0 ? -1 : hundreds * 100 + tens;
    }
}
