package io.github.gongwen.extract;

import java.util.regex.Pattern;

/**
 * A step of the outline parser: the lines that open an annex ({@code 附件}, {@code 附件2 名词解释},
 * {@code 附件1：重点工作分工}, {@code 附：}, {@code 附录A}). An annex has an outline of its own:
 * its numbering starts again at {@code 一、} without repeating the report's, and its heading line
 * is no unnumbered section heading of the report.
 */
final class AnnexHeadings {
    /** 附件, 附录, 附表 with an optional number, separator and a short title; or 附： with a short text. */
    private static final Pattern ANNEX = Pattern.compile(
            "(?:附件|附录|附表)\\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[A-ZＡ-Ｚ])?\\s*[：:．.、-]?.{0,40}"
            + "|附\\s*[：:].{0,40}");

    private AnnexHeadings() {
    }

    /** Whether a line's content (without leading and trailing blanks) opens an annex. */
    static boolean opens(String content) {
        if (content.length() > 48 || !content.startsWith("附")) {
            return false;
        }
        for (int i = 0; i < content.length(); i++) {
            if ("。！？；!?;".indexOf(content.charAt(i)) >= 0) {
                return false;
            }
        }
        return ANNEX.matcher(content).matches();
    }
}
