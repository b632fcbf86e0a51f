package io.github.gongwen.extract;

import io.github.gongwen.fact.Typo;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.WordSegmenter;
import io.github.gongwen.text.WordTrie;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the wrong forms of the confusables list {@code typos.tsv}: one
 * {@code wrong<TAB>right<TAB>context<TAB>note<TAB>since} per line, where the optional context is
 * a regular expression that must match where the wrong form starts (it may look behind:
 * {@code (?<!不能)自已}), and {@code since} the first report year the form counts as wrong. All
 * forms are found in one pass; a form of up to three characters counts only where no dictionary
 * word of the clause's segmentation crosses its ends, so that {@code 构建|全国} is no
 * {@code 建全} and {@code 邻居|位于} no {@code 居位} (a number word such as {@code 10月} does not
 * count: {@code 10月|未} is {@code 月未}). Of overlapping matches the longest is kept.
 */
public final class TypoScanner implements Extractor {
    @Override public Set<Class<?>> produces() { return Set.of(Typo.class); }

    public static final String LIST = "typos.tsv";
    /** Forms this long or longer are idioms that no correct text contains by accident. */
    private static final int SAFE_LENGTH = 4;
    private static final int CONTEXT_REACH = 48;

    private record Entry(String wrong, String right, Pattern context, String note, int since) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final WordTrie trie;

    public TypoScanner(Lexicon lexicon) {
        List<String> forms = new ArrayList<>();
        for (String[] row : lexicon.table(LIST, 5)) {
            Pattern context = row[2].isEmpty() ? null : Patterns.check(row[2]);
            int since = row[4].isEmpty() ? 0 : Integer.parseInt(row[4]);
            entries.add(new Entry(row[0], row[1], context, row[3], since));
            forms.add(row[0]);
        }
        this.trie = new WordTrie(forms);
    }

    @Override
    public void extract(Facts facts) {
        SourceText src = facts.source();
        String t = src.text();
        List<int[]> hits = new ArrayList<>();
        trie.find(facts.chars(), (index, start, end) -> {
            if (applies(entries.get(index), t, start, end)) {
                hits.add(new int[] {index, start, end});
            }
        });
        int covered = -1;
        for (int k = 0; k < hits.size(); k++) {
            int[] h = hits.get(k);
            if (h[1] < covered || (k + 1 < hits.size() && hits.get(k + 1)[1] == h[1])) {
                continue; // inside an earlier match, or a longer one starts here
            }
            Entry e = entries.get(h[0]);
            facts.add(new Typo(e.wrong(), e.right(), e.note(), e.since(), h[1], h[2], src.lines().line(h[1])));
            covered = h[2];
        }
    }

    private static boolean applies(Entry e, String t, int start, int end) {
        if (e.context() != null) {
            Matcher m = e.context().matcher(t);
            m.region(start, Math.min(t.length(), start + CONTEXT_REACH));
            m.useTransparentBounds(true);
            if (!m.lookingAt()) {
                return false;
            }
        }
        if (end - start >= SAFE_LENGTH) {
            return true;
        }
        List<WordSegmenter.Word> words = new ArrayList<>(WordSegmenter.around(t, start, end));
        words.removeIf(w -> Chars.isDigit(w.text().charAt(0))); // 10月|未 is still 月未 for 月末
        return !WordSegmenter.crossedByWord(words, start, end);
    }
}
