package io.github.gongwen.extract;

import io.github.gongwen.fact.Heading;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.LineIndex;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps 1 and 2 of the outline parser: the lines of a document, the lines that open an annex
 * ({@link AnnexHeadings}), and the heading lines. A line that opens with a heading marker
 * ({@link MarkerSyntax#heading}) is a heading; a line-start marker that also reads as a number
 * ({@code 8.6个…}, {@code 一、三年来…}) is one where that makes the numbering consecutive
 * ({@link AmbiguousMarkers}). An annex line carries no heading: each annex has an outline of its own.
 *
 * @param lines every line of the document, in order
 * @param annexStarts the offsets of the annex lines, ascending
 * @param headings the heading of each heading line, in text order
 */
record OutlineLines(List<OutlineLine> lines, List<Integer> annexStarts, List<Heading> headings) {

    /** Reads the lines of {@code src} and finds the annex and heading lines. */
    static OutlineLines read(SourceText src) {
        List<OutlineLine> lines = lines(src);
        List<Integer> annexStarts = new ArrayList<>();
        for (OutlineLine l : lines) {
            if (!l.inOutline()) {
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
        List<Heading> headings = new ArrayList<>();
        for (OutlineLine l : lines) {
            MarkerSyntax.Match m = l.marker;
            if (m != null) {
                l.heading = new Heading(m.kind(), m.text(l.text), m.ordinal(), m.form(), m.standard(),
                        l.start + m.start(), l.start + m.end(), l.number, title(l.text, m.end(), l.to), false, false);
                headings.add(l.heading);
            }
        }
        return new OutlineLines(lines, annexStarts, headings);
    }

    /** The heading text after a marker that ends at {@code from}, up to the first sentence or clause end. */
    static String title(String t, int from, int to) {
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

    private static List<OutlineLine> lines(SourceText src) {
        LineIndex index = src.lines();
        String text = src.text();
        boolean markdown = src.isMarkdown();
        List<OutlineLine> out = new ArrayList<>(index.lineCount());
        for (int n = 1; n <= index.lineCount(); n++) {
            int start = index.lineStart(n);
            int end = index.lineEnd(n);
            while (start < end && Chars.isBlank(text.charAt(start))) {
                start++; // the line's text starts after its indent, so that a paragraph's content is mostly that text itself
            }
            String t = text.substring(start, end);
            int from = markdown ? skipMarkdownPrefix(t, 0) : 0;
            int to = t.length();
            while (to > from && Chars.isBlank(t.charAt(to - 1))) {
                to--;
            }
            out.add(new OutlineLine(n, start, t, from, to, src.inTable(n)));
        }
        return out;
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

    /** Decides the ambiguous line-start markers ({@link AmbiguousMarkers}). */
    private static void confirmAmbiguous(List<OutlineLine> lines) {
        int n = lines.size();
        MarkerSyntax.Match[] candidates = null;
        for (int k = 0; k < n; k++) {
            OutlineLine l = lines.get(k);
            if (!l.inOutline() || l.annex || l.marker != null) {
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
}
