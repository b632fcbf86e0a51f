package io.github.gongwen.extract;

import io.github.gongwen.fact.SpunWord;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.WordTrie;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds text passed through a synonym-spinning tool, which puts a synonym for each word it can
 * ({@code 发展} → {@code 进展}, {@code 服务} → {@code 效劳}, {@code 安排} → {@code 支配}): inside the
 * stock phrases of official text ({@code stock-phrases.txt}: 经济社会发展, 安排部署, 服务群众) such a
 * synonym stands out, because official text never writes the phrase that way. The wrong forms are
 * generated from the phrases and the spinner's synonyms ({@code spun-synonyms.tsv}: one
 * {@code word<TAB>synonym,synonym} per line), one synonym at a time; the synonyms are found in one
 * pass of a trie, and only where one stands are its forms compared with the text; a form that is itself a phrase of its own (listed as a stock phrase) is not generated.
 * Check new phrases and synonyms against the State Council corpus and corpus/modern: a synonym
 * that official text uses in the phrase too (取得积极进展) must not be listed for it.
 */
public final class SpunPhraseScanner implements Extractor {
    @Override public Set<Class<?>> produces() { return Set.of(SpunWord.class); }

    public static final String PHRASES = "stock-phrases.txt";
    public static final String SYNONYMS = "spun-synonyms.tsv";

    /** A wrong form: the synonym written at {@code [at, at + synonym.length())} of the form. */
    private record Form(String phrase, String word, String synonym, int at, String text) {
    }

    /** The synonyms, searched in one pass; for each, the wrong forms that hold it. */
    private final List<List<Form>> bySynonym = new ArrayList<>();
    private final WordTrie trie;

    public SpunPhraseScanner(Lexicon lexicon) {
        Map<String, List<String>> synonyms = new LinkedHashMap<>();
        for (String[] row : lexicon.table(SYNONYMS, 2)) {
            List<String> list = new ArrayList<>();
            for (String s : row[1].split("[,，]")) {
                if (!s.isBlank()) {
                    list.add(s.strip());
                }
            }
            synonyms.put(row[0], list);
        }
        Set<String> phrases = new HashSet<>(lexicon.lines(PHRASES));
        Set<String> seen = new HashSet<>();
        Map<String, List<Form>> forms = new LinkedHashMap<>();
        for (String phrase : lexicon.lines(PHRASES)) {
            synonyms.forEach((word, list) -> {
                for (int at = phrase.indexOf(word); at >= 0; at = phrase.indexOf(word, at + 1)) {
                    for (String s : list) {
                        String form = phrase.substring(0, at) + s + phrase.substring(at + word.length());
                        if (!phrases.contains(form) && seen.add(form)) {
                            forms.computeIfAbsent(s, k -> new ArrayList<>()).add(new Form(phrase, word, s, at, form));
                        }
                    }
                }
            });
        }
        bySynonym.addAll(forms.values());
        this.trie = new WordTrie(new ArrayList<>(forms.keySet()));
    }

    @Override
    public void extract(Facts facts) {
        if (bySynonym.isEmpty()) {
            return;
        }
        SourceText src = facts.source();
        String t = src.text();
        trie.find(facts.chars(), (index, s, e) -> {
            for (Form f : bySynonym.get(index)) {
                int start = s - f.at();
                if (start >= 0 && t.startsWith(f.text(), start)) {
                    facts.add(new SpunWord(t.substring(s, e), f.word(), f.phrase(), f.text(), s, e, src.lines().line(s)));
                    return;
                }
            }
        });
    }
}
