package io.github.gongwen.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the years reports write: {@code 2023}, full-width {@code ２０２３}, spaced {@code 1 9 9 8}
 * (old typesetting) and Chinese {@code 一九五八}, {@code 二〇二三}. A year counts only when
 * {@code 年} follows it.
 */
public final class Years {
    private static final String CN = "〇○零一二三四五六七八九";
    /** A year before 年, in group 1 (Arabic) or group 2 (Chinese). */
    public static final String REGEX = "(?:(?<![0-9０-９.．])([12１２](?: ?[0-9０-９]){3})(?![0-9０-９])"
            + "|(?<![" + CN + "十百])([一二][" + CN + "]{3}))(?= ?年)";
    private static final Pattern YEAR = Pattern.compile(REGEX);

    private Years() {
    }

    /** The year of a match of {@link #REGEX} (groups {@code g} and {@code g + 1}), or -1. */
    public static int value(Matcher m, int g) {
        String s = m.group(g) != null ? m.group(g) : m.group(g + 1);
        return s == null ? -1 : parse(s);
    }

    /** The first year written in {@code s}, or -1. */
    public static int first(String s) {
        Matcher m = YEAR.matcher(s);
        return m.find() ? value(m, 1) : -1;
    }

    /** The value of four year digits in any of the forms above; -1 when out of 1900–2099. */
    public static int parse(String s) {
        int v = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= '０' && c <= '９') {
                d = c - '０';
            } else if (CN.indexOf(c) >= 0) {
                d = Math.max(0, CN.indexOf(c) - 2);
            } else {
                continue;
            }
            v = v * 10 + d;
            digits++;
        }
        return digits == 4 && v >= 1900 && v <= 2099 ? v : -1;
    }
}
