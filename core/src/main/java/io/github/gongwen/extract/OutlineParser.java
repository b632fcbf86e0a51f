package io.github.gongwen.extract;

import io.github.gongwen.fact.EnumItem;
import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.Marker;
import io.github.gongwen.fact.Paragraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the outline of a report: {@link Paragraph}s, the {@link Heading} tree and the
 * {@link EnumItem}s inside paragraphs, in these steps:
 *
 * <ol>
 *   <li>Every non-blank line is a paragraph; a line that opens with a heading marker is a heading.
 *       A line that opens an annex ({@link AnnexHeadings}) is none: each annex has an outline of
 *       its own ({@link OutlineLines}).</li>
 *   <li>A line-start marker that also reads as a number ({@code 8.6个…}, {@code 一、三年来…}) is a
 *       heading where that makes the numbering consecutive ({@link AmbiguousMarkers}).</li>
 *   <li>Bracketed and circled numbers and 一是/一要/第一， inside lines are enumeration items
 *       ({@link InlineItems}).</li>
 *   <li>An inline {@code （一）} right after a sentence end whose numbering continues with a heading
 *       line ({@code …法治政府。（一）加强政治学习…} followed by a line {@code （二）…}) is a heading
 *       buried in a paragraph ({@link BuriedHeadings}).</li>
 *   <li>A short line without a number that reads like a title is an unnumbered heading when the
 *       numbering around it leaves a place for it (after {@code 四、} with nothing after it, or
 *       between {@code 二、} and {@code 四、}) or when a new {@code （一）} group starts under it
 *       ({@link UnnumberedHeadings}, placed by {@link HeadingTree}).</li>
 *   <li>Headings nest by GB/T 9704 level: 一、 &gt; （一） &gt; 1. &gt; （1） &gt; ①, whatever their
 *       written form, each annex apart ({@link AnnexParts}, {@link HeadingTree}); siblings are the
 *       headings of one kind under one parent. Each group of siblings keeps to one written form
 *       ({@link SiblingForms}).</li>
 *   <li>Enumeration items are grouped ({@link EnumerationGroups}).</li>
 * </ol>
 *
 * <p>The parser decides the outline: the levels, the sibling groups and the numbering each marker
 * continues, which are algorithmic judgements. It states the facts of each marker (kind, number,
 * written form, whether that form is GB/T 9704's, its place in its group) and leaves the verdicts
 * to the rules (num-style.drl, num-gap.drl, num-duplicate.drl).
 */
public final class OutlineParser implements Extractor {
    @Override public Set<Class<?>> produces() { return Set.of(Paragraph.class, Heading.class, EnumItem.class); }

    /** Data file: titles that are conventionally left unnumbered (结束语, 附件, …). */
    public static final String CONVENTIONAL_HEADINGS = "conventional-headings.txt";
    /** Data table: words that stand for the first numbers of an enumeration (首先 1, 其次 2). */
    public static final String ORDINAL_WORDS = "ordinal-words.txt";

    private final InlineItems inlineItems;
    private final UnnumberedHeadings unnumberedHeadings;

    public OutlineParser(Lexicon lexicon) {
        Map<String, Integer> ordinalWords = new LinkedHashMap<>();
        for (String[] row : lexicon.table(ORDINAL_WORDS, 2)) {
            ordinalWords.put(row[0], Integer.parseInt(row[1].strip()));
        }
        this.inlineItems = new InlineItems(ordinalWords);
        this.unnumberedHeadings = new UnnumberedHeadings(new HashSet<>(lexicon.lines(CONVENTIONAL_HEADINGS)));
    }

    @Override
    public void extract(Facts facts) {
        OutlineLines outline = OutlineLines.read(facts.source());
        InlineItems.Found found = inlineItems.scan(outline.lines(), facts.chars());
        List<Heading> all = new ArrayList<>(outline.headings());
        all.addAll(BuriedHeadings.promote(found, outline.headings(), outline.annexStarts(), facts.source()));
        Set<Heading> afterHeading = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(unnumberedHeadings.find(outline, afterHeading));
        all.sort(Comparator.comparingInt(Heading::getStart));

        GroupIds ids = new GroupIds();
        List<Heading> tree = new ArrayList<>();
        List<Integer> splits = new ArrayList<>();
        for (List<Heading> part : AnnexParts.split(all, outline.annexStarts(), splits)) {
            tree.addAll(HeadingTree.build(part, ids, afterHeading));
        }
        SiblingForms.mark(tree);
        List<EnumItem> items = found.items();
        items.addAll(EnumerationGroups.group(items, tree, splits, ids, found.standIns()));
        items.sort(Comparator.comparingInt(EnumItem::getStart));

        Set<Integer> headingLines = new HashSet<>();
        for (Heading h : tree) {
            if (!h.isInline()) {
                headingLines.add(h.getLine());
            }
        }
        for (OutlineLine l : outline.lines()) {
            if (!l.blank()) {
                facts.add(new Paragraph(l.number, l.start + l.from, l.start + l.to, l.content(),
                        headingLines.contains(l.number)));
            }
        }
        tree.forEach(facts::add);
        items.forEach(facts::add);
    }

    /** For tests: the kinds of marker recognised at the start of {@code line}. */
    static Marker parseLineMarker(String line) {
        MarkerSyntax.Match m = MarkerSyntax.heading(line, 0, true);
        if (m == null) {
            return null;
        }
        return new Heading(m.kind(), m.text(line), m.ordinal(), m.form(), m.standard(), m.start(), m.end(), 1,
                OutlineLines.title(line, m.end(), line.length()), false, false);
    }
}
