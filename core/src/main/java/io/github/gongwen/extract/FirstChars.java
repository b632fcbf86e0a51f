package io.github.gongwen.extract;

import java.util.BitSet;

/**
 * Works out which characters a match of a regular expression can start with, so that a scan can
 * skip the positions where it cannot match. Understands the syntax data files use (literals,
 * classes, groups, alternation, quantifiers, look-around, anchors, the common escapes); for
 * anything else, or an expression that can match the empty string, the answer is "any character"
 * ({@code null}), which is always safe. The answer is in UTF-16 units: for a character outside
 * the BMP, its high surrogate.
 */
final class FirstChars {
    private FirstChars() {
    }

    /** The set of UTF-16 units a non-empty match can start with, or {@code null} for any. */
    static BitSet of(String regex) {
        Piece n = RegexReader.analyse(regex, false);
        return n == null ? null : bits(n.first());
    }

    /**
     * The set of UTF-16 units a non-empty match can start with at a position other than the start
     * of the input, or {@code null} for any: without the multi-line flag, an alternative that opens
     * with {@code ^} matches only at the start ({@code (?:^|[。！？])x} opens elsewhere with one of
     * {@code 。！？}; {@code ^x|y} with {@code y}). For a pattern compiled without flags.
     */
    static BitSet afterStart(String regex) {
        Piece n = RegexReader.analyse(regex, true);
        return n == null ? null : bits(n.first());
    }

    /**
     * How matches of the whole expression open: the units a non-empty match can start with, the
     * units that can follow as its second ({@code null}: any), and whether a match can be one unit
     * long; and the units every match holds ({@code required}: 页, 珍, 藏 and 版 for
     * {@code [0-9]+页珍藏版}), so that a text without one of them cannot hold a match. The first
     * three are supersets of the truth, {@code required} a subset.
     */
    record Start(BitSet first, BitSet second, boolean single, BitSet required) {
    }

    /**
     * How matches of {@code regex} open, or {@code null} when not known (or when it can match the
     * empty string). The two-unit view lets a scan skip a position whose character can open a
     * match but whose next character cannot continue one.
     */
    static Start start(String regex) {
        Piece n = RegexReader.analyse(regex, false);
        return n == null ? null : new Start(bits(n.first()), bits(n.second()), n.single(), bits(n.required()));
    }

    /** A new bitmap of {@code u} ({@code null}: any). */
    private static BitSet bits(UnitSet u) {
        return u == null ? null : u.toBitSet();
    }

}
