package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongwen.fact.Occurrence;
import io.github.gongwen.fact.Residue;
import io.github.gongwen.fact.Typo;
import io.github.gongwen.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResidueOverlapsTest {
    private static final String TEXT = "0123456789012345678901234567890123456789";

    /** Which of the spans {@code [s, e)} overlap the residue {@code [10, 15)} and {@code [20, 30)}. */
    private static List<Boolean> inResidue(int[]... spans) {
        Facts facts = new Facts(SourceText.of("t.txt", TEXT));
        facts.add(new Residue(TEXT.substring(20, 30), "页码", 20, 30, 1));
        facts.add(new Residue(TEXT.substring(10, 15), "页码", 10, 15, 1));
        for (int[] s : spans) {
            facts.add(new Typo(TEXT.substring(s[0], s[1]), "x", "", 0, s[0], s[1], 1));
        }
        new ResidueOverlaps().extract(facts);
        return facts.of(Typo.class).stream().map(Occurrence::isInResidue).toList();
    }

    @Test
    void anOccurrenceOverlappingResidueIsMarked() {
        assertEquals(List.of(false, true, true, false, true, false),
                inResidue(new int[] {0, 10}, new int[] {9, 11}, new int[] {14, 16}, new int[] {15, 20},
                        new int[] {25, 26}, new int[] {30, 35}));
    }

    @Test
    void nothingIsMarkedWithoutResidue() {
        Facts facts = new Facts(SourceText.of("t.txt", TEXT));
        Typo typo = new Typo("0", "x", "", 0, 0, 1, 1);
        facts.add(typo);
        new ResidueOverlaps().extract(facts);
        assertEquals(false, typo.isInResidue());
    }
}
