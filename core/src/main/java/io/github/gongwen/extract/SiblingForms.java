package io.github.gongwen.extract;

import io.github.gongwen.fact.Heading;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A step of the outline parser: the written form each group of sibling headings uses. Where a
 * kind has two standard forms ({@code 1.} and {@code 1．}), a list should keep to one; the form of
 * most of its standard markers is the group's (on a tie, the form of the first), and a heading
 * written otherwise is {@linkplain Heading#isOddForm() odd}.
 */
final class SiblingForms {
    private SiblingForms() {
    }

    static void mark(List<Heading> tree) {
        Map<Integer, Map<String, Integer>> counts = new HashMap<>();
        for (Heading h : tree) {
            if (h.isNumbered() && h.isStandardForm()) {
                counts.computeIfAbsent(h.getGroup(), g -> new LinkedHashMap<>()).merge(h.getForm(), 1, Integer::sum);
            }
        }
        Map<Integer, String> form = new HashMap<>();
        counts.forEach((group, byForm) -> {
            String best = null;
            for (Map.Entry<String, Integer> e : byForm.entrySet()) {
                if (best == null || e.getValue() > byForm.get(best)) {
                    best = e.getKey(); // insertion order: the first form wins a tie
                }
            }
            form.put(group, best);
        });
        for (Heading h : tree) {
            if (h.isNumbered()) {
                h.setSiblingForm(form.get(h.getGroup()));
            }
        }
    }
}
