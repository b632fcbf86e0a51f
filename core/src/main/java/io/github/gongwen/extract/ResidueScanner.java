package io.github.gongwen.extract;

import io.github.gongwen.fact.Residue;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds text left by download and template sites, by the patterns of {@code residue.txt} (one
 * {@code regex<TAB>label} per line). Matches on one line that overlap or are separated only by
 * punctuation and blanks make one {@link Residue}.
 */
public final class ResidueScanner implements Extractor {
    public static final String PATTERNS = "residue.txt";
    private static final String DECORATION = "-—=*_~#";

    private final PatternSet patterns;
    private final List<String> labels = new ArrayList<>();

    public ResidueScanner(Lexicon lexicon) {
        List<String> regexes = new ArrayList<>();
        for (String[] row : lexicon.table(PATTERNS, 2)) {
            regexes.add(row[0]);
            labels.add(row[1].isEmpty() ? "网站残留文字" : row[1]);
        }
        this.patterns = PatternSet.of(regexes);
    }

    @Override
    public void extract(Facts facts) {
        if (patterns == null) {
            return;
        }
        SourceText src = facts.source();
        String t = src.text();
        PatternSet.Finder m = patterns.finder(t, facts.chars());
        int curStart = -1;
        int curEnd = -1;
        String curLabel = null;
        while (m.find()) {
            if (m.start() == m.end()) {
                continue;
            }
            if (curStart >= 0 && joinable(t, curEnd, m.start())) {
                curEnd = Math.max(curEnd, m.end());
                continue;
            }
            if (curStart >= 0) {
                emit(facts, src, curStart, curEnd, curLabel);
            }
            curStart = m.start();
            curEnd = m.end();
            curLabel = label(t.substring(m.start(), m.end()));
        }
        if (curStart >= 0) {
            emit(facts, src, curStart, curEnd, curLabel);
        }
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

    private String label(String matched) {
        for (int i = 0; i < labels.size(); i++) {
            if (patterns.pattern(i).matcher(matched).find()) {
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
