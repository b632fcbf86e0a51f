package io.github.gongwen.extract;

import io.github.gongwen.fact.Residue;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds text left by download, template and document-sharing sites: the patterns of
 * {@code residue.txt} (one {@code regex<TAB>label} per line: paywall notices, footers, URLs), and
 * checks of the document's structure with the words of {@code site-words.txt}: page chrome and
 * template titles ({@link SiteLines}), boilerplate sentences ({@link SiteSentences}), notice lines
 * ({@link SiteNotices}), page numbers
 * and page-chunk markers ({@link PageBreaks}), stray characters, converter pinyin and watermarks
 * ({@link ForeignMarks}). Weak evidence (a bare date or counter at the head of the page) counts only
 * in a document with strong evidence. Hits on one line that overlap or are separated only by
 * punctuation and blanks make one {@link Residue}.
 */
public final class ResidueScanner implements Extractor {
    @Override public Set<Class<?>> produces() { return Set.of(Residue.class); }

    public static final String PATTERNS = "residue.txt";
    private static final String DECORATION = "-—=*_~#";

    private final PatternSet patterns;
    private final List<String> labels = new ArrayList<>();
    private final SiteLines siteLines;
    private final SiteSentences siteSentences;
    private final SiteNotices siteNotices;
    private final PageBreaks pageBreaks = new PageBreaks();
    private final ForeignMarks foreignMarks = new ForeignMarks();

    public ResidueScanner(Lexicon lexicon) {
        List<String> regexes = new ArrayList<>();
        for (String[] row : lexicon.table(PATTERNS, 2)) {
            regexes.add(row[0]);
            labels.add(row[1].isEmpty() ? "网站残留文字" : row[1]);
        }
        this.patterns = PatternSet.of(regexes);
        SiteWords words = new SiteWords(lexicon);
        this.siteLines = words.isEmpty() ? null : new SiteLines(words);
        this.siteSentences = words.isEmpty() ? null : new SiteSentences(words);
        this.siteNotices = words.isEmpty() ? null : new SiteNotices(words);
    }

    @Override
    public void extract(Facts facts) {
        if (patterns == null && siteLines == null) {
            return;
        }
        SourceText src = facts.source();
        String t = src.text();
        List<ResidueHit> hits = new ArrayList<>();
        if (patterns != null) {
            PatternSet.Finder m = patterns.finder(t, facts.chars());
            Matcher[] matchers = null;
            while (m.find()) {
                if (m.start() < m.end()) {
                    if (matchers == null) {
                        matchers = new Matcher[patterns.size()];
                    }
                    hits.add(ResidueHit.strong(m.start(), m.end(), label(t.substring(m.start(), m.end()), matchers)));
                }
            }
        }
        if (siteLines != null) {
            TextLines lines = new TextLines(facts.chars(), src.lines());
            siteLines.check(t, lines, hits);
            siteSentences.check(t, facts.chars(), hits);
            siteNotices.check(facts.chars(), lines, hits);
            // one scan for stray characters and the digit runs the page-marker check needs; the
            // hits keep the order they had when page breaks were found first
            List<ResidueHit> foreign = new ArrayList<>();
            PageBreaks.DigitRuns digits = new PageBreaks.DigitRuns();
            foreignMarks.check(t, facts.chars(), foreign, digits);
            pageBreaks.check(t, facts.chars(), lines, digits, hits);
            hits.addAll(foreign);
            hits = credible(hits, lines, src);
        }
        hits.sort(Comparator.comparingInt(ResidueHit::start).thenComparingInt(h -> -h.end()));
        int curStart = -1;
        int curEnd = -1;
        String curLabel = null;
        for (ResidueHit h : hits) {
            if (curStart >= 0 && joinable(t, curEnd, h.start())) {
                curEnd = Math.max(curEnd, h.end());
                continue;
            }
            if (curStart >= 0) {
                emit(facts, src, curStart, curEnd, curLabel);
            }
            curStart = h.start();
            curEnd = h.end();
            curLabel = h.label();
        }
        if (curStart >= 0) {
            emit(facts, src, curStart, curEnd, curLabel);
        }
    }

    /**
     * The hits to report: the strong ones, and the weak ones when the document has strong evidence
     * of site residue and they lie where a page's chrome sits (before or after the body).
     */
    private static List<ResidueHit> credible(List<ResidueHit> hits, TextLines lines, SourceText src) {
        boolean evidence = hits.stream().anyMatch(h -> !h.weak());
        List<ResidueHit> out = new ArrayList<>(hits.size());
        for (ResidueHit h : hits) {
            if (!h.weak() || (evidence && (h.anywhere() || lines.outsideBody(src.lines().line(h.start()) - 1)))) {
                out.add(h);
            }
        }
        return out;
    }

    private static boolean joinable(String t, int end, int next) {
        if (next <= end) {
            return true;
        }
        for (int i = end; i < next; i++) {
            char c = t.charAt(i);
            if (c == '\n' || !(Chars.isBlank(c) || Chars.isChinesePunct(c) || ",.;:!?-_=*#|/".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** The label of the first pattern found in {@code matched}; {@code matchers} are reused across calls. */
    private String label(String matched, Matcher[] matchers) {
        for (int i = 0; i < labels.size(); i++) {
            Matcher x = matchers[i];
            if (x == null) {
                x = matchers[i] = patterns.pattern(i).matcher(matched);
            } else {
                x.reset(matched);
            }
            if (x.find()) {
                return labels.get(i);
            }
        }
        return "网站残留文字";
    }

    private static void emit(Facts facts, SourceText src, int s, int e, String label) {
        String t = src.text();
        // Download sites frame their notices with runs like "---" or "==="; they go with the notice.
        while (s > 0 && DECORATION.indexOf(t.charAt(s - 1)) >= 0) {
            s--;
        }
        while (e < t.length() && DECORATION.indexOf(t.charAt(e)) >= 0) {
            e++;
        }
        facts.add(new Residue(src.text().substring(s, e), label, s, e, src.lines().line(s)));
    }
}
