package io.github.gongwen.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a paragraph's congress dates it to: carrying out a congress's spirit (贯彻党的十九大精神)
 * dates a report to the five years after the congress (十九大: 2017–2022); a congress about to
 * open or recalled (十九大召开, 十九大以来) does not. Used by {@link YearEvidence}.
 */
final class CongressYears {
    /** Carrying out a congress's spirit dates a report to the five years after it. */
    private static final Pattern CONGRESS = Pattern.compile("(?:学习|贯彻|落实|领会|以)[^，。；]{0,8}?(?:党的)?(十[五六七八九]|二十)大"
            + "(?![^，。；]{0,4}(?:召开|以来|之前|前夕))");
    private static final List<String> CONGRESSES = List.of("十五", "十六", "十七", "十八", "十九", "二十");
    private static final int FIRST_CONGRESS_YEAR = 1997;

    private CongressYears() {
    }

    /**
     * The first congress whose spirit paragraph {@code t} carries out, as evidence of its years, or
     * {@code null}; the paragraph's text is {@code chars[from, from + t.length())}.
     */
    static YearEvidence.Evidence find(String t, char[] chars, int from) {
        // scanned as an array, which C1 reads faster
        for (int j = from + 2, end = from + t.length(); j < end; j++) {
            if (chars[j] != '大') {
                continue;
            }
            char c1 = chars[j - 1];
            if (c1 != '五' && c1 != '六' && c1 != '七' && c1 != '八' && c1 != '九' && c1 != '十') {
                continue; // no ordinal of CONGRESSES ends there: 大 of 重大, 扩大 and the like
            }
            int i = j - from;
            int k = congressAt(t, i - 2);
            if (k < 0) {
                continue;
            }
            Matcher c = CONGRESS.matcher(t).region(Math.max(0, i - 16), Math.min(t.length(), i + 8))
                    .useTransparentBounds(true);
            while (c.find()) {
                if (c.end() == i + 1) {
                    int y = FIRST_CONGRESS_YEAR + 5 * k;
                    return new YearEvidence.Evidence(y, y + 5, "贯彻党的" + c.group(1) + "大精神", null);
                }
            }
        }
        return null;
    }

    /** The index in {@link #CONGRESSES} of the ordinal at {@code i} (十九), or -1. */
    private static int congressAt(String t, int i) {
        for (int k = 0; k < CONGRESSES.size(); k++) {
            if (t.startsWith(CONGRESSES.get(k), i)) {
                return k;
            }
        }
        return -1;
    }
}
