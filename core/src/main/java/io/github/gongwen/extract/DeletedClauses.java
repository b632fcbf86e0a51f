package io.github.gongwen.extract;

import io.github.gongwen.fact.Placeholder;
import io.github.gongwen.text.SourceText;
import java.util.List;

/**
 * Finds clauses deleted from a text whose figures were deleted: a comma followed at once by another
 * comma, a semicolon or a full stop ({@code 粮食再获丰收，。}, {@code 建成项目12个，，是…}), in a
 * document where deleted figures were already found ({@link Placeholder#NUMBER} or
 * {@link Placeholder#NAME}). That evidence tells a stripped template from a slip of the keyboard,
 * which the punctuation rules report as a repeated mark. Runs after the placeholder scanner.
 */
final class DeletedClauses implements Extractor {
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
