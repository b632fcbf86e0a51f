package io.github.gongwen.extract;

import java.util.Arrays;
import java.util.BitSet;

/**
 * An immutable set of UTF-16 units: a few listed in order, more in a bitmap. The analysis makes
 * a set for every character of an expression and unions them piece by piece, and a bitmap of
 * one CJK character alone takes 2.5 KB (its words up to the character's bit): as bitmaps, the
 * start-up analysis of the data files allocated 57 MB.
 */
final class UnitSet {
    static final UnitSet NONE = new UnitSet(new char[0], null);
    /** Up to this many units are listed. */
    private static final int FEW = 32;

    /** The units in order, without repeats; {@code null} when {@link #bits} holds them. */
    private final char[] few;
    private final BitSet bits;

    private UnitSet(char[] few, BitSet bits) {
        this.few = few;
        this.bits = bits;
    }

    static UnitSet of(char unit) {
        return new UnitSet(new char[] {unit}, null);
    }

    /** The units of {@code set}, which the caller no longer changes. */
    static UnitSet of(BitSet set) {
        if (set.isEmpty()) {
            return NONE;
        }
        int n = set.cardinality();
        if (n > FEW) {
            return new UnitSet(null, set);
        }
        char[] out = new char[n];
        int k = 0;
        for (int b = set.nextSetBit(0); b >= 0; b = set.nextSetBit(b + 1)) {
            out[k++] = (char) b;
        }
        return new UnitSet(out, null);
    }

    /** The unit a literal character opens with: itself, or outside the BMP its high surrogate. */
    static UnitSet ofCodePoint(int cp) {
        return of(Character.isBmpCodePoint(cp) ? (char) cp : Character.highSurrogate(cp));
    }

    /** Java's ASCII {@code \d}, {@code \s} and {@code \w}. */
    static BitSet predefined(char e) {
        BitSet s = new BitSet();
        switch (e) {
            case 'd':
                s.set('0', '9' + 1);
                break;
            case 's':
                for (char c : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
                    s.set(c);
                }
                break;
            default:
                s.set('0', '9' + 1);
                s.set('a', 'z' + 1);
                s.set('A', 'Z' + 1);
                s.set('_');
        }
        return s;
    }

    boolean isEmpty() {
        return few != null ? few.length == 0 : bits.isEmpty();
    }

    UnitSet union(UnitSet o) {
        if (o.isEmpty() || o == this) {
            return this;
        }
        if (isEmpty()) {
            return o;
        }
        if (few != null && o.few != null) {
            char[] merged = new char[few.length + o.few.length];
            int a = 0;
            int b = 0;
            int n = 0;
            while (a < few.length || b < o.few.length) {
                char c = b >= o.few.length || (a < few.length && few[a] <= o.few[b]) ? few[a] : o.few[b];
                merged[n++] = c;
                a += a < few.length && few[a] == c ? 1 : 0;
                b += b < o.few.length && o.few[b] == c ? 1 : 0;
            }
            if (n <= FEW) {
                return n == few.length ? this : n == o.few.length ? o : new UnitSet(Arrays.copyOf(merged, n), null);
            }
        }
        BitSet u = toBitSet();
        if (o.few == null) {
            u.or(o.bits);
        } else {
            for (char c : o.few) {
                u.set(c);
            }
        }
        return new UnitSet(null, u);
    }

    UnitSet intersect(UnitSet o) {
        if (isEmpty() || o.isEmpty()) {
            return NONE;
        }
        if (few == null && o.few == null) {
            BitSet both = toBitSet();
            both.and(o.bits);
            return of(both);
        }
        UnitSet listed = few != null ? this : o;
        UnitSet other = listed == this ? o : this;
        char[] out = new char[listed.few.length];
        int n = 0;
        for (char c : listed.few) {
            if (other.contains(c)) {
                out[n++] = c;
            }
        }
        return n == 0 ? NONE : n == listed.few.length ? listed : new UnitSet(Arrays.copyOf(out, n), null);
    }

    boolean contains(char c) {
        return few != null ? Arrays.binarySearch(few, c) >= 0 : bits.get(c);
    }

    /** A new bitmap of the units. */
    BitSet toBitSet() {
        if (few == null) {
            return (BitSet) bits.clone();
        }
        BitSet out = new BitSet();
        for (char c : few) {
            out.set(c);
        }
        return out;
    }
}
