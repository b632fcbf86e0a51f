package io.github.gongwen.fix;

import io.github.gongwen.Finding;
import io.github.gongwen.engine.RuleInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The safe fixes among findings, and their application to a text. A finding is fixed when its rule
 * declares {@code @fix("safe")}, it has a suggestion and it is about a place (not the whole
 * document). Fixes that overlap an earlier one are left for a later round: one text change never
 * undoes another.
 */
public final class Fixes {
    private static final Comparator<Finding> BY_PLACE = Comparator.comparingInt(Finding::startOffset)
            .thenComparingInt(Finding::endOffset).thenComparing(Finding::ruleId);

    private Fixes() {
    }

    /** Whether {@code f} is a safe fix by the metadata of its rule ({@code null}: unknown rule, not safe). */
    public static boolean isSafe(Finding f, RuleInfo rule) {
        return rule != null && rule.safeFix() && f.suggestion() != null && !f.isDocumentLevel()
                && !f.suggestion().equals(f.excerpt());
    }

    /**
     * The safe fixes among {@code findings}, in text order, none overlapping another (fixes that
     * only touch are both kept).
     */
    public static List<Finding> select(List<Finding> findings, Map<String, RuleInfo> rulesById) {
        List<Finding> safe = new ArrayList<>();
        for (Finding f : findings) {
            if (isSafe(f, rulesById.get(f.ruleId()))) {
                safe.add(f);
            }
        }
        safe.sort(BY_PLACE);
        List<Finding> out = new ArrayList<>(safe.size());
        int end = -1;
        for (Finding f : safe) {
            if (f.startOffset() >= end) {
                out.add(f);
                end = f.endOffset();
            }
        }
        return out;
    }

    /**
     * Applies non-overlapping fixes, in text order, to the text their offsets refer to.
     *
     * @throws IllegalArgumentException when a fix does not fit the text (its excerpt is not there)
     */
    public static String apply(String text, List<Finding> fixes) {
        StringBuilder b = new StringBuilder(text.length());
        int at = 0;
        for (Finding f : fixes) {
            int s = f.startOffset();
            int e = f.endOffset();
            if (s < at || e > text.length() || !text.substring(s, e).equals(f.excerpt())) {
                throw new IllegalArgumentException("the fix " + f + " does not fit the text");
            }
            b.append(text, at, s).append(f.suggestion());
            at = e;
        }
        return b.append(text, at, text.length()).toString();
    }
}
