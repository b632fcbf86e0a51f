package io.github.gongwen.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges whether a line is the chrome of a web or document-sharing page rather than report text:
 * a line made of page-metadata fields ({@code 作者:…}, {@code 发布时间:2021-02-24}, {@code 浏览次数:419次}),
 * bare timestamps, file sizes, counters ({@code 999+}, {@code 4 页}), toolbar buttons and site names.
 * The line is judged as a whole from its start: {@code 资金来源：中央预算内投资} or a sentence that
 * mentions {@code 点击量} is not chrome. Immutable and thread-safe.
 */
final class PageChrome {
    /** What a line is, as far as page chrome goes. */
    enum Kind { NONE, WEAK, STRONG }

    /** The chrome at the start of a line: {@code [0, end)} of the line's content, and its kind. */
    record Run(int end, Kind kind, String label) {
    }

    static final Run NONE = new Run(0, Kind.NONE, null);
    private static final String DATE = "(?:(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}-\\d{1,2})(?!\\d)";
    private static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)";
    private static final String END = "(?=[\\s\\u3000|｜]|$)";
    /** The separators between the tokens of a chrome line: blanks ({@code \\s}, U+3000) and menu marks. */
    private static final String SEPARATORS = " \t\n\u000B\f\r\u3000|｜>»›/·•-–—";
    private static final Pattern STAMP = Pattern.compile(DATE + "(?:\\s+" + TIME + ")?|" + TIME);
    private static final Pattern SIZE = Pattern.compile("\\d+(?:\\.\\d+)?\\s*[KMGkmg][Bb]" + END);
    private static final Pattern COUNTER = Pattern.compile(
            "(?:\\d+\\+|\\d+\\s*(?:页|次|人阅读|次阅读|阅读|浏览|下载|人气)|[（(]\\s*\\d+\\s*字\\s*[)）])" + END);
    private static final Pattern ID = Pattern.compile("\\d{5,}" + END);
    private static final Pattern SITE = Pattern.compile(
            "(?:[\\p{IsHan}A-Za-z0-9]{2,10}(?:网|文库|網)|(?:https?://)?www\\.[A-Za-z0-9.-]+)" + END);
    private static final Pattern MENU_LINE = Pattern.compile(
            "(?:(?:当前位置|您的位置|您现在的位置|你的位置|你现在的位置|所在位置)\\s*[:：]\\s*)?"
            + "[|｜>»]?\\s*[\\p{IsHan}]{1,8}(?:\\s*[|｜>»]\\s*[\\p{IsHan}]{1,8})*\\s*[|｜>»]?");
    private final Pattern field;
    private final Pattern listField;
    private final Pattern timeName;
    private final Pattern toolbar;
    private final Pattern section;
    private final Pattern byline;
    private final Set<String> strongFields;
    /** The characters a chrome line can start with (after blanks and bullets): a cheap gate before the patterns. */
    private final String starts;
    /** The first characters of the words of each pattern made of them: a token is tried only where one stands. */
    private final String listFirst;
    private final String fieldFirst;
    private final String toolbarFirst;
    private final String sectionStarts;

    PageChrome(SiteWords words) {
        String names = "(?:" + words.alternation("field") + "|" + words.alternation("plainfield") + ")";
        field = Pattern.compile("(" + names + ")\\s*[:：]\\s*(" + DATE + "(?:\\s+" + TIME + ")?|" + TIME
                + "|[^\\s\\u3000|｜:：]{0,30})");
        listField = Pattern.compile(words.alternation("listfield") + "\\s*[:：].*");
        timeName = Pattern.compile("[\\p{IsHan}]{0,4}(?:发表时间|发布时间|上传时间|更新时间)(?=\\s+\\d)");
        toolbar = Pattern.compile(words.alternation("toolbar") + "(?:\\s*>>|»)?" + END);
        section = Pattern.compile("[【\\[]?(" + words.alternation("section") + ")[】\\]]?(?:\\s*[:：]|" + END + ")");
        byline = Pattern.compile("[\\p{IsHan}]{2,4}(?:分享|上传|上傳)");
        strongFields = Set.copyOf(words.of("field"));
        StringBuilder first = new StringBuilder("0123456789【[（(|｜>»wh");
        for (String kind : new String[] {"field", "plainfield", "listfield", "toolbar", "section"}) {
            for (String word : words.of(kind)) {
                first.append(word.charAt(0));
            }
        }
        starts = first.toString();
        listFirst = firsts(words, "listfield");
        fieldFirst = firsts(words, "field", "plainfield");
        toolbarFirst = firsts(words, "toolbar");
        sectionStarts = "【[" + firsts(words, "section");
    }

    private static String firsts(SiteWords words, String... kinds) {
        StringBuilder b = new StringBuilder();
        for (String kind : kinds) {
            for (String word : words.of(kind)) {
                b.append(word.charAt(0));
            }
        }
        return b.toString();
    }

    /**
     * Whether a line can be chrome at all: it starts with a character a chrome token starts with, or
     * holds a colon, a digit or a menu separator (a site name before the fields). Most lines fail here.
     */
    private boolean possible(String line) {
        int i = 0;
        while (i < line.length() && "-–—•·*".indexOf(line.charAt(i)) >= 0 || i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i < line.length() && starts.indexOf(line.charAt(i)) >= 0) {
            return true;
        }
        for (int k = i; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == ':' || c == '：' || c == '|' || c == '｜' || c == '>' || c == '»' || (c >= '0' && c <= '9')) {
                return true;
            }
        }
        return line.length() <= 6; // a byline
    }

    /**
     * The chrome at the start of {@code line} (a line's content, trimmed): how far it runs, and
     * whether it is certain (STRONG), possible only where a page's chrome sits (WEAK), or absent.
     */
    Run judge(String line) {
        int n = line.length();
        if (n == 0 || n > 160 || !possible(line)) {
            return NONE;
        }
        if (n <= 60 && (line.indexOf('|') >= 0 || line.indexOf('｜') >= 0 || line.indexOf('>') >= 0
                || line.indexOf('»') >= 0) && MENU_LINE.matcher(line).matches()) {
            boolean home = line.contains("首页") || line.contains("位置");
            return new Run(n, home ? Kind.STRONG : Kind.WEAK, "网页导航");
        }
        int i = skip(line, 0);
        int tokens = 0;
        int points = 0;
        int end = 0;
        String label = "网页元数据";
        boolean sectionFirst = false;
        // Each token pattern is tried only where its first character can stand, and only on a line
        // holding what every match of it holds (a colon, 时间, a site word); one matcher per pattern.
        boolean colon = line.indexOf(':') >= 0 || line.indexOf('：') >= 0;
        boolean timed = line.contains("时间");
        boolean sited = line.indexOf('网') >= 0 || line.indexOf('網') >= 0 || line.contains("文库") || line.contains("www.");
        Matcher listM = null;
        Matcher fieldM = null;
        Matcher timeM = null;
        Matcher sectionM = null;
        Matcher sizeM = null;
        Matcher stampM = null;
        Matcher counterM = null;
        Matcher idM = null;
        Matcher toolbarM = null;
        Matcher siteM = null;
        while (i < n) {
            int got = -1;
            int p = 0;
            char c = line.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean wide = c >= 0x2E80; // no Han character comes before the CJK radicals
            if (colon && listFirst.indexOf(c) >= 0
                    && (got = at(listM == null ? listM = listField.matcher(line) : listM, i)) > 0) {
                p = 2;
            } else if (colon && fieldFirst.indexOf(c) >= 0
                    && (got = at(fieldM == null ? fieldM = field.matcher(line) : fieldM, i)) > 0) {
                String value = fieldM.group(2);
                boolean strongName = strongFields.contains(fieldM.group(1));
                boolean dated = STAMP.matcher(value).matches();
                boolean site = value.contains("网") || value.contains("www") || value.contains("網");
                p = strongName || dated || site ? 2 : 1;
            } else if (timed && wide && (got = at(timeM == null ? timeM = timeName.matcher(line) : timeM, i)) > 0) {
                p = 1;
            } else if (sectionStarts.indexOf(c) >= 0
                    && (got = at(sectionM == null ? sectionM = section.matcher(line) : sectionM, i)) > 0) {
                boolean colonAfter = line.charAt(got - 1) == ':' || line.charAt(got - 1) == '：';
                boolean plain = sectionM.group(1).equals("正文");
                p = plain ? 1 : 2;
                sectionFirst = tokens == 0 && colonAfter && !plain;
                label = "文档网站栏目";
            } else if (digit && (got = at(sizeM == null ? sizeM = SIZE.matcher(line) : sizeM, i)) > 0) {
                p = 2;
            } else if (digit && (got = at(stampM == null ? stampM = STAMP.matcher(line) : stampM, i)) > 0) {
                p = 1;
            } else if ((digit || c == '（' || c == '(')
                    && (got = at(counterM == null ? counterM = COUNTER.matcher(line) : counterM, i)) > 0) {
                p = 1;
            } else if (digit && (got = at(idM == null ? idM = ID.matcher(line) : idM, i)) > 0) {
                p = 1;
            } else if (toolbarFirst.indexOf(c) >= 0
                    && (got = at(toolbarM == null ? toolbarM = toolbar.matcher(line) : toolbarM, i)) > 0) {
                int len = got - i;
                p = len >= 4 || line.startsWith("VIP", i) ? 2 : 1;
                if (tokens == 0) {
                    label = "网页工具栏";
                }
            } else if (sited && (wide || c < 0x80 && Character.isLetterOrDigit(c))
                    && (got = at(siteM == null ? siteM = SITE.matcher(line) : siteM, i)) > 0) {
                p = 0;
            }
            if (got <= i) {
                break;
            }
            tokens++;
            points += p;
            end = got;
            i = skip(line, got);
            if (sectionFirst) {
                return new Run(end, Kind.STRONG, label);
            }
        }
        boolean whole = i >= n;
        if (tokens > 0 && whole) {
            return points >= 2 ? new Run(end, Kind.STRONG, label)
                    : points == 1 ? new Run(end, Kind.WEAK, label) : NONE;
        }
        if (tokens >= 2 && points >= 3 && line.indexOf('。') < 0) {
            return new Run(end, Kind.STRONG, label);
        }
        if (tokens == 0 && n <= 6 && byline.matcher(line).matches()) {
            return new Run(n, Kind.WEAK, "上传者署名");
        }
        return NONE;
    }

    /** Past the separators ({@link #SEPARATORS}) at {@code i}. */
    private static int skip(String line, int i) {
        int n = line.length();
        while (i < n && SEPARATORS.indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int at(Matcher m, int i) {
        m.region(i, m.regionEnd());
        return m.lookingAt() && m.end() > i ? m.end() : -1;
    }
}
