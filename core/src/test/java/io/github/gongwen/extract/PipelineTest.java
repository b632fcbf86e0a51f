package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.Checker;
import io.github.gongwen.TestRules;
import io.github.gongwen.fact.Document;
import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.Marker;
import io.github.gongwen.fact.Paragraph;
import io.github.gongwen.fact.Part;
import io.github.gongwen.fact.Residue;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pipeline runs each extractor after the producers of what it reads, and refuses one without. */
class PipelineTest {
    private static final Lexicon LEXICON = Lexicon.of(Map.of());

    /** A fact of a kind the default extractors do not know. */
    record Wordiness(int paragraphs) {
    }

    /** An extractor of a user's own, over the paragraphs, the residue and the parts. */
    private static final class WordinessScanner implements Extractor {
        @Override public Set<Class<?>> reads() { return Set.of(Paragraph.class, Residue.class, Part.class); }
        @Override public Set<Class<?>> produces() { return Set.of(Wordiness.class); }

        @Override
        public void extract(Facts facts) {
            facts.add(new Wordiness(facts.of(Paragraph.class).size()));
        }
    }

    /** An extractor reading one type and producing another. */
    private record Step(Class<?> in, Class<?> out) implements Extractor {
        @Override
        public void extract(Facts facts) {
        }

        @Override
        public Set<Class<?>> reads() {
            return in == null ? Set.of() : Set.of(in);
        }

        @Override
        public Set<Class<?>> produces() {
            return Set.of(out);
        }
    }

    private static List<String> names(List<Extractor> extractors) {
        return extractors.stream().map(e -> e.getClass().getSimpleName()).toList();
    }

    @Test
    void theDefaultsRunInTheOrderTheyAlwaysHave() {
        assertEquals(List.of("OutlineParser", "PlaceholderScanner", "ResidueScanner", "RepeatScanner", "TypoScanner",
                "ConfusionScanner", "FormulationScanner", "DocumentInfo", "SectionFinder", "YearScanner",
                "PunctWidthScanner", "PunctFormScanner", "PairScanner", "NumberScanner", "NumberSlipScanner", "TermVariantScanner",
                "SpacingScanner", "LostChars", "SpunPhraseScanner", "DeletedClauses", "TraditionalFormulations",
                "HouseWordScanner", "ResidueOverlaps"), names(Pipeline.of(LEXICON, null)));
    }

    @Test
    void theDefaultsGivenBackwardsRunAfterWhatTheyRead() {
        List<Extractor> backwards = new ArrayList<>(Pipeline.of(LEXICON, null));
        Collections.reverse(backwards);
        List<Extractor> ordered = Pipeline.order(backwards);
        assertEquals(backwards.size(), ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            for (Class<?> read : ordered.get(i).reads()) {
                for (int j = i + 1; j < ordered.size(); j++) {
                    Extractor later = ordered.get(j);
                    assertTrue(later.produces().stream().noneMatch(read::isAssignableFrom),
                            names(ordered).get(i) + " reads " + read.getSimpleName() + " but runs before "
                                    + names(ordered).get(j));
                }
            }
        }
        // the section finder needs the outline and the document info; the year scanner, the parts
        List<String> order = names(ordered);
        assertTrue(order.indexOf("SectionFinder") > order.indexOf("DocumentInfo"));
        assertTrue(order.indexOf("DocumentInfo") > order.indexOf("OutlineParser"));
        assertTrue(order.indexOf("YearScanner") > order.indexOf("SectionFinder"));
    }

    @Test
    void anAddedExtractorRunsAfterWhatItReads() {
        List<Extractor> all = new ArrayList<>();
        all.add(new WordinessScanner()); // first in the list, yet it needs three others
        all.addAll(Pipeline.of(LEXICON, null));
        List<String> order = names(Pipeline.order(all));
        int at = order.indexOf("WordinessScanner");
        assertEquals(order.indexOf("SectionFinder") + 1, at, order.toString()); // the last of its producers
        assertTrue(at > order.indexOf("OutlineParser") && at > order.indexOf("ResidueScanner"), order.toString());
        assertEquals(names(Pipeline.of(LEXICON, null)), order.stream().filter(n -> !n.equals("WordinessScanner")).toList());
    }

    @Test
    void aCheckerRunsAnAddedExtractor() throws Exception {
        Checker checker = TestRules.builder().extractor(new WordinessScanner()).build();
        Facts facts = checker.facts(SourceText.of("a.txt", "一、总体要求\n坚持稳中求进。\n"));
        assertEquals(List.of(new Wordiness(2)), facts.of(Wordiness.class));
    }

    @Test
    void anExtractorWhoseFactsNobodyProducesIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pipeline.order(List.of(new OutlineParser(LEXICON), new SectionFinder(LEXICON))));
        assertEquals("SectionFinder reads Document, which no extractor of the pipeline produces "
                + "(add the extractor that produces it, or correct reads())", e.getMessage());
        IllegalStateException alone = assertThrows(IllegalStateException.class,
                () -> Pipeline.order(List.of(new PunctFormScanner())));
        assertTrue(alone.getMessage().contains("PunctFormScanner reads Marker, which no extractor"), alone.getMessage());
        IllegalStateException added = assertThrows(IllegalStateException.class,
                () -> TestRules.builder().extractor(new Step(Set.class, Set.class)).build());
        assertTrue(added.getMessage().startsWith("Step reads Set, which no extractor"), added.getMessage());
    }

    @Test
    void aSubtypeProducedIsWhatItsSupertypeReads() {
        Extractor headings = new Step(null, Heading.class);
        Extractor markers = new Step(Marker.class, Document.class);
        assertEquals(List.of(headings, markers), Pipeline.order(List.of(markers, headings)));
    }

    @Test
    void extractorsWaitingOnEachOtherAreRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pipeline.order(List.of(new Step(Heading.class, Residue.class), new Step(Residue.class, Heading.class))));
        assertEquals("these extractors read each other's facts, so none can run first: Step, Step", e.getMessage());
    }
}
