package io.github.gongwen.text;

import io.github.gongwen.Background;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese word segmentation of short stretches of text, by HanLP's Viterbi segmenter (the
 * portable jar carries its dictionaries; nothing is downloaded). Segmenting runs at about 1 MB/s
 * and loading the dictionaries takes about half a second, so callers segment only a clause around
 * a place they already suspect; the segmenter is loaded on first use. Thread-safe: HanLP's
 * analysis keeps its state on the stack, and the segmenter is configured once, before it is
 * published.
 */
public final class WordSegmenter {
    /** How far a window reaches from the place of interest, at most, on each side. */
    private static final int REACH = 16;

    private WordSegmenter() {
    }

    /** A word of a segmented text: its characters, offset in the text and part-of-speech tag. */
    public record Word(String text, int start, String tag) {
        public int end() {
            return start + text.length();
        }

        public int length() {
            return text.length();
        }
    }

    /** Segments {@code text} (a clause or so; offsets are into it). */
    public static List<Word> segment(String text) {
        return segment(text, 0);
    }

    /**
     * Segments the clause around {@code [start, end)} of {@code text}: from the clause boundary
     * (or line end) before it to the one after it, at most {@link #REACH} characters away on each
     * side. Offsets are into {@code text}.
     */
    public static List<Word> around(String text, int start, int end) {
        return segment(text.substring(windowStart(text, start), windowEnd(text, end)), windowStart(text, start));
    }

    /** Where the window {@link #around} segments for a place starting at {@code start} begins. */
    public static int windowStart(String text, int start) {
        int from = start;
        while (from > 0 && start - from < REACH && !stops(text.charAt(from - 1))) {
            from--;
        }
        return from;
    }

    /** Where the window {@link #around} segments for a place ending at {@code end} ends. */
    public static int windowEnd(String text, int end) {
        int to = end;
        while (to < text.length() && to - end < REACH && !stops(text.charAt(to))) {
            to++;
        }
        return to;
    }

    /**
     * Whether some word of a dictionary the segmenter uses ends at {@code end} and starts at or
     * after {@code from} with part-of-speech {@code tag} among its uses. The segmenter tags a
     * dictionary word with one of its dictionary uses (and the words it makes up as names,
     * numbers or letters never so with a function-word tag): where this is false, no word the
     * segmenter makes there has that tag.
     */
    public static boolean dictionaryWordEndsWithTag(String text, int from, int end, String tag) {
        for (int s = end - 1; s >= from; s--) {
            String w = text.substring(s, end);
            if (hasTag(CoreDictionary.get(w), tag) || hasTag(CustomDictionary.get(w), tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTag(CoreDictionary.Attribute at, String tag) {
        if (at == null) {
            return false;
        }
        for (com.hankcs.hanlp.corpus.tag.Nature n : at.nature) {
            if (n.toString().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether HanLP's core dictionary has this word. */
    public static boolean isWord(String word) {
        return CoreDictionary.contains(word);
    }

    /** Whether HanLP's core dictionary has this word as a measure word (场, 届, 件), among its other uses. */
    public static boolean isMeasureWord(String word) {
        CoreDictionary.Attribute at = CoreDictionary.get(word);
        if (at == null) {
            return false;
        }
        for (com.hankcs.hanlp.corpus.tag.Nature n : at.nature) {
            if (n.toString().startsWith("q")) {
                return true;
            }
        }
        return false;
    }

    /** The word of {@code words} that holds the character at {@code offset}, or {@code null}. */
    public static Word wordAt(List<Word> words, int offset) {
        for (Word w : words) {
            if (w.start() <= offset && offset < w.end()) {
                return w;
            }
        }
        return null;
    }

    /** Whether {@code [start, end)} begins and ends on word boundaries of {@code words}. */
    public static boolean alignsWith(List<Word> words, int start, int end) {
        for (Word w : words) {
            if ((w.start() < start && start < w.end()) || (w.start() < end && end < w.end())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a dictionary word crosses a boundary of {@code [start, end)}: {@code 构建|全国}
     * for 建全, {@code 邻居|位于} for 居位. A word the segmenter made up around a misspelling
     * ({@code 通货膨|涨}) does not count.
     */
    public static boolean crossedByWord(List<Word> words, int start, int end) {
        for (Word w : words) {
            boolean crosses = (w.start() < start && start < w.end()) || (w.start() < end && end < w.end());
            if (crosses && (CoreDictionary.contains(w.text()) || CustomDictionary.contains(w.text()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean stops(char c) {
        return c == '\n' || c == '\r' || Chars.isClauseBoundary(c) || Chars.isOpening(c);
    }

    private static List<Word> segment(String text, int offset) {
        List<Term> terms = Holder.SEGMENT.seg(text);
        List<Word> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            out.add(new Word(t.word, offset + t.offset, t.nature == null ? "" : t.nature.toString()));
        }
        return out;
    }

    /**
     * Starts loading the segmenter's dictionaries on a thread of its own (a fresh JVM spends about
     * a third of a second on them), so that the first segmentation finds them ready. Harmless when
     * they are loaded or loading.
     */
    public static void preload() {
        Background.run("hanlp", () -> {
            Segment loaded = Holder.SEGMENT;
        });
    }

    /**
     * Loads HanLP on first use (class initialisation is thread-safe and happens once). HanLP loads
     * most of its dictionaries (core words, word pairs, person names, character types) only on the
     * first segmentation, so one is done here: whoever loads the segmenter, the preloading thread
     * above all, loads them too, and the first caller that needs a real segmentation does not.
     */
    private static final class Holder {
        static final Segment SEGMENT = load();

        private static Segment load() {
            Segment segment = HanLP.newSegment().enableOffset(true);
            segment.seg("张三同志和约翰·史密斯在北京市人民政府召开会议。");
            return segment;
        }
    }
}
