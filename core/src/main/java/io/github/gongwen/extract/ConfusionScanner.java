package io.github.gongwen.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import io.github.gongwen.fact.ConfusedChar;
import io.github.gongwen.fact.Typo;
import io.github.gongwen.text.CharConfusions;
import io.github.gongwen.text.CharConfusions.Confusion;
import io.github.gongwen.text.CharConfusions.Likeness;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.WordSegmenter;
import io.github.gongwen.text.WordSegmenter.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds wrong characters by the confusion model ({@link CharConfusions}, groups of similar
 * characters from {@code typo-chars.tsv}): two characters that make no word where a frequent word
 * differs from them by one similar character. The model is a cheap first test at the characters of
 * the groups; a candidate counts only where the segmentation of its clause agrees that it stands
 * alone (no dictionary word crosses its ends: {@code 构建|全国} is no 建全), it is no word of the
 * custom dictionary or of {@code typo-words.txt} (correct words the dictionary lacks), a numeral in
 * it is not part of a number ({@code 由千分之三}), and it is not a short quoted term.
 */
public final class ConfusionScanner implements Extractor {
    @Override public Set<Class<?>> reads() { return Set.of(Typo.class); }
    @Override public Set<Class<?>> produces() { return Set.of(ConfusedChar.class); }

    public static final String GROUPS = "typo-chars.tsv";
    public static final String WORDS = "typo-words.txt";
    /**
     * The model of the default groups, written by the build ({@link ConfusionModelWriter}): taken
     * when it fits the groups and the dictionary, instead of walking the dictionary at start-up.
     */
    public static final String MODEL = "typo-chars.model";
    /** The least frequency in HanLP's core dictionary of a word the model suggests. */
    private static final int MIN_FREQUENCY = 15;
    private static final int QUOTE_REACH = 10;
    /** Adverbs and auxiliaries after which a single character is a verb of its own (不干是失职). */
    private static final String VERB_MARKERS = "不没未别敢肯能会要想就才都也还正在再";
    private static final String NUMERALS = "〇零一二三四五六七八九十百千万亿两";

    private final List<CharConfusions.Group> groups = new ArrayList<>();
    private final Set<String> words;
    private final List<String> table;
    /** Keyed by the groups written out ({@link #key}): a record's hash code costs a fresh JVM a bootstrap. */
    private static final Map<String, CharConfusions> MODELS = new ConcurrentHashMap<>();

    private volatile CharConfusions model;

    public ConfusionScanner(Lexicon lexicon) {
        groups.addAll(groups(lexicon));
        this.words = new HashSet<>(lexicon.lines(WORDS));
        this.table = groups.isEmpty() ? List.of() : lexicon.lines(MODEL);
    }

    /** The groups of similar characters in {@code lexicon}'s {@link #GROUPS}. */
    static List<CharConfusions.Group> groups(Lexicon lexicon) {
        List<CharConfusions.Group> out = new ArrayList<>();
        for (String[] row : lexicon.table(GROUPS, 2)) {
            Likeness kind = row[0].equals("音") ? Likeness.SOUND : Likeness.SHAPE;
            out.add(new CharConfusions.Group(kind, row[1]));
        }
        return out;
    }

    /** The groups as one string: equal for equal groups. */
    private static String key(List<CharConfusions.Group> groups) {
        StringBuilder b = new StringBuilder();
        for (CharConfusions.Group g : groups) {
            b.append(g.likeness().ordinal()).append(g.chars()).append('\n');
        }
        return b.toString();
    }

    /** The model of {@code lexicon}'s groups as {@link #MODEL} holds it. */
    static List<String> modelTable(Lexicon lexicon) {
        return CharConfusions.table(groups(lexicon), MIN_FREQUENCY);
    }

    /** The model, built once per set of groups (checkers with the default lists share one). */
    private CharConfusions model() {
        CharConfusions m = model;
        if (m == null) {
            m = MODELS.computeIfAbsent(key(groups), g -> new CharConfusions(groups, MIN_FREQUENCY, table));
            model = m;
        }
        return m;
    }

    /**
     * Starts building the model on a thread of its own (about 30 ms once HanLP's dictionary is
     * loaded), so that the first document finds it ready. Harmless when it is built or building.
     */
    public void preload() {
        if (model == null && !groups.isEmpty()) {
            Thread t = new Thread(this::model, "gongwen-confusions");
            t.setDaemon(true);
            t.start();
        }
    }

    @Override
    public void extract(Facts facts) {
        if (groups.isEmpty()) {
            return;
        }
        char[] t = facts.chars();
        if (t.length < 2) {
            return;
        }
        CharConfusions m = model();
        SourceText src = facts.source();
        List<Typo> listed = facts.of(Typo.class);
        boolean before = m.isMember(t[0]);
        for (int j = 0; j + 1 < t.length; j++) {
            boolean after = m.isMember(t[j + 1]);
            if (before || after) {
                Confusion c = m.find(t[j], t[j + 1]);
                if (c != null && !listed(listed, j) && counts(src.text(), t, c, j)) {
                    facts.add(new ConfusedChar(c.wrong(), c.right(), c.likeness().label(), j, j + 2,
                            src.lines().line(j)));
                }
            }
            before = after;
        }
    }

    /** Whether a form of the confusables list already covers the pair at {@code start}. */
    private static boolean listed(List<Typo> typos, int start) {
        for (Typo t : typos) {
            if (t.getStart() < start + 2 && start < t.getEnd()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two characters at {@code i} are a word of the core dictionary. */
    private static boolean wordAt(char[] t, int i) {
        return i >= 0 && i + 2 <= t.length && CoreDictionary.trie.exactMatchSearch(t, i, i + 2, 0) >= 0; // (text, from, to, root)
    }

    private boolean counts(String t, char[] chars, Confusion c, int start) {
        String wrong = c.wrong();
        if (words.contains(wrong) || CustomDictionary.contains(wrong)) {
            return false;
        }
        int at = start + c.position();
        if (NUMERALS.indexOf(t.charAt(at)) >= 0 && inNumber(t, at)) {
            return false;
        }
        if (at == start && start > 0) {
            char before = t.charAt(start - 1);
            if (NUMERALS.indexOf(before) >= 0 || Chars.isDigit(before)) {
                return false; // a measure or date after a number: 七月一日的
            }
            if (VERB_MARKERS.indexOf(before) >= 0) {
                return false; // the character is a verb of its own: 不干|是
            }
        }
        if (quotedTerm(t, start, start + 2)) {
            return false;
        }
        if (wordAt(chars, start - 1) || wordAt(chars, start + 1)) {
            return false; // 相关|建设, 学习|贯彻: a word takes a character of the pair
        }
        List<Word> ws = WordSegmenter.around(t, start, start + 2);
        if (WordSegmenter.crossedByWord(ws, start, start + 2)) {
            return false;
        }
        Word holder = WordSegmenter.wordAt(ws, at);
        boolean beyond = holder != null && (holder.start() < start || holder.end() > start + 2);
        return !beyond || !numberOrName(holder.tag());
    }

    /** A number, time, measure or name that the segmenter made of the form and its neighbours (七月一日|的). */
    private static boolean numberOrName(String tag) {
        return tag.startsWith("m") || tag.startsWith("t") || tag.startsWith("q") || tag.startsWith("ns")
                || tag.startsWith("nt") || tag.startsWith("nz");
    }

    /** Whether the numeral at {@code at} is part of a number: a numeral or digit next to it, or a measure after it. */
    private static boolean inNumber(String t, int at) {
        char prev = at > 0 ? t.charAt(at - 1) : ' ';
        char next = at + 1 < t.length() ? t.charAt(at + 1) : ' ';
        if (NUMERALS.indexOf(prev) >= 0 || NUMERALS.indexOf(next) >= 0 || Chars.isDigit(prev) || Chars.isDigit(next)
                || "几数上成近逾过约第每".indexOf(prev) >= 0) {
            return true;
        }
        List<Word> ws = WordSegmenter.around(t, at, at + 1);
        Word after = null;
        for (Word w : ws) {
            if (w.start() > at) {
                after = w;
                break;
            }
        }
        return after != null && (after.tag().startsWith("q") || after.tag().startsWith("m"));
    }

    /** Whether {@code [start, end)} lies inside quotation marks that hold a short term. */
    private static boolean quotedTerm(String t, int start, int end) {
        int open = -1;
        for (int i = start - 1; i >= 0 && start - i <= QUOTE_REACH; i--) {
            char c = t.charAt(i);
            if (c == '“' || c == '‘' || c == '「') {
                open = i;
                break;
            }
            if (c == '”' || c == '’' || c == '」' || c == '\n' || Chars.isSentenceEnd(c)) {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = end; i < t.length() && i - open <= QUOTE_REACH + 2; i++) {
            char c = t.charAt(i);
            if (c == '”' || c == '’' || c == '」') {
                return true;
            }
            if (c == '\n' || Chars.isSentenceEnd(c)) {
                return false;
            }
        }
        return false;
    }
}
