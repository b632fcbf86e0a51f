package io.github.gongwen;

import io.github.gongwen.config.Suggestion;
import io.github.gongwen.engine.RuleInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks the rule ids and categories a user typed (a {@code --disable}, a plugin's
 * {@code disable}, an HTTP request) against the rules a checker declares, the same way in every
 * front end: each unknown name is reported with the closest known one.
 */
public final class RuleNames {
    private RuleNames() {
    }

    /** Every id and category of the checker's declared rules, sorted. */
    public static TreeSet<String> known(Checker checker) {
        TreeSet<String> known = new TreeSet<>();
        for (RuleInfo r : checker.declaredRules()) {
            known.add(r.id());
            known.add(r.category());
        }
        return known;
    }

    /**
     * One problem per name that is neither a rule id nor a category of {@code checker}:
     * {@code no rule has the id or category 'placeholdr'; did you mean 'placeholder'?}.
     */
    public static List<String> unknown(Checker checker, Collection<String> names) {
        TreeSet<String> known = known(checker);
        List<String> problems = new ArrayList<>();
        for (String n : names) {
            if (!known.contains(n)) {
                problems.add("no rule has the id or category '" + n + "'" + Suggestion.didYouMean(n, known));
            }
        }
        return problems;
    }
}
