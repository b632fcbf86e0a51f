package io.github.gongwen.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of download, template and document-sharing sites, by class, from {@code site-words.txt}
 * (one {@code class<TAB>word} per line): metadata field names, toolbar buttons, section labels,
 * title suffixes, document genres, and the words of site boilerplate. Immutable.
 */
final class SiteWords {
    static final String FILE = "site-words.txt";
    private final Map<String, List<String>> byClass = new HashMap<>();

    SiteWords(Lexicon lexicon) {
        for (String[] row : lexicon.table(FILE, 2)) {
            if (!row[0].isEmpty() && !row[1].isEmpty()) {
                byClass.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
            }
        }
    }

    boolean isEmpty() {
        return byClass.isEmpty();
    }

    /** The words of a class, in file order (empty when the class has none). */
    List<String> of(String kind) {
        return byClass.getOrDefault(kind, List.of());
    }

    /**
     * The words of a class as one regular-expression alternation, longest first so that the
     * longest word wins; a class without words gives an expression that matches nothing.
     */
    String alternation(String kind) {
        List<String> words = of(kind);
        if (words.isEmpty()) {
            return "(?!)";
        }
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
