package io.github.gongwen.extract;

/**
 * What is known of the matches of a piece of the expression; {@code null} stands for
 * "unknown". {@code first}: the units a non-empty match starts with; {@code second}: the units
 * that can be the second of a match at least two long ({@code null}: any); {@code single}:
 * whether a match can be exactly one unit long. All over-approximations.
 */
record Piece(UnitSet first, boolean nullable, UnitSet second, boolean single, UnitSet required) {
    /** {@code required}: the units every match of the piece holds (a subset of the truth). */
    Piece(UnitSet first, boolean nullable, UnitSet second, boolean single) {
        this(first, nullable, second, single, UnitSet.NONE);
    }

    static Piece empty() {
        return new Piece(UnitSet.NONE, true, UnitSet.NONE, false);
    }

    /** One unit of {@code set}; {@code wide}: the set holds a character outside the BMP (two units). */
    static Piece chars(UnitSet set, boolean wide) {
        return new Piece(set, false, wide ? null : UnitSet.NONE, true, UnitSet.NONE);
    }

    /** One literal character ({@code set} holds just it): it is in every match (outside the BMP, its high surrogate). */
    static Piece literal(UnitSet set, boolean wide) {
        return new Piece(set, false, wide ? null : UnitSet.NONE, true, set);
    }

    static Piece chars(UnitSet set) {
        return chars(set, false);
    }

    /** A zero-width piece that matches nowhere but at the start of the input. */
    static Piece never() {
        return new Piece(UnitSet.NONE, false, UnitSet.NONE, false);
    }

    /** This piece followed by {@code next} ({@code null}: unknown). */
    Piece then(Piece next) {
        if (next == null) {
            if (nullable) {
                return null;
            }
            // next opens only where this piece is one unit long: it adds any second unit then
            return new Piece(first, false, single ? null : second, single, required);
        }
        UnitSet f = union(first, nullable ? next.first : UnitSet.NONE);
        UnitSet s = union(union(second, single ? next.first : UnitSet.NONE), nullable ? next.second : UnitSet.NONE);
        return new Piece(f, nullable && next.nullable, s, single && next.nullable || nullable && next.single,
                union(required, next.required));
    }

    /** A match of this piece or of {@code other}. */
    Piece or(Piece other) {
        return new Piece(union(first, other.first), nullable || other.nullable, union(second, other.second),
                single || other.single, required.intersect(other.required));
    }

    /** This piece repeated {@code min} to {@code max} times ({@code max} < 0: no bound). */
    Piece repeated(int min, int max) {
        UnitSet r = min == 0 ? UnitSet.NONE : required;
        if (max == 1) {
            return min == 0 ? new Piece(first, true, second, single, r) : this;
        }
        // in two or more copies, a one-unit copy may be followed by another copy's first unit
        UnitSet s = union(second, single ? first : UnitSet.NONE);
        return new Piece(first, nullable || min == 0, s, single && (min <= 1 || nullable), r);
    }

    /** The union of two sets, where {@code null} stands for "any unit". */
    private static UnitSet union(UnitSet a, UnitSet b) {
        return a == null || b == null ? null : a.union(b);
    }
}
