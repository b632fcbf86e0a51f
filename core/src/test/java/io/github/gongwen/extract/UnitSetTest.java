package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnitSetTest {
    /** The analysis's sets, listed while small and bitmaps when large, agree with bitmaps on random sets. */
    @Test
    void unitSetsAgreeWithBitmaps() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            BitSet a = randomSet(random);
            BitSet b = randomSet(random);
            UnitSet ua = UnitSet.of((BitSet) a.clone());
            UnitSet ub = UnitSet.of((BitSet) b.clone());
            BitSet union = (BitSet) a.clone();
            union.or(b);
            BitSet both = (BitSet) a.clone();
            both.and(b);
            assertEquals(union, ua.union(ub).toBitSet(), a + " ∪ " + b);
            assertEquals(both, ua.intersect(ub).toBitSet(), a + " ∩ " + b);
            assertEquals(a.isEmpty(), ua.isEmpty());
            assertEquals(a, ua.toBitSet());
        }
    }

    /** 0 to 60 units from a small range (so that sets overlap), some of them CJK. */
    private static BitSet randomSet(Random random) {
        BitSet s = new BitSet();
        int n = random.nextInt(61);
        for (int k = 0; k < n; k++) {
            s.set(random.nextBoolean() ? 'a' + random.nextInt(40) : 0x4E00 + random.nextInt(40));
        }
        return s;
    }

    @Test
    void aCharacterOutsideTheBmpOpensWithItsHighSurrogate() {
        assertEquals(List.of('\uD840'), chars(UnitSet.ofCodePoint(0x20000)));
        assertEquals(List.of('页'), chars(UnitSet.ofCodePoint('页')));
        assertEquals(10, UnitSet.predefined('d').cardinality());
        assertEquals(63, UnitSet.predefined('w').cardinality());
    }

    private static List<Character> chars(UnitSet u) {
        return u.toBitSet().stream().mapToObj(c -> (char) c).toList();
    }
}
