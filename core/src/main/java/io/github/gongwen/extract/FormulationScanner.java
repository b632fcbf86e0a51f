package io.github.gongwen.extract;

import io.github.gongwen.fact.Formulation;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.WordTrie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds departures from standard political formulations ({@link Formulation}), two ways:
 * <ul>
 * <li>known wrong forms, {@code formulation-errors.tsv}: {@code anchor<TAB>regex<TAB>standard<TAB>note}
 * per line, where the anchor is a literal every match contains (the regex runs only around the
 * anchors, found in one pass);</li>
 * <li>a part masked, deleted or miswritten in a formulation written as parts,
 * {@code formulation-parts.tsv} ({@code parts<TAB>accepted|accepted…}): the wrong forms
 * {@link PartForms} generates, searched as the known ones;</li>
 * <li>near misses of the standard forms of {@code formulations.tsv}
 * ({@code standard<TAB>accepted|accepted…}): a stretch of text within one edit per five
 * characters of a standard form of eight characters or more, that is neither the form itself
 * nor one of its accepted variants ({@code 中国特色的社会主义}). By the pigeonhole principle a
 * near miss with {@code k} edits contains one of {@code k + 1} pieces of the form intact, so
 * only the text around those pieces is searched.</li>
 * </ul>
 * Punctuation does not count in either form. A near miss inside a known wrong form, or inside a
 * near miss of a longer standard form, is dropped.
 */
public final class FormulationScanner implements Extractor {
    @Override public Set<Class<?>> produces() { return Set.of(Formulation.class); }

    public static final String STANDARDS = "formulations.tsv";
    public static final String ERRORS = "formulation-errors.tsv";
    public static final String PARTS = "formulation-parts.tsv";
    /** Fewer characters than this: too short to tell a near miss from other words. */
    private static final int MIN_FUZZY = 8;
    private static final int REGEX_REACH = 40;
    private static final int PAD = 6;

    private record Standard(String display, String key, int k, List<String> accepted) {
    }

    /** {@code atStart}: every match opens with the anchor. */
    private record Known(Pattern pattern, String standard, String note, boolean atStart) {
    }

    private record Piece(int standard, int offset) {
    }

    private final List<Standard> standards = new ArrayList<>();
    private final List<Piece> pieces = new ArrayList<>();
    private final List<Known> known = new ArrayList<>();
    /** The anchors of {@link #known}, then the pieces of {@link #pieces}: one pass finds both. */
    private final WordTrie trie;

    public FormulationScanner(Lexicon lexicon) {
        List<String> pieceTexts = new ArrayList<>();
        for (String[] row : lexicon.table(STANDARDS, 2)) {
            String key = key(row[0]);
            int k = key.length() >= MIN_FUZZY ? key.length() / 5 : 0;
            List<String> accepted = row[1].isEmpty() ? List.of()
                    : Arrays.stream(row[1].split("\\|")).map(FormulationScanner::key).toList();
            int index = standards.size();
            standards.add(new Standard(row[0], key, k, accepted));
            if (k == 0) {
                continue;
            }
            int size = key.length() / (k + 1);
            for (int p = 0; p <= k; p++) {
                int s = p * size;
                int e = p == k ? key.length() : s + size;
                pieceTexts.add(key.substring(s, e));
                pieces.add(new Piece(index, s));
            }
        }
        List<String> words = new ArrayList<>();
        for (String[] row : lexicon.table(ERRORS, 4)) {
            words.add(row[0]);
            known.add(new Known(Patterns.check(row[1]), row[2], row[3], false));
        }
        for (String[] row : lexicon.table(PARTS, 2)) {
            for (PartForms.Form f : PartForms.of(row[0], row[1])) {
                words.add(f.anchor());
                known.add(new Known(f.pattern(), f.standard(), f.note(), f.atStart()));
            }
        }
        words.addAll(pieceTexts);
        this.trie = new WordTrie(words);
    }

    @Override
    public void extract(Facts facts) {
        SourceText src = facts.source();
        String t = src.text();
        List<Formulation> found = new ArrayList<>();
        List<List<int[]>> regions = new ArrayList<>();
        for (int i = 0; i < standards.size(); i++) {
            regions.add(new ArrayList<>());
        }
        Matcher[] matchers = new Matcher[known.size()]; // each made at its first anchor, then reset there
        trie.find(facts.chars(), (index, start, end) -> {
            if (index < known.size()) {
                Matcher m = matchers[index];
                if (m == null) {
                    m = known.get(index).pattern().matcher(t).useTransparentBounds(true);
                    matchers[index] = m;
                }
                findKnown(src, known.get(index), m, start, end, found);
            } else {
                addRegion(t, pieces.get(index - known.size()), start, regions);
            }
        });
        List<Formulation> near = findNear(src, regions);
        near.sort(Comparator.comparingInt((Formulation f) -> -key(f.getStandard()).length()));
        for (Formulation f : near) {
            if (found.stream().noneMatch(g -> g.getStart() < f.getEnd() && f.getStart() < g.getEnd())) {
                found.add(f);
            }
        }
        found.sort(Comparator.comparingInt(Formulation::getStart));
        found.forEach(facts::add);
    }

    /** Runs the expression of a known wrong form ({@code m}, a matcher of it over the text) around its anchor at {@code [start, end)}. */
    private static void findKnown(SourceText src, Known k, Matcher m, int start, int end, List<Formulation> out) {
        String t = src.text();
        m.region(k.atStart() ? start : Math.max(0, start - REGEX_REACH), Math.min(t.length(), end + REGEX_REACH));
        while (k.atStart() ? m.lookingAt() : m.find()) {
            if (m.start() <= start && end <= m.end() && m.end() > m.start()) {
                int s = m.start();
                int e = m.end();
                if (out.stream().noneMatch(f -> f.getStart() < e && s < f.getEnd())) {
                    out.add(new Formulation(t.substring(s, e), groups(k.standard(), m), k.note(), true, s, e,
                            src.lines().line(s)));
                }
                break;
            }
            if (k.atStart() || m.start() > start) {
                break; // tried where it must start; or later matches start later still, past the anchor
            }
        }
    }

    /** A standard form with {@code $1}…{@code $9} replaced by the groups of the match ({@code $1扶贫}). */
    private static String groups(String standard, Matcher m) {
        if (standard.indexOf('$') < 0) {
            return standard;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < standard.length(); i++) {
            char c = standard.charAt(i);
            int g = i + 1 < standard.length() ? standard.charAt(i + 1) - '0' : -1;
            if (c == '$' && g >= 1 && g <= m.groupCount()) {
                b.append(m.group(g) == null ? "" : m.group(g));
                i++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Notes the stretch of text around a piece of a standard form at {@code start}. */
    private void addRegion(String t, Piece p, int start, List<List<int[]>> regions) {
        Standard s = standards.get(p.standard());
        int from = Math.max(0, start - p.offset() - s.k() - PAD);
        int to = Math.min(t.length(), start - p.offset() + s.key().length() + s.k() + PAD);
        regions.get(p.standard()).add(new int[] {from, to});
    }

    /** The near misses of each standard form in the stretches of text noted for it. */
    private List<Formulation> findNear(SourceText src, List<List<int[]>> regions) {
        String t = src.text();
        List<Formulation> out = new ArrayList<>();
        for (int i = 0; i < standards.size(); i++) {
            Standard s = standards.get(i);
            for (int[] r : merge(regions.get(i))) {
                for (NearMatcher.Match m : NearMatcher.find(s.key(), t, r[0], r[1], s.k())) {
                    if (m.distance() > 0 && m.end() > m.start() && !accepted(s, t, r, m)) {
                        out.add(new Formulation(t.substring(m.start(), m.end()), s.display(), m.difference(), false,
                                m.start(), m.end(), src.lines().line(m.start())));
                    }
                }
            }
        }
        return out;
    }

    /** Sorts stretches of text and joins the overlapping ones. */
    private static List<int[]> merge(List<int[]> regions) {
        regions.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] r : regions) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether the near miss overlaps an exact occurrence of an accepted variant. */
    private static boolean accepted(Standard s, String t, int[] region, NearMatcher.Match m) {
        for (String a : s.accepted()) {
            for (NearMatcher.Match x : NearMatcher.find(a, t, region[0], region[1], 0)) {
                if (x.overlaps(m.start(), m.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A formulation without its punctuation, as it is matched. */
    private static String key(String form) {
        StringBuilder b = new StringBuilder(form.length());
        for (int i = 0; i < form.length(); i++) {
            if (!NearMatcher.ignorable(form.charAt(i))) {
                b.append(form.charAt(i));
            }
        }
        return b.toString();
    }
}
