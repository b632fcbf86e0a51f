package io.github.gongwen.extract;

import java.util.List;

/**
 * The extractors of a checker, in the order they run: later ones read the facts of earlier ones
 * (the section finder reads the outline and the report's type and year; the year scanner reads the
 * parts the section finder marked). A new extractor is added here, at the first place after the
 * extractors whose facts it reads.
 */
public final class Pipeline {
    private Pipeline() {
    }

    /** The default extractors over {@code lexicon}, for reports of {@code reportYear} ({@code null}: inferred per report). */
    public static List<Extractor> of(Lexicon lexicon, Integer reportYear) {
        return List.of(new OutlineParser(lexicon), new PlaceholderScanner(lexicon),
                new ResidueScanner(lexicon), new RepeatScanner(lexicon), new TypoScanner(lexicon),
                new ConfusionScanner(lexicon), new FormulationScanner(lexicon), new DocumentInfo(reportYear, lexicon),
                new SectionFinder(lexicon), new YearScanner(lexicon), new PunctuationScanner(lexicon),
                new PairScanner(lexicon), new NumberScanner(lexicon), new NumberSlipScanner(),
                new TermVariantScanner(lexicon), new SpacingScanner(), new LostChars(), new SpunPhraseScanner(lexicon),
                new DeletedClauses(), new TraditionalFormulations(lexicon));
    }

    /**
     * {@code extractors} with the one that depends on the report year made for {@code reportYear};
     * the others are shared.
     */
    public static List<Extractor> forYear(List<Extractor> extractors, Lexicon lexicon, Integer reportYear) {
        return extractors.stream().map(e -> e instanceof DocumentInfo ? new DocumentInfo(reportYear, lexicon) : e)
                .toList();
    }
}
