package io.github.gongwen.extract;

import java.util.Arrays;
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
    private final String re;
    /** Whether {@code ^} matches only at the start of the input, so a match elsewhere cannot open with it. */
    private final boolean afterStart;
    private int i;

    private FirstChars(String re, boolean afterStart) {
        this.re = re;
        this.afterStart = afterStart;
    }

    /** The set of UTF-16 units a non-empty match can start with, or {@code null} for any. */
    static BitSet of(String regex) {
        Node n = analyse(regex, false);
        return n == null ? null : bits(n.first);
    }

    /**
     * The set of UTF-16 units a non-empty match can start with at a position other than the start
     * of the input, or {@code null} for any: without the multi-line flag, an alternative that opens
     * with {@code ^} matches only at the start ({@code (?:^|[。！？])x} opens elsewhere with one of
     * {@code 。！？}; {@code ^x|y} with {@code y}). For a pattern compiled without flags.
     */
    static BitSet afterStart(String regex) {
        Node n = analyse(regex, true);
        return n == null ? null : bits(n.first);
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
        Node n = analyse(regex, false);
        return n == null ? null : new Start(bits(n.first), bits(n.second), n.single, bits(n.required));
    }

    /** A new bitmap of {@code u} ({@code null}: any). */
    private static BitSet bits(Units u) {
        return u == null ? null : u.toBitSet();
    }

    /** The analysis of a whole expression; {@code null} when unknown or when it can match the empty string. */
    private static Node analyse(String regex, boolean afterStart) {
        FirstChars p = new FirstChars(regex, afterStart);
        try {
            Node n = p.alternation();
            return p.i != regex.length() || n == null || n.nullable ? null : n;
        } catch (Unsupported | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /**
     * What is known of the matches of a piece of the expression; {@code null} stands for
     * "unknown". {@code first}: the units a non-empty match starts with; {@code second}: the units
     * that can be the second of a match at least two long ({@code null}: any); {@code single}:
     * whether a match can be exactly one unit long. All over-approximations.
     */
    private record Node(Units first, boolean nullable, Units second, boolean single, Units required) {
        /** {@code required}: the units every match of the piece holds (a subset of the truth). */
        Node(Units first, boolean nullable, Units second, boolean single) {
            this(first, nullable, second, single, Units.NONE);
        }

        static Node empty() {
            return new Node(Units.NONE, true, Units.NONE, false);
        }

        /** One unit of {@code set}; {@code wide}: the set holds a character outside the BMP (two units). */
        static Node chars(Units set, boolean wide) {
            return new Node(set, false, wide ? null : Units.NONE, true, Units.NONE);
        }

        /** One literal character ({@code set} holds just it): it is in every match (outside the BMP, its high surrogate). */
        static Node literal(Units set, boolean wide) {
            return new Node(set, false, wide ? null : Units.NONE, true, set);
        }

        static Node chars(Units set) {
            return chars(set, false);
        }

        /** A zero-width piece that matches nowhere but at the start of the input. */
        static Node never() {
            return new Node(Units.NONE, false, Units.NONE, false);
        }

        /** This piece followed by {@code next} ({@code null}: unknown). */
        Node then(Node next) {
            if (next == null) {
                if (nullable) {
                    return null;
                }
                // next opens only where this piece is one unit long: it adds any second unit then
                return new Node(first, false, single ? null : second, single, required);
            }
            Units f = union(first, nullable ? next.first : Units.NONE);
            Units s = union(union(second, single ? next.first : Units.NONE), nullable ? next.second : Units.NONE);
            return new Node(f, nullable && next.nullable, s, single && next.nullable || nullable && next.single,
                    union(required, next.required));
        }

        /** A match of this piece or of {@code other}. */
        Node or(Node other) {
            return new Node(union(first, other.first), nullable || other.nullable, union(second, other.second),
                    single || other.single, required.intersect(other.required));
        }

        /** This piece repeated {@code min} to {@code max} times ({@code max} < 0: no bound). */
        Node repeated(int min, int max) {
            Units r = min == 0 ? Units.NONE : required;
            if (max == 1) {
                return min == 0 ? new Node(first, true, second, single, r) : this;
            }
            // in two or more copies, a one-unit copy may be followed by another copy's first unit
            Units s = union(second, single ? first : Units.NONE);
            return new Node(first, nullable || min == 0, s, single && (min <= 1 || nullable), r);
        }
    }

    /** The union of two sets, where {@code null} stands for "any unit". */
    private static Units union(Units a, Units b) {
        return a == null || b == null ? null : a.union(b);
    }

    /**
     * An immutable set of UTF-16 units: a few listed in order, more in a bitmap. The analysis makes
     * a set for every character of an expression and unions them piece by piece, and a bitmap of
     * one CJK character alone takes 2.5 KB (its words up to the character's bit): as bitmaps, the
     * start-up analysis of the data files allocated 57 MB.
     */
    static final class Units {
        static final Units NONE = new Units(new char[0], null);
        /** Up to this many units are listed. */
        private static final int FEW = 32;

        /** The units in order, without repeats; {@code null} when {@link #bits} holds them. */
        private final char[] few;
        private final BitSet bits;

        private Units(char[] few, BitSet bits) {
            this.few = few;
            this.bits = bits;
        }

        static Units of(char unit) {
            return new Units(new char[] {unit}, null);
        }

        /** The units of {@code set}, which the caller no longer changes. */
        static Units of(BitSet set) {
            if (set.isEmpty()) {
                return NONE;
            }
            int n = set.cardinality();
            if (n > FEW) {
                return new Units(null, set);
            }
            char[] out = new char[n];
            int k = 0;
            for (int b = set.nextSetBit(0); b >= 0; b = set.nextSetBit(b + 1)) {
                out[k++] = (char) b;
            }
            return new Units(out, null);
        }

        boolean isEmpty() {
            return few != null ? few.length == 0 : bits.isEmpty();
        }

        Units union(Units o) {
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
                    return n == few.length ? this : n == o.few.length ? o : new Units(Arrays.copyOf(merged, n), null);
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
            return new Units(null, u);
        }

        Units intersect(Units o) {
            if (isEmpty() || o.isEmpty()) {
                return NONE;
            }
            if (few == null && o.few == null) {
                BitSet both = toBitSet();
                both.and(o.bits);
                return of(both);
            }
            Units listed = few != null ? this : o;
            Units other = listed == this ? o : this;
            char[] out = new char[listed.few.length];
            int n = 0;
            for (char c : listed.few) {
                if (other.contains(c)) {
                    out[n++] = c;
                }
            }
            return n == 0 ? NONE : n == listed.few.length ? listed : new Units(Arrays.copyOf(out, n), null);
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

    /** Syntax this analysis does not follow: the caller falls back to "any character". */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private Node alternation() {
        Node n = sequence();
        while (i < re.length() && re.charAt(i) == '|') {
            i++;
            Node m = sequence();
            n = n == null || m == null ? null : n.or(m);
        }
        return n;
    }

    private Node sequence() {
        Node n = Node.empty();
        while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
            Node item = quantified(); // parsed even when n is already unknown
            n = n == null ? null : n.then(item);
        }
        return n;
    }

    private Node quantified() {
        Node n = atom();
        while (i < re.length()) {
            char c = re.charAt(i);
            int min;
            int max;
            if (c == '?' || c == '*' || c == '+') {
                min = c == '+' ? 1 : 0;
                max = c == '?' ? 1 : -1;
                i++;
            } else if (c == '{') {
                int close = re.indexOf('}', i);
                if (close < 0) {
                    throw new Unsupported();
                }
                String[] bounds = re.substring(i + 1, close).split(",", -1);
                min = count(bounds[0]);
                max = bounds.length == 1 ? min : bounds[1].isBlank() ? -1 : count(bounds[1]);
                i = close + 1;
            } else {
                break;
            }
            if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
                i++; // lazy or possessive
            }
            if (n != null) {
                n = max == 0 ? Node.empty() : n.repeated(min, max);
            }
        }
        return n;
    }

    private static int count(String digits) {
        String d = digits.strip();
        if (d.isEmpty() || d.length() > 6 || !d.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new Unsupported();
        }
        return Integer.parseInt(d);
    }

    private Node atom() {
        char c = re.charAt(i);
        switch (c) {
            case '(':
                return group();
            case '[':
                return charClass();
            case '.':
                i++;
                return null;
            case '^':
                i++;
                return afterStart ? Node.never() : Node.empty();
            case '$':
                i++;
                return Node.empty();
            case '\\':
                return escape();
            case '*':
            case '+':
            case '?':
            case '{':
                throw new Unsupported();
            default:
                return literalNode();
        }
    }

    /** One literal character; one outside the BMP is two units, the second not tracked. */
    private Node literalNode() {
        int cp = literal();
        return Node.literal(unit(cp), !Character.isBmpCodePoint(cp));
    }

    private Node group() {
        i++; // (
        boolean zeroWidth = false;
        if (re.startsWith("?", i)) {
            if (re.startsWith("?:", i) || re.startsWith("?>", i)) {
                i += 2;
            } else if (re.startsWith("?=", i) || re.startsWith("?!", i)) {
                i += 2;
                zeroWidth = true;
            } else if (re.startsWith("?<=", i) || re.startsWith("?<!", i)) {
                i += 3;
                zeroWidth = true;
            } else if (re.startsWith("?<", i)) {
                int close = re.indexOf('>', i);
                if (close < 0) {
                    throw new Unsupported();
                }
                i = close + 1;
            } else {
                // inline flags: (?m) (?s:...) are harmless; i, x, u, U, d change what matches
                int j = i + 1;
                while (j < re.length() && "imsxuUd-".indexOf(re.charAt(j)) >= 0) {
                    if ("ixuUd".indexOf(re.charAt(j)) >= 0 || afterStart && re.charAt(j) == 'm') {
                        throw new Unsupported(); // with (?m), ^ also matches after each line break
                    }
                    j++;
                }
                if (j >= re.length()) {
                    throw new Unsupported();
                }
                if (re.charAt(j) == ')') {
                    i = j + 1;
                    return Node.empty();
                }
                if (re.charAt(j) != ':') {
                    throw new Unsupported();
                }
                i = j + 1;
            }
        }
        Node inner = alternation();
        if (i >= re.length() || re.charAt(i) != ')') {
            throw new Unsupported();
        }
        i++;
        return zeroWidth ? Node.empty() : inner;
    }

    private Node escape() {
        char e = re.charAt(i + 1);
        switch (e) {
            case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
                i += 2;
                return Node.empty();
            case 'd': case 's': case 'w':
                i += 2;
                return Node.chars(Units.of(predefined(e)));
            case 'p': case 'P':
                i += 2;
                if (re.charAt(i) == '{') {
                    i = re.indexOf('}', i) + 1;
                } else {
                    i++;
                }
                return null;
            case 'D': case 'S': case 'W': case 'h': case 'H': case 'v': case 'V': case 'R': case 'X':
                i += 2;
                return null;
            case 'Q':
                return quoted();
            default:
                if (e >= '1' && e <= '9') { // back-reference
                    i += 2;
                    while (i < re.length() && Character.isDigit(re.charAt(i))) {
                        i++;
                    }
                    return null;
                }
                return literalNode();
        }
    }

    /**
     * {@code \Q...\E} ({@link java.util.regex.Pattern#quote}): its characters one after another. A
     * quantifier after it would apply to the last character only; that is not followed.
     */
    private Node quoted() {
        int end = re.indexOf("\\E", i + 2);
        String literal = end < 0 ? re.substring(i + 2) : re.substring(i + 2, end);
        i = end < 0 ? re.length() : end + 2;
        if (i < re.length() && "?*+{".indexOf(re.charAt(i)) >= 0) {
            throw new Unsupported();
        }
        Node n = Node.empty();
        for (int k = 0; k < literal.length(); ) {
            int cp = literal.codePointAt(k);
            k += Character.charCount(cp);
            n = n.then(Node.literal(unit(cp), !Character.isBmpCodePoint(cp)));
        }
        return n;
    }

    /**
     * A character class {@code [...]} of literals, ranges and \d \s \w; any other class (negated,
     * nested, intersected, with properties) is skipped and unknown.
     */
    private Node charClass() {
        int open = i;
        i++; // [
        if (re.startsWith("]", i) || re.startsWith("^]", i)) {
            throw new Unsupported(); // whether ] is a literal here is not worth knowing
        }
        if (re.charAt(i) == '^') {
            return skipClass(open);
        }
        BitSet set = new BitSet();
        boolean wide = false;
        while (re.charAt(i) != ']') {
            char c = re.charAt(i);
            if (c == '[' || re.startsWith("&&", i)
                    || (c == '\\' && "dsw".indexOf(re.charAt(i + 1)) < 0 && Character.isLetterOrDigit(re.charAt(i + 1))
                            && "tnrfaeux".indexOf(re.charAt(i + 1)) < 0)) {
                return skipClass(open);
            }
            if (c == '\\' && "dsw".indexOf(re.charAt(i + 1)) >= 0) {
                set.or(predefined(re.charAt(i + 1)));
                i += 2;
                continue;
            }
            int from = literal();
            if (re.charAt(i) == '-' && re.charAt(i + 1) != ']') {
                i++;
                int to = literal();
                if (to < from || to > 0xFFFF) {
                    throw new Unsupported();
                }
                set.set(from, to + 1);
            } else {
                set.set(Character.isBmpCodePoint(from) ? from : Character.highSurrogate(from));
                wide |= !Character.isBmpCodePoint(from);
            }
        }
        i++; // ]
        return Node.chars(Units.of(set), wide);
    }

    /** Moves past the class opened at {@code open} (which may nest classes); its first set is unknown. */
    private Node skipClass(int open) {
        int depth = 0;
        i = open;
        while (true) {
            char c = re.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                depth++;
                if (re.charAt(i + 1) == ']' || re.startsWith("^]", i + 1)) {
                    throw new Unsupported();
                }
            } else if (c == ']' && --depth == 0) {
                i++;
                return null;
            }
            i++;
        }
    }

    /** One literal character, plain or escaped, at {@code i}; returns its code point. */
    private int literal() {
        char c = re.charAt(i);
        if (c != '\\') {
            int cp = re.codePointAt(i);
            i += Character.charCount(cp);
            return cp;
        }
        char e = re.charAt(i + 1);
        i += 2;
        switch (e) {
            case 't': return '\t';
            case 'n': return '\n';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'a': return '\u0007';
            case 'e': return '\u001B';
            case 'u': {
                int cp = Integer.parseInt(re.substring(i, i + 4), 16);
                i += 4;
                return cp;
            }
            case 'x': {
                if (re.charAt(i) == '{') {
                    throw new Unsupported();
                }
                int cp = Integer.parseInt(re.substring(i, i + 2), 16);
                i += 2;
                return cp;
            }
            default:
                if (Character.isLetterOrDigit(e)) {
                    throw new Unsupported(); // \p{..}, \Q, \1, \k<..>, \h, \R, …
                }
                return e;
        }
    }

    /** The unit a literal character opens with: itself, or outside the BMP its high surrogate. */
    private static Units unit(int cp) {
        return Units.of(Character.isBmpCodePoint(cp) ? (char) cp : Character.highSurrogate(cp));
    }

    /** Java's ASCII {@code \d}, {@code \s} and {@code \w}. */
    private static BitSet predefined(char e) {
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
}
