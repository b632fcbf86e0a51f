package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class PieceTest {
    private static Piece lit(char c) {
        return Piece.literal(UnitSet.of(c), false);
    }

    private static String s(UnitSet u) {
        StringBuilder b = new StringBuilder();
        BitSet bits = u.toBitSet();
        bits.stream().forEach(c -> b.append((char) c));
        return b.toString();
    }

    @Test
    void aSequenceOpensWithItsFirstNonOptionalPiece() {
        Piece ab = Piece.empty().then(lit('a').repeated(0, 1)).then(lit('b'));
        assertEquals("ab", s(ab.first()));
        assertEquals("b", s(ab.second()));
        assertTrue(ab.single()); // "b" alone
        assertFalse(ab.nullable());
        assertEquals("b", s(ab.required()));
    }

    @Test
    void alternativesShareOnlyWhatBothRequire() {
        Piece x = lit('a').then(lit('c')).or(lit('b').then(lit('c')));
        assertEquals("ab", s(x.first()));
        assertEquals("c", s(x.required()));
        assertFalse(x.single());
    }

    @Test
    void anUnknownPieceAfterANullableOneIsUnknown() {
        assertNull(lit('a').repeated(0, -1).then(null));
        Piece known = lit('a').then(null);
        assertEquals("a", s(known.first()));
        assertNull(known.second()); // one unit long, so anything may follow
        assertTrue(lit('a').repeated(2, 3).required().contains('a'));
        assertEquals("a", s(lit('a').repeated(2, 3).second()));
    }
}
