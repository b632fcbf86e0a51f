package io.github.gongwen.extract;

import io.github.gongwen.fact.Placeholder;
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

/**
 * Finds Han characters written twice in a row ({@code 推动动}) and two-character words written
 * twice ({@code 推进推进}), and describes each by the segmentation of the clause around it
 * ({@link Repetition}). A cheap scan finds the candidates; only the clause around a candidate is
 * segmented. An entry of {@code dup-char-allowed.txt} (correct reduplications such as
 * {@code 人人}, {@code 层层}, {@code 研究研究}) covers a candidate where it stands as whole
 * words; half of an AABB form ({@code 认认真真}, {@code 事事件件}) counts as covered. Doubled numerals ({@code 一一}, {@code 万万}, {@code 〇〇}) are not candidates.
 */
public final class RepeatScanner implements Extractor {
    @Override public Set<Class<?>> produces() { return Set.of(Repetition.class, Placeholder.class); }

    public static final String ALLOWED = "dup-char-allowed.txt";
    public static final String STANDALONE = "dup-char-standalone.txt";
    public static final String PARTICLES = "dup-char-particles.txt";
    private static final String NUMERALS = "一二三四五六七八九十百千万亿〇零两几";

    /** An allowed entry and where a doubled unit sits in it. */
    private record Allowed(String entry, int offset) {
    }

    private final Map<String, List<Allowed>> allowed = new HashMap<>();
    private final Set<String> standalone;
    private final Set<String> particles;

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
        this.standalone = set(lexicon.lines(STANDALONE));
        this.particles = set(lexicon.lines(PARTICLES));
    }

    @Override
    public void extract(Facts facts) {
        char[] t = facts.chars();
        int n = t.length;
        for (int i = 0; i + 1 < n; i++) {
            char c = t[i];
            char d = t[i + 1];
            if (d == c) {
                if (NUMERALS.indexOf(c) < 0 && Chars.isHan(c)) {
                    add(facts, i, 1);
                }
            } else if (i + 3 < n && t[i + 2] == c && t[i + 3] == d && Chars.isHan(c) && Chars.isHan(d)) {
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
        List<Word> words = WordSegmenter.around(t, a, b);
        Word left = WordSegmenter.wordAt(words, a);
        Word right = WordSegmenter.wordAt(words, b - unitLength);
        if (left == null || right == null) {
            return;
        }
        if (unitLength == 1 && DeliberateRepeats.nameDeleted(t, a, words, left, right)) {
            facts.add(new Placeholder(unit, a, a + 1, line, Placeholder.NAME));
            return;
        }
        Repetition.Shape shape = isListed(t, a, text, words)
                ? new Repetition.Shape(true, false, false, false, false, false)
                : unitLength == 1 ? charShape(t, a, words, left, right) : wordShape(t, a, left, right);
        // judged only where the shape alone would report the repeat (the conditions of dup-char.drl)
        boolean suspect = !shape.listed() && !shape.measure()
                && (unitLength == 1 ? (shape.stray() && !shape.functionWord()) || shape.glued() : shape.stray());
        boolean meant = suspect && (unitLength == 1 ? DeliberateRepeats.charRepeat(t, a, words, left, right, particles)
                : DeliberateRepeats.chiasmus(t, a, unitLength));
        String context = t.substring(left.start(), right.end());
        StringBuilder segmentation = new StringBuilder();
        for (Word w : words) {
            if (segmentation.length() > 0) {
                segmentation.append('|');
            }
            segmentation.append(w.text());
        }
        facts.add(new Repetition(text, unit, context, segmentation.toString(), a, b, line, shape, meant));
    }

    private Repetition.Shape charShape(String t, int a, List<Word> words, Word left, Word right) {
        String unit = t.substring(a, a + 1);
        if (left == right) {
            return new Repetition.Shape(false, true, false, false, false, glued(t, a, left, unit));
        }
        boolean leftLone = left.length() == 1;
        boolean rightLone = right.length() == 1;
        boolean stray;
        if (leftLone && rightLone) {
            stray = true;
        } else if (rightLone) {
            stray = !unknownWordNear(next(words, right));
        } else if (leftLone) {
            stray = !unknownWordNear(previous(words, left));
        } else {
            return new Repetition.Shape(false, false, false, false, false, false);
        }
        boolean function = !(leftLone && rightLone) && standalone.contains(unit);
        boolean afterNumeral = a > 0 && (NUMERALS.indexOf(t.charAt(a - 1)) >= 0 || Chars.isDigit(t.charAt(a - 1)));
        // 一个|个, 一|次|次: a measure word reduplicated after 一; 5|年|年均: a unit after a number.
        boolean measure = (rightLone && right.tag().startsWith("q") && a > 0 && t.charAt(a - 1) == '一')
                || (leftLone && !rightLone && afterNumeral && (left.tag().startsWith("q") || left.tag().startsWith("t")));
        return new Repetition.Shape(false, false, stray, function, measure, false);
    }

    /**
     * Whether a word the segmenter kept whole looks made up by the repeat: a doubled particle
     * ({@code 在在}), a reduplication one of whose characters forms a word with its neighbour
     * ({@code 不|断断}: 不断), or a longer word the dictionary lacks but has without the repeat
     * ({@code 安安全}: 安全).
     */
    private boolean glued(String t, int a, Word w, String unit) {
        if (w.length() == 2) {
            return particles.contains(unit)
                    || (a > 0 && WordSegmenter.isWord(t.charAt(a - 1) + unit))
                    || (a + 2 < t.length() && WordSegmenter.isWord(unit + t.charAt(a + 2)));
        }
        int at = a - w.start();
        String without = w.text().substring(0, at) + w.text().substring(at + 1);
        return !WordSegmenter.isWord(w.text()) && WordSegmenter.isWord(without);
    }

    /**
     * A lone character other than a particle beside the lone occurrence: the segmenter could not
     * place either, so they may form a word its dictionary lacks ({@code 拉长|长|板},
     * {@code 监管|管|出}).
     */
    private boolean unknownWordNear(Word w) {
        return w != null && w.length() == 1 && Chars.isHan(w.text().charAt(0)) && !particles.contains(w.text());
    }

    private static Repetition.Shape wordShape(String t, int a, Word left, Word right) {
        boolean stray = left.start() == a && left.end() == a + 2 && right.start() == a + 2 && right.end() == a + 4;
        boolean measure = NUMERALS.indexOf(t.charAt(a)) >= 0;
        return new Repetition.Shape(false, left == right, stray, false, measure, false);
    }

    private static Word next(List<Word> words, Word w) {
        int i = words.indexOf(w);
        return i + 1 < words.size() ? words.get(i + 1) : null;
    }

    private static Word previous(List<Word> words, Word w) {
        int i = words.indexOf(w);
        return i > 0 ? words.get(i - 1) : null;
    }

    /**
     * Whether the doubled character is half of an AABB reduplication, or an allowed entry covers
     * the doubled text and stands as whole words: {@code 人人} in {@code 人人|平等} but not in
     * {@code 中华|人|人民}, where one 人 is a stray.
     */
    /** Whether the doubled character at {@code a} is half of an AABB form (认认真真, 事事件件). */
    private static boolean isAabb(String t, int a) {
        char c = t.charAt(a);
        boolean before = a >= 2 && t.charAt(a - 2) == t.charAt(a - 1) && t.charAt(a - 1) != c
                && Chars.isHan(t.charAt(a - 1));
        boolean after = a + 3 < t.length() && t.charAt(a + 2) == t.charAt(a + 3) && t.charAt(a + 2) != c
                && Chars.isHan(t.charAt(a + 2));
        return before || after;
    }

    private static Set<String> set(List<String> lines) {
        return new HashSet<>(lines.stream().map(String::strip).toList());
    }

    private boolean isListed(String t, int a, String doubled, List<Word> words) {
        if (doubled.length() == 2 && isAabb(t, a)) {
            return true;
        }
        for (Allowed e : allowed.getOrDefault(doubled, List.of())) {
            int from = a - e.offset();
            if (from >= 0 && t.startsWith(e.entry(), from)
                    && WordSegmenter.alignsWith(words, from, from + e.entry().length())) {
                return true;
            }
        }
        return false;
    }
}
