package io.github.gongwen.report;

import java.util.Map;

/**
 * The Chinese names of the rule categories, for the reports editors read (text, HTML); the codes
 * stay in the machine formats (JSON, SARIF, checkstyle) and beside the name as a secondary label.
 * A house rule's own category has no name here and is shown by its code.
 */
public final class Categories {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("NUM_DUPLICATE", "序号重复"),
            Map.entry("NUM_GAP", "序号不连续"),
            Map.entry("NUM_STYLE", "序号格式"),
            Map.entry("PLACEHOLDER", "未替换的占位符"),
            Map.entry("RESIDUE", "网站残留"),
            Map.entry("SECTION_MISSING", "缺少必备部分"),
            Map.entry("YEAR_STALE", "年份与时效"),
            Map.entry("YEAR_UNKNOWN", "年份不明"),
            Map.entry("PUNCT_WIDTH", "标点全半角"),
            Map.entry("PUNCT_PAIR", "标点不成对"),
            Map.entry("PUNCT_FORM", "标点用法"),
            Map.entry("NUMBER_FORMAT", "数字格式"),
            Map.entry("DUP_CHAR", "重复字"),
            Map.entry("TYPO", "错别字"),
            Map.entry("FORMULATION", "规范提法"),
            Map.entry("SPACING", "多余空格"),
            Map.entry("SUPPRESSION", "忽略指令"),
            Map.entry("HOUSE_WORD", "本单位用词"));

    private Categories() {
    }

    /** The Chinese name of a category, or the code itself for a category without one. */
    public static String chineseName(String code) {
        return NAMES.getOrDefault(code, code);
    }

    /** Every category with a Chinese name. */
    public static Map<String, String> names() {
        return NAMES;
    }
}
