package io.github.gongwen.review;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The paragraphs of {@code word/document.xml} in the order the document loader makes them lines:
 * body paragraphs, and the paragraphs of table cells row by row, cell by cell (nested tables
 * included). A block content control gives one line per line of its text, which has no single
 * paragraph ({@code null}).
 */
final class BodyLines {
    private BodyLines() {
    }

    static List<Element> of(Element body) {
        List<Element> out = new ArrayList<>();
        block(body, out);
        return out;
    }

    private static void block(Element container, List<Element> out) {
        for (Element e : Ooxml.children(container)) {
            switch (e.getLocalName()) {
                case "p" -> out.add(e);
                case "tbl" -> {
                    for (Element tr : Ooxml.children(e)) {
                        if (!tr.getLocalName().equals("tr")) {
                            continue;
                        }
                        for (Element tc : Ooxml.children(tr)) {
                            if (tc.getLocalName().equals("tc")) {
                                block(tc, out);
                            }
                        }
                    }
                }
                case "sdt" -> {
                    Element content = Ooxml.child(e, "sdtContent");
                    String text = content == null ? "" : sdtText(content);
                    for (int i = text.split("\n", -1).length; i > 0; i--) {
                        out.add(null);
                    }
                }
                default -> {
                    // section properties, bookmarks …: no line
                }
            }
        }
    }

    /** The text of a block content control, paragraphs separated by line breaks (as POI gives it). */
    private static String sdtText(Element content) {
        StringBuilder b = new StringBuilder();
        for (Element p : Ooxml.children(content)) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(p.getTextContent());
        }
        return b.toString();
    }
}
