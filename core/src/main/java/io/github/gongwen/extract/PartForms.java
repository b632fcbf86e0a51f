package io.github.gongwen.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Wrong forms of a standard formulation made by one edit of a whole part, generated from the
 * formulation written as parts ({@code 党的十八/大/精神}, {@code 以/习近平/同志/为核心的/党中央}):
 * <ul>
 * <li>a part masked ({@code X的二十大}, {@code “xx”重要思想}, {@code 中国共产X}): X, x, *, _, ○ or
 * ×, one to six of them, where the part stands; the rest must hold four characters or more. A
 * part marked {@code @} is a name: a template's mask of a name ({@code 以XX同志为核心的党中央}) is
 * a placeholder to fill in, not a damaged formulation;</li>
 * <li>an inner part, or two neighbouring inner parts, deleted ({@code 党的十八精神},
 * {@code 以为核心的党中央}, {@code 马克思主义、思想、邓小平理论}); the rest must hold five
 * characters or more (a first or last part deleted leaves a shorter formulation, often a correct
 * one);</li>
 * <li>one character of an inner part of two or more replaced ({@code 科学开展观}, a rewriting
 * tool's synonym); the formulation must hold five characters or more.</li>
 * </ul>
 * Each becomes an expression run by {@link FormulationScanner} around its anchor, the longest
 * literal stretch of the kept parts. {@code {N}} in a form stands for the ordinal of a party
 * congress (十五 … 二十), expanded to one form each. Quotes in a form are optional in the text.
 */
final class PartForms {
    /** A generated wrong form: anchor, expression, the standard form, and what differs. */
    /** {@code atStart}: every match opens with the anchor (the expression is tried there only). */
    record Form(String anchor, boolean atStart, Pattern pattern, String standard, String note) {
    }

    private static final String MASK = "[XxＸｘ×*＊_＿○]{1,6}";
    private static final List<String> CONGRESSES = List.of("十五", "十六", "十七", "十八", "十九", "二十");
    private static final int MIN_KEPT_MASKED = 4;
    private static final int MIN_KEPT_DELETED = 5;
    private static final int MIN_SUBSTITUTED = 5;

    private PartForms() {
    }

    /** The wrong forms of one row: parts separated by /, and accepted variants separated by |. */
    static List<Form> of(String parts, String accepted) {
        List<Form> out = new ArrayList<>();
        if (parts.contains("{N}")) {
            for (String n : CONGRESSES) {
                out.addAll(of(parts.replace("{N}", n), accepted));
            }
            return out;
        }
        String[] p = parts.split("/");
        boolean[] name = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            name[i] = p[i].startsWith("@");
            p[i] = name[i] ? p[i].substring(1) : p[i];
        }
        String standard = String.join("", p);
        String guard = accepted.isEmpty() ? "" : "(?!" + String.join("|", literalAll(accepted.split("\\|"))) + ")";
        for (int i = 0; i < p.length; i++) {
            String left = join(p, 0, i);
            String right = join(p, i + 1, p.length);
            if (!name[i] && letters(left + right) >= MIN_KEPT_MASKED) {
                add(out, left, right, literal(left) + quoted(p[i], MASK) + literal(right), guard, standard,
                        "“" + bare(p[i]) + "”被遮盖");
            }
            boolean inner = i > 0 && i < p.length - 1;
            if (inner && letters(left + right) >= MIN_KEPT_DELETED) {
                add(out, left, right, literal(left) + literal(right), guard, standard, "缺少“" + bare(p[i]) + "”");
            }
            if (inner && i + 1 < p.length - 1) {
                String right2 = join(p, i + 2, p.length);
                if (letters(left + right2) >= MIN_KEPT_DELETED) {
                    add(out, left, right2, literal(left) + literal(right2), guard, standard,
                            "缺少“" + bare(p[i] + p[i + 1]) + "”");
                }
            }
            if (inner && letters(p[i]) >= 2 && letters(standard) >= MIN_SUBSTITUTED) {
                List<String> alts = new ArrayList<>();
                for (int j = 0; j < p[i].length(); j++) {
                    char c = p[i].charAt(j);
                    if (Character.isLetter(c)) {
                        alts.add(literal(p[i].substring(0, j)) + "(?!" + c + ")\\p{IsHan}" + literal(p[i].substring(j + 1)));
                    }
                }
                add(out, left, right, literal(left) + "(?:" + String.join("|", alts) + ")" + literal(right), guard,
                        standard, "“" + bare(p[i]) + "”有误");
            }
        }
        return out;
    }

    private static void add(List<Form> out, String left, String right, String regex, String guard, String standard,
            String note) {
        String lead = left.split("[“”\"]", -1)[0];
        if (lead.length() >= 2) {
            // the stretch the match opens with: the expression is tried at the anchor only
            out.add(new Form(lead, true, Patterns.check(guard + regex), standard, note));
            return;
        }
        String anchor = longestPiece(left.length() >= right.length() ? left : right);
        String other = longestPiece(left.length() >= right.length() ? right : left);
        if (other.length() > anchor.length()) {
            anchor = other;
        }
        out.add(new Form(anchor, false, Patterns.check(guard + regex), standard, note));
    }

    /** The longest stretch of {@code s} without quotes: a literal every match holds. */
    private static String longestPiece(String s) {
        String best = "";
        for (String piece : s.split("[“”\"]")) {
            if (piece.length() > best.length()) {
                best = piece;
            }
        }
        return best;
    }

    /** A part without its quotes and list marks, for messages. */
    private static String bare(String part) {
        return part.replaceAll("[“”\"、，]", "");
    }

    private static String join(String[] p, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(p[i]);
        }
        return b.toString();
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** A part's text as an expression, its quotes optional, or {@code replacement} inside its quotes. */
    private static String quoted(String part, String replacement) {
        String open = part.startsWith("“") ? "[“\"]?" : "";
        String close = part.endsWith("”") ? "[”\"]?" : "";
        return open + replacement + close;
    }

    private static List<String> literalAll(String[] forms) {
        List<String> out = new ArrayList<>();
        for (String f : forms) {
            out.add(literal(f));
        }
        return out;
    }

    /** Text as an expression: quotes optional, other characters as themselves. */
    static String literal(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '”' || c == '"') {
                b.append("[“”\"]?");
            } else if (".[]{}()*+?^$|\\".indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
