package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.extract.Extractor;
import io.github.gongwen.extract.Facts;
import io.github.gongwen.extract.Lexicon;
import io.github.gongwen.extract.Pipeline;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.TextLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The default extractors add only the fact types they declare in {@link Extractor#produces()}
 * (the order of the pipeline rests on those declarations), checked over the seeds and the corpora.
 */
class PipelineDeclarationsTest {
    @Test
    void extractorsAddOnlyWhatTheyDeclare() throws Exception {
        List<Extractor> pipeline = Pipeline.of(Lexicon.builder(getClass().getClassLoader()).build(), null);
        Set<String> undeclared = new TreeSet<>();
        Set<String> produced = new TreeSet<>();
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("gongwen.seeds", "gongwen.modern", "gongwen.corpus")) {
            try (Stream<Path> s = Files.list(DefaultChecker.dir(dir))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() > 50, "the seeds and the corpora are there");
        for (Path file : files) {
            SourceText text = TextLoader.load(file, file.toString(), null);
            Facts facts = new Facts(text);
            for (Extractor e : pipeline) {
                Set<Object> before = Collections.newSetFromMap(new IdentityHashMap<>());
                before.addAll(facts.all());
                e.extract(facts);
                for (Object f : facts.all()) {
                    if (!before.contains(f)) {
                        produced.add(f.getClass().getSimpleName());
                        if (e.produces().stream().noneMatch(t -> t.isInstance(f))) {
                            undeclared.add(e.getClass().getSimpleName() + " adds " + f.getClass().getSimpleName());
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), undeclared);
        assertTrue(produced.containsAll(Set.of("Paragraph", "Heading", "Placeholder", "Residue", "Part", "YearMention")),
                produced.toString());
    }
}
