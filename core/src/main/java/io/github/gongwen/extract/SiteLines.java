package io.github.gongwen.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line-level residue checks: page chrome ({@link PageChrome}), the titles of template sites
 * ({@code …总结范文}, {@code …汇报参考5篇}, {@code (大全10篇)}, {@code …工作总结1}, {@code (8520字)}),
 * their multi-article markers ({@code 篇一:}, {@code 【第一篇】}, {@code …总结篇二}) and the file-name
 * lines of document-sharing sites ({@code …总结.docx}). A title check looks only at a short line
 * that is not a sentence, so {@code 合集} or {@code 第一篇章} in report prose is left alone.
 * Immutable and thread-safe.
 */
final class SiteLines {
    private static final int TITLE_MAX = 60;
    private static final String NUM = "[一二三四五六七八九十]{1,3}";
    private static final Pattern FILE = Pattern.compile(
            "(?i)\\.(?:docx?|pdf|wps|pptx?|xlsx?|txt)(?:_第\\s*\\d+\\s*页)?$");
    private static final Pattern ARTICLE_START = Pattern.compile(
            "^[【\\[]?(?:第(?:" + NUM + "|\\d{1,3})篇|篇(?:" + NUM + "|\\d{1,3}))(?:[】\\]]|\\s*[:：]|\\s*$)");
    private static final Pattern ARTICLE_END = Pattern.compile(
            "(?:篇" + NUM + "|[【\\[]第(?:" + NUM + "|\\d{1,3})篇[】\\]]|第\\s*\\d{1,3}\\s*篇)\\s*$");
    private static final Pattern WORD_COUNT = Pattern.compile("[（(]\\s*\\d+\\s*字\\s*[)）]\\s*$");
    private final PageChrome chrome;
    private final Pattern countedTitle;
    private final Pattern endingTitle;
    private final Pattern numberedBySite;
    private final Pattern numberedGenre;
    /** The characters a template title can end with: a cheap gate before the patterns. */
    private final String lastChars;
    /** The last characters of the {@code ending} words. */
    private final String endingLast;

    SiteLines(SiteWords words) {
        chrome = new PageChrome(words);
        String suffix = words.alternation("suffix");
        String genre = words.alternation("genre");
        String counted = words.alternation("counted");
        countedTitle = Pattern.compile("(?:" + counted + "\\s*(\\d{1,3}\\s*篇)|(?:" + suffix + "|" + genre
                + ")\\s*([（(【\\[]\\s*(?:" + suffix + ")?\\s*\\d{1,3}\\s*篇\\s*[)）】\\]]))\\s*$");
        endingTitle = Pattern.compile(words.alternation("ending") + "\\s*$");
        numberedBySite = Pattern.compile(genre + "\\s*(" + suffix + "\\s*\\d{1,2})\\s*$");
        numberedGenre = Pattern.compile(genre + "\\s*([（(]\\d{1,3}[)）]|\\d{1,2})\\s*$");
        StringBuilder ends = new StringBuilder();
        for (String word : words.of("ending")) {
            ends.append(word.charAt(word.length() - 1));
        }
        endingLast = ends.toString();
        lastChars = "篇页字】])）一二三四五六七八九十" + endingLast;
    }

    void check(String text, TextLines lines, List<ResidueHit> out) {
        for (int k = 0; k < lines.count; k++) {
            if (lines.blank(k)) {
                continue;
            }
            int s = lines.from[k];
            char first = text.charAt(s);
            if (first == '第' || first == '篇' || first == '【' || first == '[') {
                Matcher a = ARTICLE_START.matcher(text).region(s, lines.to[k]);
                if (a.lookingAt()) {
                    // 第一篇： may head a part of a long plan; in the body it counts only beside other residue
                    boolean ordinal = a.group().contains("第");
                    out.add(new ResidueHit(s, a.end(), "范文合集分篇标记", ordinal && !lines.outsideBody(k)));
                }
            }
            if (lines.body[k]) {
                continue;
            }
            String line = text.substring(s, lines.to[k]);
            PageChrome.Run run = chrome.judge(line);
            if (run.kind() != PageChrome.Kind.NONE) {
                boolean weak = run.kind() == PageChrome.Kind.WEAK;
                out.add(new ResidueHit(s, s + run.end(), run.label(), weak));
                continue;
            }
            if (line.length() <= TITLE_MAX + 20) {
                title(line, s, lines.isFirst(k), lines.outsideBody(k), out);
            }
        }
    }

    private void title(String line, int s, boolean first, boolean outside, List<ResidueHit> out) {
        char last = line.charAt(line.length() - 1);
        if (!(last < 0x80 && Character.isLetterOrDigit(last)) && lastChars.indexOf(last) < 0) {
            return;
        }
        // each pattern is tried only on a line ending in a character its matches can end with
        boolean digit = last >= '0' && last <= '9';
        boolean bracket = last == ')' || last == '）';
        Matcher m;
        if (line.length() <= 80 && (last == '页' || last < 0x80 && Character.isLetter(last))
                && (m = FILE.matcher(line)).find()) {
            out.add(ResidueHit.strong(s, s + line.length(),
                    m.group().contains("第") ? "文档页面截图标题" : "文档文件名"));
            return;
        }
        if (line.length() > TITLE_MAX || line.indexOf('，') >= 0) {
            return;
        }
        if ((last == '篇' || bracket || last == '】' || last == ']') && (m = countedTitle.matcher(line)).find()) {
            int g = m.start(1) >= 0 ? 1 : 2;
            int from = g == 1 ? m.start() : m.start(g);
            out.add(ResidueHit.strong(s + from, s + m.end(g), "范文网站标题后缀"));
        } else if ((last == '篇' || last == '】' || last == ']' || "一二三四五六七八九十".indexOf(last) >= 0)
                && (m = ARTICLE_END.matcher(line)).find()) {
            out.add(ResidueHit.strong(s + m.start(), s + m.end(), "范文合集分篇标记"));
        } else if (digit && (m = numberedBySite.matcher(line)).find()) {
            out.add(ResidueHit.strong(s + m.start(1), s + m.end(1), "范文网站标题后缀"));
        } else if (endingLast.indexOf(last) >= 0 && (m = endingTitle.matcher(line)).find()) {
            // a heading in the body may end in 合集; a title before the body with 范文 or 合集 is the site's
            out.add(new ResidueHit(s + m.start(), s + m.end(), "范文网站标题后缀", !outside));
        } else if (bracket && (m = WORD_COUNT.matcher(line)).find()) {
            out.add(ResidueHit.strong(s + m.start(), s + m.end(), "网页字数标注"));
        } else if ((digit || bracket) && (m = numberedGenre.matcher(line)).find()) {
            out.add(new ResidueHit(s + m.start(1), s + m.end(1), "标题后附文章编号", !first));
        }
    }
}
