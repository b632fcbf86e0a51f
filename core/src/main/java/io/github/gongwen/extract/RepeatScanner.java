package io.github.gongwen.extract;

import io.github.gongwen.fact.Repetition;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.WordSegmenter;
import io.github.gongwen.text.WordSegmenter.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds Han characters written twice in a row ({@code 推动动}) and two-character words written
 * twice ({@code 推进推进}), and describes each by the segmentation of the clause around it
 * ({@link Repetition}). A cheap scan finds the candidates; only the clause around a candidate is
 * segmented, and only when no entry of {@code dup-char-allowed.txt} (correct reduplications such
 * as {@code 人人}, {@code 层层}, {@code 研究研究}) covers it. Doubled numerals ({@code 一一},
 * {@code 万万}, {@code 〇〇}) are not candidates.
 */
public final class RepeatScanner implements Extractor {
    public static final String ALLOWED = "dup-char-allowed.txt";
    public static final String FUNCTION_WORDS = "dup-char-function-words.txt";
    private static final String NUMERALS = "一二三四五六七八九十百千万亿〇零两几";

    /** An allowed entry and where a doubled unit sits in it. */
    private record Allowed(String entry, int offset) {
    }

    private final Map<String, List<Allowed>> allowed = new HashMap<>();
    private final Set<String> functionWords;

    public RepeatScanner(Lexicon lexicon) {
        for (String e : lexicon.lines(ALLOWED)) {
            String entry = e.strip();
            for (int p = 0; p + 1 < entry.length(); p++) {
                for (int u = 1; u <= 2 && p + 2 * u <= entry.length(); u++) {
                    if (entry.regionMatches(p, entry, p + u, u)) {
                        allowed.computeIfAbsent(entry.substring(p, p + 2 * u), k -> new ArrayList<>())
                                .add(new Allowed(entry, p));
                    }
                }
            }
        }
        this.functionWords = new HashSet<>(lexicon.lines(FUNCTION_WORDS).stream().map(String::strip).toList());
    }

    @Override
    public void extract(Facts facts) {
        String t = facts.source().text();
        int n = t.length();
        for (int i = 0; i + 1 < n; i++) {
            char c = t.charAt(i);
            char d = t.charAt(i + 1);
            if (d == c) {
                if (NUMERALS.indexOf(c) < 0 && Chars.isHan(c)) {
                    add(facts, i, 1);
                }
            } else if (i + 3 < n && t.charAt(i + 2) == c && t.charAt(i + 3) == d && Chars.isHan(c) && Chars.isHan(d)) {
                add(facts, i, 2);
            }
        }
    }

    private void add(Facts facts, int a, int unitLength) {
        SourceText src = facts.source();
        String t = src.text();
        int b = a + 2 * unitLength;
        String text = t.substring(a, b);
        String unit = text.substring(0, unitLength);
        int line = src.lines().line(a);
        if (isListed(t, a, text)) {
            Repetition.Shape shape = new Repetition.Shape(true, false, false, false, false, false);
            facts.add(new Repetition(text, unit, text, "", a, b, line, shape));
            return;
        }
        List<Word> words = WordSegmenter.around(t, a, b);
        Word left = WordSegmenter.wordAt(words, a);
        Word right = WordSegmenter.wordAt(words, b - unitLength);
        if (left == null || right == null) {
            return;
        }
        Repetition.Shape shape = unitLength == 1 ? charShape(t, a, words, left, right) : wordShape(t, a, left, right);
        String context = t.substring(left.start(), right.end());
        String segmentation = words.stream().map(Word::text).collect(Collectors.joining("|"));
        facts.add(new Repetition(text, unit, context, segmentation, a, b, line, shape));
    }

    private Repetition.Shape charShape(String t, int a, List<Word> words, Word left, Word right) {
        String unit = t.substring(a, a + 1);
        if (left == right) {
            boolean joins = left.length() == 2
                    && ((a > 0 && WordSegmenter.isWord(t.charAt(a - 1) + unit))
                            || (a + 2 < t.length() && WordSegmenter.isWord(unit + t.charAt(a + 2))));
            return new Repetition.Shape(false, true, false, false, false, joins);
        }
        boolean leftLone = left.length() == 1;
        boolean rightLone = right.length() == 1;
        boolean stray;
        Word lone;
        if (leftLone && rightLone) {
            stray = true;
            lone = right;
        } else if (rightLone) {
            lone = right;
            stray = !loneHan(next(words, right));
        } else if (leftLone) {
            lone = left;
            Word before = previous(words, left);
            // 娱乐|税|税率, 翻案|风|风源: a lone noun after a word is the suffix of a compound
            // the dictionary lacks (娱乐税), not a repeat.
            stray = !loneHan(before) && !(left.tag().startsWith("n") && before != null && before.length() > 1);
        } else {
            return new Repetition.Shape(false, false, false, false, false, false);
        }
        boolean function = !(leftLone && rightLone) && functionWords.contains(unit);
        boolean measure = lone.tag().startsWith("q") && a > 0 && NUMERALS.indexOf(t.charAt(a - 1)) >= 0;
        return new Repetition.Shape(false, false, stray, function, measure, false);
    }

    private static Repetition.Shape wordShape(String t, int a, Word left, Word right) {
        boolean stray = left.start() == a && left.end() == a + 2 && right.start() == a + 2 && right.end() == a + 4;
        boolean measure = NUMERALS.indexOf(t.charAt(a)) >= 0;
        return new Repetition.Shape(false, left == right, stray, false, measure, false);
    }

    /** A one-character Han word: the segmenter could not place the character in a longer word. */
    private static boolean loneHan(Word w) {
        return w != null && w.length() == 1 && Chars.isHan(w.text().charAt(0));
    }

    private static Word next(List<Word> words, Word w) {
        int i = words.indexOf(w);
        return i + 1 < words.size() ? words.get(i + 1) : null;
    }

    private static Word previous(List<Word> words, Word w) {
        int i = words.indexOf(w);
        return i > 0 ? words.get(i - 1) : null;
    }

    private boolean isListed(String t, int a, String doubled) {
        for (Allowed e : allowed.getOrDefault(doubled, List.of())) {
            int from = a - e.offset();
            if (from >= 0 && t.startsWith(e.entry(), from)) {
                return true;
            }
        }
        return false;
    }
}
