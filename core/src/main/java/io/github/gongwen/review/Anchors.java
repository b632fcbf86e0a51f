package io.github.gongwen.review;

import io.github.gongwen.Finding;
import io.github.gongwen.text.LineIndex;
import io.github.gongwen.text.SourceText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Finds where each finding goes in the document's runs: the paragraph of each of its lines and the
 * characters within it, or the whole paragraph when its characters are not in the runs (an automatic
 * list number, a content control), or the title for a finding about the whole document.
 */
final class Anchors {
    private final SourceText source;
    private final Document doc;
    /** The paragraph of each line of {@code source} (null where a line is none). */
    private final List<Element> lines;
    private final Map<Integer, ParagraphText> texts = new HashMap<>();

    Anchors(SourceText source, Document doc, List<Element> lines) {
        this.source = source;
        this.doc = doc;
        this.lines = lines;
    }

    /** Where {@code f} goes; {@code safe} when its fix may be put in as a tracked change. */
    Anchor anchor(Finding f, boolean safe) {
        Anchor a = new Anchor();
        a.finding = f;
        ParagraphText p1 = f.isDocumentLevel() ? null : text(f.line());
        ParagraphText p2 = f.isDocumentLevel() ? null : text(f.endLine());
        if (p1 == null || p2 == null) {
            return wholeParagraph(a, p1 != null ? p1.paragraph() : title());
        }
        LineIndex li = source.lines();
        int c1 = f.startOffset() - li.lineStart(f.line()) - marker(f.line(), p1);
        int c2 = f.endOffset() - li.lineStart(f.endLine()) - marker(f.endLine(), p2);
        if (c1 < 0 || c2 < 0 || c1 > p1.length() || c2 > p2.length()
                || (p1 == p2 && !p1.anchorable(c1, c2))
                || (p1 != p2 && !(p1.anchorable(c1, p1.length()) && p2.anchorable(0, c2)))) {
            // on the automatic number, in a content control: the paragraph
            return wholeParagraph(a, p1.paragraph());
        }
        a.start = p1;
        a.c1 = c1;
        a.end = p2;
        a.c2 = c2;
        a.tracked = safe && p1 == p2 && c1 < c2;
        if (a.tracked) {
            a.hunks = Hunks.of(f.excerpt(), f.suggestion());
        }
        return a;
    }

    /** Splits runs so that every anchor's characters, and those of its tracked changes, begin and end runs. */
    static void splitRuns(List<Anchor> anchors) {
        for (Anchor a : anchors) {
            if (!a.whole) {
                if (a.c1 < a.start.length()) {
                    a.start.splitBefore(a.c1);
                }
                if (a.c2 < a.end.length() && a.c2 > 0) {
                    a.end.splitBefore(a.c2);
                }
                for (Hunks.Hunk h : a.hunks) {
                    for (int at : new int[] {a.c1 + h.start(), a.c1 + h.end()}) {
                        if (at < a.start.length()) {
                            a.start.splitBefore(at);
                        }
                    }
                }
            }
        }
    }

    private static Anchor wholeParagraph(Anchor a, Element p) {
        a.whole = true;
        a.paragraph = p;
        return a;
    }

    /** The text of line {@code n} (1-based) when it is a paragraph whose text is the line's (after its number). */
    private ParagraphText text(int n) {
        if (n < 1 || n > lines.size() || lines.get(n - 1) == null) {
            return null;
        }
        ParagraphText t = texts.computeIfAbsent(n, k -> ParagraphText.of(lines.get(k - 1)));
        return n <= source.lines().lineCount() && source.lines().lineText(n).endsWith(t.text()) ? t : null;
    }

    /** The length of the automatic number before the paragraph's own text on line {@code n}. */
    private int marker(int n, ParagraphText t) {
        return source.lines().lineText(n).length() - t.length();
    }

    /** The title: the first paragraph with text outside tables, else the first paragraph. */
    private Element title() {
        for (int n = 1; n <= lines.size(); n++) {
            Element p = lines.get(n - 1);
            if (p != null && !source.inTable(n) && n <= source.lines().lineCount()
                    && !source.lines().lineText(n).isBlank()) {
                return p;
            }
        }
        for (Element p : lines) {
            if (p != null) {
                return p;
            }
        }
        Element p = Ooxml.w(doc, "p");
        Element body = Ooxml.child(doc.getDocumentElement(), "body");
        body.insertBefore(p, body.getFirstChild());
        return p;
    }
}
