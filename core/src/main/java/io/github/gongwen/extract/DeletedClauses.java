package io.github.gongwen.extract;

import io.github.gongwen.fact.Placeholder;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.WordSegmenter.Word;
import io.github.gongwen.text.WordSegmenter;
import java.util.List;
import java.util.Set;

/**
 * Finds what else was deleted from a text whose figures or names were deleted (a
 * {@link Placeholder#NUMBER} or {@link Placeholder#NAME} found already): a clause, where a comma is
 * followed at once by another comma, a semicolon or a full stop ({@code 粮食再获丰收，。},
 * {@code 建成项目12个，，是…}); and a company's name, where a clause opens with a bare
 * {@code 公司}, {@code 集团}, {@code 合作社} or {@code 协会} before a verb ({@code 。公司新租地300亩}),
 * which official text writes with its name or 该. That evidence tells a stripped template from a slip
 * of the keyboard, which the punctuation rules report as a repeated mark. Runs after the
 * placeholder scanner.
 */
final class DeletedClauses implements Extractor {
    @Override public Set<Class<?>> reads() { return Set.of(Placeholder.class); }
    @Override public Set<Class<?>> produces() { return Set.of(Placeholder.class); }

    /** Nouns that need a name before them when they open a clause. */
    private static final String[] NAMED = {"公司", "集团", "合作社", "协会"};
    /** Characters after such a noun that make a word of it (公司制, 集团化). */
    private static final String WORD_ENDS = "制化法章债型级";
    @Override
    public void extract(Facts facts) {
        List<Placeholder> found = facts.of(Placeholder.class);
        boolean stripped = false;
        for (Placeholder p : found) {
            if (Placeholder.NUMBER.equals(p.getKind()) || Placeholder.NAME.equals(p.getKind())) {
                stripped = true;
                break;
            }
        }
        if (!stripped) {
            return;
        }
        char[] a = facts.chars();
        SourceText src = facts.source();
        for (int i = 1; i < a.length; i++) {
            if (isComma(a[i - 1]) && (isComma(a[i]) || isStop(a[i])) && !overlaps(found, i - 1, i + 1)) {
                int e = i + 1;
                while (e < a.length && (isComma(a[e]) || isStop(a[e]))) {
                    e++;
                }
                facts.add(new Placeholder(src.text().substring(i - 1, e), i - 1, e, src.lines().line(i - 1),
                        Placeholder.CLAUSE));
                i = e;
            }
        }
        for (int i = 0; i < a.length; i++) {
            if (i == 0 || isClauseStart(a[i - 1])) {
                String name = namedAt(src.text(), i);
                if (name != null && !overlaps(found, i, i + name.length())) {
                    facts.add(new Placeholder(name, i, i + name.length(), src.lines().line(i), Placeholder.NAME));
                }
            }
        }
    }

    private static String namedAt(String t, int i) {
        for (String w : NAMED) {
            int e = i + w.length();
            if (t.startsWith(w, i) && e < t.length() && Chars.isHan(t.charAt(e)) && WORD_ENDS.indexOf(t.charAt(e)) < 0) {
                // the noun is a word of its own and a verb or an adverb follows it (公司|新|租地, not 公司|治理)
                List<Word> words = WordSegmenter.around(t, i, e);
                Word word = WordSegmenter.wordAt(words, i);
                Word next = WordSegmenter.wordAt(words, e);
                return word != null && word.start() == i && word.end() == e && next != null && next.start() == e
                        && (next.tag().startsWith("v") && !next.tag().equals("vn") || next.tag().startsWith("d")) ? w : null;
            }
        }
        return null;
    }

    private static boolean isClauseStart(char c) {
        return c == '，' || c == ',' || c == '。' || c == '；' || c == ';' || c == '\n';
    }

    private static boolean overlaps(List<Placeholder> found, int s, int e) {
        for (Placeholder p : found) {
            if (p.getStart() < e && p.getEnd() > s) {
                return true;
            }
        }
        return false;
    }

    private static boolean isComma(char c) {
        return c == '，' || c == ',';
    }

    private static boolean isStop(char c) {
        return c == '。' || c == '；' || c == ';';
    }
}
