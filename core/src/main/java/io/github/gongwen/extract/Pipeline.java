package io.github.gongwen.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The extractors of a checker, in the order they run. Each extractor declares the fact types it
 * {@linkplain Extractor#reads() reads} and {@linkplain Extractor#produces() produces}; the
 * pipeline runs every extractor after the producers of what it reads (the section finder after
 * the outline and the document info, the year scanner after the section finder) and refuses, when
 * it is built, an extractor whose facts nobody produces. A new extractor is added to the list in
 * {@link #of} with its declarations; where it runs follows from them. {@link ResidueOverlaps}
 * runs after all of them: it marks the facts that overlap residue.
 */
public final class Pipeline {
    private Pipeline() {
    }

    /** The default extractors over {@code lexicon}, for reports of {@code reportYear} ({@code null}: inferred per report). */
    public static List<Extractor> of(Lexicon lexicon, Integer reportYear) {
        return order(List.of(new OutlineParser(lexicon), new PlaceholderScanner(lexicon),
                new ResidueScanner(lexicon), new RepeatScanner(lexicon), new TypoScanner(lexicon),
                new ConfusionScanner(lexicon), new FormulationScanner(lexicon), new DocumentInfo(reportYear, lexicon),
                new SectionFinder(lexicon), new YearScanner(lexicon), new PunctWidthScanner(lexicon),
                new PunctFormScanner(),
                new PairScanner(lexicon), new NumberScanner(lexicon), new NumberSlipScanner(),
                new TermVariantScanner(lexicon), new SpacingScanner(), new LostChars(), new SpunPhraseScanner(lexicon),
                new DeletedClauses(), new TraditionalFormulations(lexicon), new HouseWordScanner(lexicon),
                new ResidueOverlaps()));
    }

    /**
     * {@code extractors} with the one that depends on the report year made for {@code reportYear};
     * the others are shared.
     */
    public static List<Extractor> forYear(List<Extractor> extractors, Lexicon lexicon, Integer reportYear) {
        return extractors.stream().map(e -> e instanceof DocumentInfo ? new DocumentInfo(reportYear, lexicon) : e)
                .toList();
    }

    /**
     * {@code extractors} in an order that runs each one after every other that produces a fact
     * type it reads: of the extractors whose facts are ready, the first in the given list runs
     * next, so a list already in such an order is kept as it is.
     *
     * @throws IllegalStateException when an extractor reads a fact type that no other extractor
     *     produces, or when extractors wait on each other's facts
     */
    public static List<Extractor> order(List<Extractor> extractors) {
        int n = extractors.size();
        List<List<Integer>> producers = new ArrayList<>();
        StringJoiner missing = new StringJoiner("; ");
        for (Extractor e : extractors) {
            List<Integer> before = new ArrayList<>();
            for (Class<?> read : e.reads()) {
                int found = 0;
                for (int j = 0; j < n; j++) {
                    Extractor other = extractors.get(j);
                    if (other != e && other.produces().stream().anyMatch(read::isAssignableFrom)) {
                        before.add(j);
                        found++;
                    }
                }
                if (found == 0) {
                    missing.add(name(e) + " reads " + read.getSimpleName()
                            + ", which no extractor of the pipeline produces");
                }
            }
            producers.add(before);
        }
        if (missing.length() > 0) {
            throw new IllegalStateException(missing + " (add the extractor that produces it, or correct reads())");
        }
        List<Extractor> out = new ArrayList<>(n);
        boolean[] placed = new boolean[n];
        while (out.size() < n) {
            int next = -1;
            for (int i = 0; i < n && next < 0; i++) {
                if (!placed[i] && producers.get(i).stream().allMatch(j -> placed[j])) {
                    next = i;
                }
            }
            if (next < 0) {
                StringJoiner waiting = new StringJoiner(", ");
                for (int i = 0; i < n; i++) {
                    if (!placed[i]) {
                        waiting.add(name(extractors.get(i)));
                    }
                }
                throw new IllegalStateException("these extractors read each other's facts, so none can run first: "
                        + waiting);
            }
            placed[next] = true;
            out.add(extractors.get(next));
        }
        return List.copyOf(out);
    }

    private static String name(Extractor e) {
        String simple = e.getClass().getSimpleName();
        return simple.isEmpty() ? e.getClass().getName() : simple;
    }
}
