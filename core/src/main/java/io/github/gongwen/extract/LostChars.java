package io.github.gongwen.extract;

import io.github.gongwen.fact.PunctForm;
import io.github.gongwen.fact.PunctFormKind;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.SourceText;
import java.util.Set;

/**
 * Finds characters lost when text was converted between encodings: the replacement character
 * U+FFFD anywhere, and an ASCII {@code ?} written before a Han character, after another or after
 * a Chinese comma ({@code 二期、?水灌区}, {@code 推进??建设}) in a clause that asks nothing (no 吗, 呢, 什么, 怎么,
 * 如何, 是否 … before it). Such a {@code ?} is no half-width question mark: the punctuation
 * scanner leaves it to this one ({@link #at}). Telling a lost character from a question mark reads
 * the clause back to its start, so the judgement is made here, as a {@code LOST_CHAR}
 * {@link PunctForm}.
 */
public final class LostChars implements Extractor {
    @Override public Set<Class<?>> produces() { return Set.of(PunctForm.class); }

    private static final String QUESTION_WORDS = "吗呢么怎何哪谁否岂难";

    @Override
    public void extract(Facts facts) {
        char[] a = facts.chars();
        SourceText src = facts.source();
        String t = src.text();
        for (int i = 0; i < a.length; i++) {
            char c = a[i];
            if (c != '?' && c != '\uFFFD') {
                continue;
            }
            int e = i + 1;
            while (e < a.length && a[e] == c) {
                e++;
            }
            if (c == '\uFFFD' || at(t, i)) {
                facts.add(new PunctForm(PunctFormKind.LOST_CHAR, t.substring(i, e), "", i, e, src.lines().line(i)));
            }
            i = e - 1;
        }
    }

    /** Whether the {@code ?} at {@code i} (or the run of them holding it) stands for a lost character. */
    public static boolean at(String t, int i) {
        int s = i;
        while (s > 0 && t.charAt(s - 1) == '?') {
            s--;
        }
        int e = i + 1;
        while (e < t.length() && t.charAt(e) == '?') {
            e++;
        }
        if (s == 0 || e >= t.length() || !Chars.isHan(t.charAt(e))) {
            return false;
        }
        char before = t.charAt(s - 1);
        if (!Chars.isHan(before) && !(Chars.isChinesePunct(before) && !Chars.isSentenceEnd(before))) {
            return false;
        }
        for (int j = s - 1; j >= 0 && !Chars.isClauseBoundary(t.charAt(j)) && t.charAt(j) != '\n'; j--) {
            if (QUESTION_WORDS.indexOf(t.charAt(j)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
