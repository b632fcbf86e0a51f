package io.github.gongwen.extract;

import com.hankcs.hanlp.HanLP;
import io.github.gongwen.fact.Formulation;
import io.github.gongwen.text.SourceText;
import java.util.List;
import java.util.Set;

/**
 * Checks the formulations of a text in traditional characters ({@code 堅持以馬克思主義、思想、鄧小平理論}):
 * the text is read character for character in simplified form (the same length, so places carry
 * over) and searched by a {@link FormulationScanner} of its own; its findings are reported on the
 * traditional text with the standard form in traditional characters. A cheap count of common
 * traditional-only characters decides whether a text is traditional; the conversion table is built
 * only when the first such text comes.
 */
final class TraditionalFormulations implements Extractor {
    @Override public Set<Class<?>> reads() { return Set.of(Formulation.class); }
    @Override public Set<Class<?>> produces() { return Set.of(Formulation.class); }

    /** Common characters that only traditional text writes (們 為 國 這 個 發 …). */
    private static final String MARKS = "們為國這個發與說經對時現過還種從來關動點開實當無應業學麼後見長問體進產論機頭義務員區車東樣黨濟會歲總單際類屬據";
    /** Traditional text has at least this many of {@link #MARKS} in its first {@link #SAMPLE} characters. */
    private static final int MIN_MARKS = 8;
    private static final int SAMPLE = 1000;
    private static final boolean[] IS_MARK = new boolean[0x10000];

    static {
        for (int i = 0; i < MARKS.length(); i++) {
            IS_MARK[MARKS.charAt(i)] = true;
        }
    }

    private static volatile char[] simplified;

    private final Lexicon lexicon;
    private volatile FormulationScanner scanner;

    TraditionalFormulations(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void extract(Facts facts) {
        if (!traditional(facts.chars())) {
            return;
        }
        SourceText src = facts.source();
        String text = src.text();
        Facts view = new Facts(SourceText.of(src.name(), simplify(text)));
        scanner().extract(view);
        List<Formulation> already = facts.of(Formulation.class);
        for (Formulation f : view.of(Formulation.class)) {
            boolean overlaps = already.stream().anyMatch(g -> g.getStart() < f.getEnd() && g.getEnd() > f.getStart());
            if (!overlaps) {
                facts.add(new Formulation(text.substring(f.getStart(), f.getEnd()),
                        HanLP.convertToTraditionalChinese(f.getStandard()),
                        HanLP.convertToTraditionalChinese(f.getDifference()), f.isKnown(), f.getStart(),
                        f.getEnd(), f.getLine()));
            }
        }
    }

    /** Whether the text is traditional, judged on its opening (a converted text is converted throughout). */
    static boolean traditional(char[] a) {
        int n = 0;
        for (int i = 0, end = Math.min(a.length, SAMPLE); i < end; i++) {
            if (IS_MARK[a[i]] && ++n >= MIN_MARKS) {
                return true;
            }
        }
        return false;
    }

    private FormulationScanner scanner() {
        FormulationScanner s = scanner;
        if (s == null) {
            synchronized (this) {
                if (scanner == null) {
                    scanner = new FormulationScanner(lexicon);
                }
                s = scanner;
            }
        }
        return s;
    }

    /** {@code text} with each character that HanLP converts to one simplified character replaced by it. */
    static String simplify(String text) {
        char[] table = table();
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = table[out[i]];
            if (c != 0) {
                out[i] = c;
            }
        }
        return new String(out);
    }

    private static char[] table() {
        char[] t = simplified;
        if (t == null) {
            synchronized (TraditionalFormulations.class) {
                if (simplified == null) {
                    char[] built = new char[0x10000];
                    for (char c = 0x4E00; c <= 0x9FA5; c++) {
                        String s = HanLP.convertToSimplifiedChinese(String.valueOf(c));
                        if (s.length() == 1 && s.charAt(0) != c) {
                            built[c] = s.charAt(0);
                        }
                    }
                    simplified = built;
                }
                t = simplified;
            }
        }
        return t;
    }
}
