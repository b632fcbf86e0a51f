package io.github.gongwen.extract;

import java.util.BitSet;

/**
 * Reads a regular expression piece by piece, by recursive descent over Java's syntax, and combines
 * what is known of each piece's matches ({@link Piece}) into what is known of the whole; the
 * grammar's methods share one cursor and call one another, so they stay together in this one class.
 */
final class RegexReader {
    private final String re;
    /** Whether {@code ^} matches only at the start of the input, so a match elsewhere cannot open with it. */
    private final boolean afterStart;
    private int i;

    private RegexReader(String re, boolean afterStart) {
        this.re = re;
        this.afterStart = afterStart;
    }

    /** The analysis of a whole expression; {@code null} when unknown or when it can match the empty string. */
    static Piece analyse(String regex, boolean afterStart) {
        RegexReader p = new RegexReader(regex, afterStart);
        try {
            Piece n = p.alternation();
            return p.i != regex.length() || n == null || n.nullable() ? null : n;
        } catch (Unsupported | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** Syntax this analysis does not follow: the caller falls back to "any character". */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private Piece alternation() {
        Piece n = sequence();
        while (i < re.length() && re.charAt(i) == '|') {
            i++;
            Piece m = sequence();
            n = n == null || m == null ? null : n.or(m);
        }
        return n;
    }

    private Piece sequence() {
        Piece n = Piece.empty();
        while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
            Piece item = quantified(); // parsed even when n is already unknown
            n = n == null ? null : n.then(item);
        }
        return n;
    }

    private Piece quantified() {
        Piece n = atom();
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
                n = max == 0 ? Piece.empty() : n.repeated(min, max);
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

    private Piece atom() {
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
                return afterStart ? Piece.never() : Piece.empty();
            case '$':
                i++;
                return Piece.empty();
            case '\\':
                return escape();
            case '*':
            case '+':
            case '?':
            case '{':
                throw new Unsupported();
            default:
                return literalPiece();
        }
    }

    /** One literal character; one outside the BMP is two units, the second not tracked. */
    private Piece literalPiece() {
        int cp = literal();
        return Piece.literal(UnitSet.ofCodePoint(cp), !Character.isBmpCodePoint(cp));
    }

    private Piece group() {
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
                    return Piece.empty();
                }
                if (re.charAt(j) != ':') {
                    throw new Unsupported();
                }
                i = j + 1;
            }
        }
        Piece inner = alternation();
        if (i >= re.length() || re.charAt(i) != ')') {
            throw new Unsupported();
        }
        i++;
        return zeroWidth ? Piece.empty() : inner;
    }

    private Piece escape() {
        char e = re.charAt(i + 1);
        switch (e) {
            case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
                i += 2;
                return Piece.empty();
            case 'd': case 's': case 'w':
                i += 2;
                return Piece.chars(UnitSet.of(UnitSet.predefined(e)));
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
                return literalPiece();
        }
    }

    /**
     * {@code \Q...\E} ({@link java.util.regex.Pattern#quote}): its characters one after another. A
     * quantifier after it would apply to the last character only; that is not followed.
     */
    private Piece quoted() {
        int end = re.indexOf("\\E", i + 2);
        String literal = end < 0 ? re.substring(i + 2) : re.substring(i + 2, end);
        i = end < 0 ? re.length() : end + 2;
        if (i < re.length() && "?*+{".indexOf(re.charAt(i)) >= 0) {
            throw new Unsupported();
        }
        Piece n = Piece.empty();
        for (int k = 0; k < literal.length(); ) {
            int cp = literal.codePointAt(k);
            k += Character.charCount(cp);
            n = n.then(Piece.literal(UnitSet.ofCodePoint(cp), !Character.isBmpCodePoint(cp)));
        }
        return n;
    }

    /**
     * A character class {@code [...]} of literals, ranges and \d \s \w; any other class (negated,
     * nested, intersected, with properties) is skipped and unknown.
     */
    private Piece charClass() {
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
                set.or(UnitSet.predefined(re.charAt(i + 1)));
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
        return Piece.chars(UnitSet.of(set), wide);
    }

    /** Moves past the class opened at {@code open} (which may nest classes); its first set is unknown. */
    private Piece skipClass(int open) {
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
}
