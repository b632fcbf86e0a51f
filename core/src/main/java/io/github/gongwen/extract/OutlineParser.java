package io.github.gongwen.extract;

import io.github.gongwen.fact.EnumItem;
import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.Marker;
import io.github.gongwen.fact.MarkerKind;
import io.github.gongwen.fact.Paragraph;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.LineIndex;
import io.github.gongwen.text.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the outline of a report: {@link Paragraph}s, the {@link Heading} tree and the
 * {@link EnumItem}s inside paragraphs.
 *
 * <ol>
 *   <li>Every non-blank line is a paragraph; a line that opens with a heading marker is a heading.
 *       A line that opens an annex ({@link AnnexHeadings}) is none: each annex has an outline of
 *       its own.</li>
 *   <li>A line-start marker that also reads as a number ({@code 8.6个…}, {@code 一、三年来…}) is a
 *       heading where that makes the numbering consecutive ({@link AmbiguousMarkers}).</li>
 *   <li>Bracketed and circled numbers and 一是/一要/第一， inside lines are enumeration items.</li>
 *   <li>An inline {@code （一）} right after a sentence end whose numbering continues with a heading
 *       line ({@code …法治政府。（一）加强政治学习…} followed by a line {@code （二）…}) is a heading
 *       buried in a paragraph.</li>
 *   <li>A short line without a number that reads like a title is an unnumbered heading when the
 *       numbering around it leaves a place for it (after {@code 四、} with nothing after it, or
 *       between {@code 二、} and {@code 四、}) or when a new {@code （一）} group starts under it.</li>
 *   <li>Headings nest by GB/T 9704 level: 一、 &gt; （一） &gt; 1. &gt; （1） &gt; ①, whatever their
 *       written form; siblings are the headings of one kind under one parent. Each group of
 *       siblings keeps to one written form ({@link SiblingForms}).</li>
 *   <li>Enumeration items are grouped ({@link EnumerationGroups}).</li>
 * </ol>
 */
public final class OutlineParser implements Extractor {
    @Override public Set<Class<?>> produces() { return Set.of(Paragraph.class, Heading.class, EnumItem.class); }

    /** Data file: titles that are conventionally left unnumbered (结束语, 附件, …). */
    public static final String CONVENTIONAL_HEADINGS = "conventional-headings.txt";
    /** Data table: words that stand for the first numbers of an enumeration (首先 1, 其次 2). */
    public static final String ORDINAL_WORDS = "ordinal-words.txt";

    private static final int MAX_UNNUMBERED_TITLE = 30;

    private final Set<String> conventional;
    private final Map<String, Integer> ordinalWords = new LinkedHashMap<>();
    /** The first characters of the ordinal words. */
    private final BitSet wordStartSet = new BitSet();
    /**
     * Whether a marker or an ordinal word may start with a character, as one bit by character (8 KB,
     * of which the scan of Chinese text reads less than 3 KB: it stays in the cache). Read inline
     * in the scan for candidates, which tests almost every character of the text.
     */
    private final long[] candidateStart = new long[(Character.MAX_VALUE + 1) / 64];

    public OutlineParser(Lexicon lexicon) {
        this.conventional = new HashSet<>(lexicon.lines(CONVENTIONAL_HEADINGS));
        for (String[] row : lexicon.table(ORDINAL_WORDS, 2)) {
            ordinalWords.put(row[0], Integer.parseInt(row[1].strip()));
        }
        ordinalWords.keySet().forEach(w -> wordStartSet.set(w.charAt(0)));
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (MarkerSyntax.canStart((char) c) || wordStartSet.get(c)) {
                candidateStart[c >>> 6] |= 1L << c;
            }
        }
    }

    /**
     * The next place in a line where a marker or an ordinal word (首先) may start: {@code i} and
     * {@code to} are offsets into the line, which starts at {@code lineStart} in {@code text}.
     */
    private int nextCandidate(char[] text, int lineStart, int i, int to) {
        long[] starts = candidateStart;
        while (i < to) {
            char c = text[lineStart + i];
            if ((starts[c >>> 6] & (1L << c)) != 0) {
                return i;
            }
            i++;
        }
        return to;
    }

    /**
     * One line of the document with its content bounds: {@code text} is the line from its first
     * non-blank character, which is at {@code start} in the document.
     */
    private static final class Line {
        final int number;
        final int start;
        final String text;
        final int from;
        final int to;
        Heading heading;
        MarkerSyntax.Match marker;
        /** A paragraph of a table cell (Word documents): no part of the outline. */
        boolean table;
        /** The line opens an annex ({@link AnnexHeadings}). */
        boolean annex;

        Line(int number, int start, String text, int from, int to) {
            this.number = number;
            this.start = start;
            this.text = text;
            this.from = from;
            this.to = to;
        }

        boolean blank() {
            return from >= to;
        }

        String content() {
            return text.substring(from, to);
        }

        int lastChar() {
            return text.codePointBefore(to);
        }
    }

    @Override
    public void extract(Facts facts) {
        SourceText src = facts.source();
        char[] chars = facts.chars();
        List<Line> lines = lines(src);
        List<Heading> lineHeadings = new ArrayList<>();
        List<EnumItem> inline = new ArrayList<>();
        Map<EnumItem, Boolean> afterSentence = new IdentityHashMap<>();
        List<EnumerationGroups.StandIn> standIns = new ArrayList<>();

        List<Integer> annexStarts = new ArrayList<>();
        for (Line l : lines) {
            if (l.blank() || l.table) {
                continue;
            }
            l.annex = l.text.charAt(l.from) == '附' && AnnexHeadings.opens(l.content());
            if (l.annex) {
                annexStarts.add(l.start + l.from);
            } else {
                l.marker = MarkerSyntax.heading(l.text, l.from, true);
            }
        }
        confirmAmbiguous(lines);
        for (Line l : lines) {
            if (l.blank() || l.table) {
                continue;
            }
            int scanFrom = l.from;
            MarkerSyntax.Match m = l.marker;
            if (m != null) {
                String title = title(l.text, m.end(), l.to);
                l.heading = new Heading(m.kind(), m.text(l.text), m.ordinal(), m.form(), m.standard(),
                        l.start + m.start(), l.start + m.end(), l.number, title, false, false);
                lineHeadings.add(l.heading);
                scanFrom = m.end();
            }
            scanInline(chars, l, scanFrom, inline, afterSentence, standIns);
        }

        List<Heading> buried = promoteBuried(inline, afterSentence, lineHeadings, annexStarts, src);
        Set<Heading> afterHeading = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Heading> unnumbered = unnumberedCandidates(lines, lineHeadings, afterHeading);

        List<Heading> all = new ArrayList<>(lineHeadings);
        all.addAll(buried);
        all.addAll(unnumbered);
        all.sort(Comparator.comparingInt(Heading::getStart));
        Counter groups = new Counter();
        List<Heading> tree = new ArrayList<>();
        List<Integer> splits = new ArrayList<>();
        for (List<Heading> part : byAnnex(all, annexStarts, splits)) {
            tree.addAll(buildTree(part, groups, afterHeading));
        }
        SiblingForms.mark(tree);
        Set<Integer> headingLines = new HashSet<>();
        for (Heading h : tree) {
            if (!h.isInline()) {
                headingLines.add(h.getLine());
            }
        }
        inline.addAll(EnumerationGroups.group(inline, tree, splits, groups, standIns));
        inline.sort(Comparator.comparingInt(EnumItem::getStart));

        for (Line l : lines) {
            if (!l.blank()) {
                facts.add(new Paragraph(l.number, l.start + l.from, l.start + l.to, l.content(),
                        headingLines.contains(l.number)));
            }
        }
        tree.forEach(facts::add);
        inline.forEach(facts::add);
    }

    private static List<Line> lines(SourceText src) {
        LineIndex index = src.lines();
        String text = src.text();
        boolean markdown = src.isMarkdown();
        List<Line> out = new ArrayList<>(index.lineCount());
        for (int n = 1; n <= index.lineCount(); n++) {
            int start = index.lineStart(n);
            int end = index.lineEnd(n);
            while (start < end && Chars.isBlank(text.charAt(start))) {
                start++; // the line's text starts after its indent, so that a paragraph's content is mostly that text itself
            }
            String t = text.substring(start, end);
            int from = 0;
            if (markdown) {
                from = skipMarkdownPrefix(t, from);
            }
            int to = t.length();
            while (to > from && Chars.isBlank(t.charAt(to - 1))) {
                to--;
            }
            Line line = new Line(n, start, t, from, to);
            line.table = src.inTable(n);
            out.add(line);
        }
        return out;
    }

    /** Decides the ambiguous line-start markers ({@link AmbiguousMarkers}). */
    private static void confirmAmbiguous(List<Line> lines) {
        int n = lines.size();
        MarkerSyntax.Match[] candidates = null;
        for (int k = 0; k < n; k++) {
            Line l = lines.get(k);
            if (l.blank() || l.table || l.annex || l.marker != null) {
                continue;
            }
            MarkerSyntax.Match m = MarkerSyntax.ambiguousHeading(l.text, l.from);
            if (m != null) {
                if (candidates == null) {
                    candidates = new MarkerSyntax.Match[n];
                }
                candidates[k] = m;
            }
        }
        if (candidates == null) {
            return;
        }
        MarkerSyntax.Match[] markers = new MarkerSyntax.Match[n];
        boolean[] barrier = new boolean[n];
        for (int k = 0; k < n; k++) {
            markers[k] = lines.get(k).marker;
            barrier[k] = lines.get(k).annex;
        }
        AmbiguousMarkers.confirm(markers, candidates, barrier);
        for (int k = 0; k < n; k++) {
            lines.get(k).marker = markers[k];
        }
    }

    /**
     * The headings of the report and of each annex, each part in text order. An annex line splits
     * the outline only where the numbering starts again after it: its first numbered heading is a
     * 1, and no heading after it continues the numbering before it (a note such as
     * {@code 附：统计表} inside the report, followed by {@code 1.…} rows and then {@code 三、},
     * does not split). The offsets of the annex lines that split are added to {@code splits}.
     */
    private static List<List<Heading>> byAnnex(List<Heading> all, List<Integer> annexStarts, List<Integer> splits) {
        List<List<Heading>> parts = new ArrayList<>();
        int from = 0;
        int i = 0;
        for (int a = 0; a < annexStarts.size(); a++) {
            int at = annexStarts.get(a);
            int end = a + 1 < annexStarts.size() ? annexStarts.get(a + 1) : Integer.MAX_VALUE;
            while (i < all.size() && all.get(i).getStart() < at) {
                i++;
            }
            int j = i;
            while (j < all.size() && all.get(j).getStart() < end) {
                j++;
            }
            if (i > from && restarts(all.subList(from, i), all.subList(i, j))) {
                parts.add(new ArrayList<>(all.subList(from, i)));
                splits.add(at);
                from = i;
            }
        }
        parts.add(new ArrayList<>(all.subList(from, all.size())));
        return parts;
    }

    /** Whether the headings after an annex line number afresh instead of going on with those before. */
    private static boolean restarts(List<Heading> before, List<Heading> after) {
        Heading first = nextNumbered(after, 0);
        if (first == null || first.getOrdinal() != 1) {
            return false;
        }
        Map<MarkerKind, Integer> last = new EnumMap<>(MarkerKind.class);
        for (Heading h : before) {
            if (h.isNumbered()) {
                last.put(h.getKind(), h.getOrdinal());
            }
        }
        Set<MarkerKind> seen = java.util.EnumSet.noneOf(MarkerKind.class);
        for (Heading h : after) {
            if (h.isNumbered() && seen.add(h.getKind()) && last.containsKey(h.getKind())
                    && h.getOrdinal() == last.get(h.getKind()) + 1) {
                return false;
            }
        }
        return true;
    }

    /** Skips ATX heading hashes, block quotes and list bullets of a Markdown line. */
    private static int skipMarkdownPrefix(String t, int i) {
        int j = i;
        while (j < t.length() && (t.charAt(j) == '#' || t.charAt(j) == '>')) {
            j++;
        }
        if (j > i && j < t.length() && t.charAt(j) == ' ') {
            return MarkerSyntax.skipBlanks(t, j);
        }
        if (j == i && j + 1 < t.length() && "-*+".indexOf(t.charAt(j)) >= 0 && t.charAt(j + 1) == ' ') {
            return MarkerSyntax.skipBlanks(t, j + 1);
        }
        return i;
    }

    /** The heading text after a marker, up to the first sentence or clause end. */
    private static String title(String t, int from, int to) {
        int i = MarkerSyntax.skipBlanks(t, from);
        if (i < to && (t.charAt(i) == '、' || t.charAt(i) == '．' || t.charAt(i) == '.')) {
            i = MarkerSyntax.skipBlanks(t, i + 1);
        }
        int j = i;
        while (j < to && "。！？；：!?;:".indexOf(t.charAt(j)) < 0) {
            j++;
        }
        return t.substring(i, j).strip();
    }

    private void scanInline(char[] chars, Line l, int from, List<EnumItem> out,
            Map<EnumItem, Boolean> afterSentence, List<EnumerationGroups.StandIn> standIns) {
        String t = l.text;
        int i = from;
        while ((i = nextCandidate(chars, l.start, i, l.to)) < l.to) {
            char before = i > 0 ? t.charAt(i - 1) : ' ';
            boolean boundary = i == l.from || i == from || Chars.isClauseBoundary(before) || Chars.isOpening(before)
                    || Chars.isBlank(before) || before == '是' || before == '即';
            if (!boundary) {
                i++;
                continue;
            }
            boolean lineStart = i == l.from;
            String word = ordinalWordAt(t, i);
            if (word != null) {
                standIns.add(new EnumerationGroups.StandIn(word, ordinalWords.get(word), l.start + i, l.start + i + word.length(),
                        l.number, lineStart));
                i += word.length();
                continue;
            }
            MarkerSyntax.Match m = MarkerSyntax.heading(t, i, false);
            if (m != null && !followedByText(t, m.end(), l.to)) {
                m = null;
            }
            if (m == null) {
                m = MarkerSyntax.enumeration(t, i);
            }
            if (m == null) {
                i++;
                continue;
            }
            EnumItem item = new EnumItem(m.kind(), m.text(t), m.ordinal(), m.form(), m.standard(),
                    l.start + m.start(), l.start + m.end(), l.number, lineStart);
            out.add(item);
            afterSentence.put(item, i > l.from && Chars.isSentenceEnd(t.charAt(i - 1)));
            i = m.end();
        }
    }

    private String ordinalWordAt(String t, int i) {
        if (!wordStartSet.get(t.charAt(i))) {
            return null;
        }
        for (String w : ordinalWords.keySet()) {
            if (t.startsWith(w, i)) {
                return w;
            }
        }
        return null;
    }

    /** Whether a bracketed number is followed by text (a clause), not by punctuation or the line end. */
    private static boolean followedByText(String t, int i, int to) {
        i = MarkerSyntax.skipBlanks(t, i);
        if (i >= to) {
            return false;
        }
        int c = t.codePointAt(i);
        return Chars.isHan(c) || c == '“' || c == '‘' || c == '《' || c == '"';
    }

    /**
     * Inline （一） items that continue the numbering of heading lines become buried headings. The
     * item must follow a sentence end and its neighbour in numbering must be a heading line of the
     * same kind, with no higher-level heading in between.
     */
    private static List<Heading> promoteBuried(List<EnumItem> inline, Map<EnumItem, Boolean> afterSentence,
            List<Heading> lineHeadings, List<Integer> annexStarts, SourceText src) {
        List<Heading> out = new ArrayList<>();
        for (var it = inline.iterator(); it.hasNext();) {
            EnumItem e = it.next();
            if (!e.getKind().isHeading() || e.getKind() == MarkerKind.CIRCLED || !afterSentence.get(e)) {
                continue;
            }
            int rank = e.getKind().getRank();
            Heading before = null;
            Heading after = null;
            for (Heading h : lineHeadings) {
                boolean higher = h.getKind().getRank() < rank || annexBetween(annexStarts, h, e);
                if (h.getStart() < e.getStart()) {
                    if (higher) {
                        before = null;
                    } else if (h.getKind() == e.getKind()) {
                        before = h;
                    }
                } else {
                    if (higher) {
                        break;
                    }
                    if (h.getKind() == e.getKind()) {
                        after = h;
                        break;
                    }
                }
            }
            boolean continues = (before != null && before.getOrdinal() == e.getOrdinal() - 1)
                    || (after != null && after.getOrdinal() == e.getOrdinal() + 1);
            if (continues) {
                it.remove();
                String title = title(src.text(), e.getEnd(), src.lines().lineEnd(e.getLine()));
                out.add(new Heading(e.getKind(), e.getText(), e.getOrdinal(), e.getForm(), e.isStandardForm(),
                        e.getStart(), e.getEnd(), e.getLine(), title, true, false));
            }
        }
        return out;
    }

    /** Whether an annex starts between a heading and an item, in either order. */
    private static boolean annexBetween(List<Integer> annexStarts, Heading h, EnumItem e) {
        int from = Math.min(h.getStart(), e.getStart());
        int to = Math.max(h.getStart(), e.getStart());
        for (int a : annexStarts) {
            if (a > from && a < to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Short title-like lines without a number, after the first numbered heading line. Those that
     * come right after a heading line holding only a title without a stop are put in
     * {@code afterHeading}: such a line may be the second line of that title.
     */
    private List<Heading> unnumberedCandidates(List<Line> lines, List<Heading> lineHeadings, Set<Heading> afterHeading) {
        List<Heading> out = new ArrayList<>();
        if (lineHeadings.isEmpty()) {
            return out;
        }
        int firstHeadingLine = lineHeadings.get(0).getLine();
        Line prev = null;
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.blank() || l.table) {
                continue;
            }
            if (l.number > firstHeadingLine && l.heading == null && !l.annex && mayBeTitle(l) && titleLike(l.content())
                    && MarkerSyntax.enumeration(l.text, l.from) == null
                    && prev != null && endsParagraph(prev)) {
                Line next = nextNonBlank(lines, k + 1);
                if (next != null && startsParagraph(next, l)) {
                    String title = l.content();
                    Heading h = new Heading(MarkerKind.UNNUMBERED, "", 0, "", true, l.start + l.from,
                            l.start + l.to, l.number, title, false, conventional.contains(title));
                    out.add(h);
                    if (prev.heading != null && titleRunsOn(prev)) {
                        afterHeading.add(h);
                    }
                }
            }
            prev = l;
        }
        return out;
    }

    /** Whether a heading line holds nothing but a title that does not end with a stop: it may go on in the next line. */
    private static boolean titleRunsOn(Line heading) {
        for (int i = heading.marker == null ? heading.from : heading.marker.end(); i < heading.to; i++) {
            if ("。！？；：!?;:".indexOf(heading.text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line is short enough for {@link #titleLike}: one of more than twice the longest
     * title's length in chars has too many code points, and its content need not be copied.
     */
    private static boolean mayBeTitle(Line l) {
        return l.to - l.from <= 2 * MAX_UNNUMBERED_TITLE;
    }

    private static boolean titleLike(String s) {
        int n = s.codePointCount(0, s.length());
        if (n < 2 || n > MAX_UNNUMBERED_TITLE) {
            return false;
        }
        int first = s.codePointAt(0);
        int last = s.codePointBefore(s.length());
        if (!Chars.isHan(first) && first != '“' && first != '《') {
            return false;
        }
        if ("。，、；：！？…,;:!?—（(“《".indexOf(last) >= 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if ("。！？；;!?".indexOf(s.charAt(i)) >= 0) {
                return false; // a sentence, not a title
            }
        }
        int han = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Chars.isHan(s.charAt(i))) {
                han++;
            }
        }
        return han >= 2 && han * 10 >= n * 6;
    }

    /** The line before a heading must be complete: a heading or a paragraph ending a sentence. */
    private static boolean endsParagraph(Line prev) {
        if (prev.heading != null) {
            return true;
        }
        int c = prev.lastChar();
        return Chars.isSentenceEnd(c) || c == '；' || c == '”' || c == '…' || c == '」' || c == '』' || c == '）';
    }

    /** The line after a heading must start a paragraph or be a heading itself. */
    private static boolean startsParagraph(Line next, Line title) {
        if (next.heading != null) {
            return true;
        }
        int c = next.text.codePointAt(next.from);
        if (!Chars.isHan(c) && c != '“' && c != '《' && c != '—') {
            return false;
        }
        String content = next.content();
        return content.length() > title.to - title.from && (content.indexOf('。') >= 0 || content.length() >= 40);
    }

    private static Line nextNonBlank(List<Line> lines, int from) {
        for (int k = from; k < lines.size(); k++) {
            if (!lines.get(k).blank()) {
                return lines.get(k);
            }
        }
        return null;
    }

    /** Numbers the sibling groups of headings and enumeration items. */
    static final class Counter {
        int next = 1;
    }

    /** Groups of siblings: headings of one kind under one parent. */
    private static final class Groups {
        private final Map<Heading, Map<MarkerKind, int[]>> ids = new IdentityHashMap<>();
        private final Map<Heading, Map<MarkerKind, Heading>> last = new IdentityHashMap<>();
        private final Map<MarkerKind, int[]> rootIds = new EnumMap<>(MarkerKind.class);
        private final Map<MarkerKind, Heading> rootLast = new EnumMap<>(MarkerKind.class);
        private final Counter counter;

        Groups(Counter counter) {
            this.counter = counter;
        }

        void attach(Heading h, Heading parent, MarkerKind kind) {
            Map<MarkerKind, int[]> idMap = parent == null ? rootIds : ids.computeIfAbsent(parent, p -> new EnumMap<>(MarkerKind.class));
            Map<MarkerKind, Heading> lastMap = parent == null ? rootLast : last.computeIfAbsent(parent, p -> new EnumMap<>(MarkerKind.class));
            Heading previous = lastMap.get(kind);
            if (previous != null && h.getOrdinal() == 1 && previous.getOrdinal() > 1 && h.isNumbered()) {
                idMap.remove(kind); // 一、二、三、 then 一、 again: a new list, not a repeat
                previous = null;
            }
            int id = idMap.computeIfAbsent(kind, k -> new int[] {counter.next++})[0];
            h.attach(parent, id, previous);
            lastMap.put(kind, h);
        }

        Heading last(Heading parent, MarkerKind kind) {
            return (parent == null ? rootLast : last.getOrDefault(parent, Map.of())).get(kind);
        }
    }

    /**
     * Nests the headings of one outline (the report's or an annex's). An unnumbered line right
     * after a heading line that holds only an unfinished title ({@code afterHeading}) is never
     * placed as a sibling: a section is not empty, and such a line is the rest of the title.
     */
    private static List<Heading> buildTree(List<Heading> all, Counter counter, Set<Heading> afterHeading) {
        Groups groups = new Groups(counter);
        OutlineLevels levels = OutlineLevels.of(all);
        Map<Heading, Double> rank = new IdentityHashMap<>();
        Deque<Heading> stack = new ArrayDeque<>();
        List<Heading> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Heading h = all.get(i);
            if (h.getKind() != MarkerKind.UNNUMBERED) {
                Heading sibling = h.getOrdinal() > 1 ? openWith(stack, h.getKind(), h.getOrdinal() - 1) : null;
                double r = levels.of(h.getKind());
                if (sibling != null) {
                    // the next number of an open list: its sibling, however deep the list is nested
                    while (stack.peek() != sibling) {
                        stack.pop();
                    }
                    stack.pop();
                    r = rank.get(sibling);
                    groups.attach(h, sibling.getParent(), h.getKind());
                } else if (h.getOrdinal() == 1 && openWith(stack, h.getKind(), -1) != null) {
                    // 一、 while a 三、 is open: a list nested in the current section, not a new section
                    r = rank.get(stack.peek()) + 0.1;
                    groups.attach(h, stack.peek(), h.getKind());
                } else {
                    popWhile(stack, rank, r, true);
                    groups.attach(h, stack.peek(), h.getKind());
                }
                rank.put(h, r);
                stack.push(h);
                out.add(h);
                continue;
            }
            Heading next = nextNumbered(all, i + 1);
            if (next == null) {
                if (stack.isEmpty()) {
                    continue;
                }
                Heading top = stack.peekLast();
                if (!shapedLike(h, top) || afterHeading.contains(h)) {
                    continue;
                }
                stack.clear();
                placeAsSibling(h, top, groups, rank, stack, out);
            } else if (next.getOrdinal() == 1) {
                double r = levels.of(next.getKind());
                popWhile(stack, rank, r, true);
                Heading top = stack.peek();
                if (top == null) {
                    groups.attach(h, null, MarkerKind.UNNUMBERED);
                    rank.put(h, r - 0.5);
                    stack.push(h);
                    out.add(h);
                } else if (continuesAfter(all, i + 1, top, rank.get(top), levels)) {
                    groups.attach(h, top, MarkerKind.UNNUMBERED);
                    rank.put(h, (rank.get(top) + r) / 2);
                    stack.push(h);
                    out.add(h);
                } else if (shapedLike(h, top) && !afterHeading.contains(h)) {
                    stack.pop();
                    placeAsSibling(h, top, groups, rank, stack, out);
                }
            } else {
                double r = levels.of(next.getKind());
                popWhile(stack, rank, r, false);
                Heading top = stack.peek();
                if (top != null && top.getSiblingKind() == next.getKind()
                        && top.getOrdinal() == next.getOrdinal() - 2 && shapedLike(h, top)
                        && !afterHeading.contains(h)) {
                    stack.pop();
                    placeAsSibling(h, top, groups, rank, stack, out);
                }
            }
        }
        return out;
    }

    /**
     * Whether an unnumbered line reads like a sibling of a numbered heading: a line of two clauses
     * ({@code 经济增速是综合性指标，今年预期目标设定}) is a heading only among headings of two
     * clauses; among short titles it is a sentence broken across lines.
     */
    private static boolean shapedLike(Heading candidate, Heading sibling) {
        return !hasComma(candidate.getTitle()) || hasComma(sibling.getTitle());
    }

    private static boolean hasComma(String s) {
        return s.indexOf('，') >= 0 || s.indexOf(',') >= 0;
    }

    /** The open heading nearest the top of the stack with this sibling kind and ordinal (any ordinal if -1). */
    private static Heading openWith(Deque<Heading> stack, MarkerKind kind, int ordinal) {
        for (Heading e : stack) {
            if (e.getSiblingKind() == kind && (ordinal < 0 || e.getOrdinal() == ordinal)) {
                return e;
            }
        }
        return null;
    }

    private static void placeAsSibling(Heading h, Heading sibling, Groups groups, Map<Heading, Double> rank,
            Deque<Heading> stack, List<Heading> out) {
        MarkerKind kind = sibling.getSiblingKind();
        if (kind == MarkerKind.UNNUMBERED) {
            groups.attach(h, sibling.getParent(), kind);
        } else {
            Heading last = groups.last(sibling.getParent(), kind);
            h.placeAs(kind, (last == null ? 0 : last.getOrdinal()) + 1);
            groups.attach(h, sibling.getParent(), kind);
        }
        rank.put(h, rank.get(sibling));
        stack.push(h);
        out.add(h);
    }

    private static void popWhile(Deque<Heading> stack, Map<Heading, Double> rank, double r, boolean orEqual) {
        while (!stack.isEmpty()) {
            double top = rank.get(stack.peek());
            if (top > r || (orEqual && top == r)) {
                stack.pop();
            } else {
                break;
            }
        }
    }

    private static Heading nextNumbered(List<Heading> all, int from) {
        for (int k = from; k < all.size(); k++) {
            if (all.get(k).getKind() != MarkerKind.UNNUMBERED) {
                return all.get(k);
            }
        }
        return null;
    }

    /** Whether a later heading continues {@code top}'s numbering (then a line before it is not its sibling). */
    private static boolean continuesAfter(List<Heading> all, int from, Heading top, double topRank,
            OutlineLevels levels) {
        for (int k = from; k < all.size(); k++) {
            Heading h = all.get(k);
            if (h.getKind() == MarkerKind.UNNUMBERED) {
                continue;
            }
            if (levels.of(h.getKind()) < topRank) {
                return false;
            }
            if (h.getKind() == top.getSiblingKind()) {
                return h.getOrdinal() == top.getOrdinal() + 1;
            }
        }
        return false;
    }

    /** For tests: the kinds of marker recognised at the start of {@code line}. */
    static Marker parseLineMarker(String line) {
        MarkerSyntax.Match m = MarkerSyntax.heading(line, 0, true);
        if (m == null) {
            return null;
        }
        return new Heading(m.kind(), m.text(line), m.ordinal(), m.form(), m.standard(), m.start(), m.end(), 1,
                title(line, m.end(), line.length()), false, false);
    }
}
