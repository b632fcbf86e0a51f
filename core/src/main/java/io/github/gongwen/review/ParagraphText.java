package io.github.gongwen.review;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of one {@code w:p} as the document loader reads it (visible runs; tabs; a line break as
 * a space; hidden text and note references left out), with, for each character, the run content
 * element it comes from ({@code w:t}, {@code w:tab}, {@code w:br} …) and its index there. Can split
 * runs so that a character begins a run of its own, which is how a comment or a revision is
 * anchored on exactly some characters.
 */
final class ParagraphText {
    private final Element paragraph;
    private final String text;
    /** Per character: the content element, or {@code null} where the text cannot be anchored (a content control). */
    private final Element[] node;
    private final int[] index;

    private ParagraphText(Element paragraph, String text, Element[] node, int[] index) {
        this.paragraph = paragraph;
        this.text = text;
        this.node = node;
        this.index = index;
    }

    Element paragraph() {
        return paragraph;
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    /** Whether characters {@code [s, e)} all come from runs (so they can be anchored exactly). */
    boolean anchorable(int s, int e) {
        for (int i = s; i < e; i++) {
            if (node[i] == null || !Ooxml.is(node[i].getParentNode(), "r")) {
                return false;
            }
        }
        return true;
    }

    /** The run character {@code i} is in now. */
    Element runAt(int i) {
        return (Element) node[i].getParentNode();
    }

    // ---- reading ----

    private static final class Builder {
        final StringBuilder chars = new StringBuilder();
        final List<Element> nodes = new ArrayList<>();
        final List<Integer> indexes = new ArrayList<>();

        void add(char c, Element from, int i) {
            chars.append(c);
            nodes.add(from);
            indexes.add(i);
        }
    }

    static ParagraphText of(Element p) {
        Builder b = new Builder();
        content(p, b);
        // as the loader: leading and trailing breaks dropped, every other run of breaks one space
        int n = b.chars.length();
        int s = 0;
        while (s < n && isBreak(b.chars.charAt(s))) {
            s++;
        }
        int e = n;
        while (e > s && isBreak(b.chars.charAt(e - 1))) {
            e--;
        }
        StringBuilder out = new StringBuilder(e - s);
        List<Element> nodes = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int i = s; i < e; i++) {
            char c = b.chars.charAt(i);
            if (isBreak(c) || c == '\u2028' || c == '\u2029') {
                int j = i;
                while (j + 1 < e && (isBreak(b.chars.charAt(j + 1)) || b.chars.charAt(j + 1) == '\u2028'
                        || b.chars.charAt(j + 1) == '\u2029')) {
                    j++;
                }
                out.append(' ');
                nodes.add(b.nodes.get(i));
                indexes.add(b.indexes.get(i));
                i = j;
            } else {
                out.append(c);
                nodes.add(b.nodes.get(i));
                indexes.add(b.indexes.get(i));
            }
        }
        int[] idx = new int[indexes.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = indexes.get(i);
        }
        return new ParagraphText(p, out.toString(), nodes.toArray(new Element[0]), idx);
    }

    private static boolean isBreak(char c) {
        return c == '\r' || c == '\n' || c == '\f';
    }

    private static void content(Element parent, Builder b) {
        for (Element c : Ooxml.children(parent)) {
            switch (c.getLocalName()) {
                case "r" -> run(c, b);
                case "hyperlink", "smartTag", "customXml", "fldSimple", "ins", "moveTo", "del", "moveFrom", "dir",
                        "bdo" -> content(c, b);
                case "sdt" -> {
                    Element sdtContent = Ooxml.child(c, "sdtContent");
                    if (sdtContent != null) {
                        String t = sdtContent.getTextContent();
                        for (int i = 0; i < t.length(); i++) {
                            b.add(t.charAt(i), null, i);
                        }
                    }
                }
                default -> {
                    // properties, bookmarks, comment ranges, proofing marks: no text
                }
            }
        }
    }

    private static void run(Element r, Builder b) {
        if (Ooxml.attr(r, "rsidDel") != null || hidden(r)) {
            return;
        }
        for (Element c : Ooxml.children(r)) {
            switch (c.getLocalName()) {
                case "t", "delText", "delInstrText" -> {
                    String t = c.getTextContent();
                    for (int i = 0; i < t.length(); i++) {
                        b.add(t.charAt(i), c, i);
                    }
                }
                case "tab", "ptab" -> b.add('\t', c, 0);
                case "br", "cr" -> b.add('\n', c, 0);
                default -> {
                    // note references are dropped by the loader; pictures, fields' characters: no text
                }
            }
        }
    }

    private static boolean hidden(Element r) {
        Element rPr = Ooxml.child(r, "rPr");
        Element vanish = rPr == null ? null : Ooxml.child(rPr, "vanish");
        if (vanish == null) {
            return false;
        }
        String v = Ooxml.attr(vanish, "val");
        return v == null || !(v.equals("false") || v.equals("0") || v.equals("off"));
    }

    // ---- splitting ----

    /**
     * Splits runs so that character {@code k} (which must be {@link #anchorable}) is the first
     * content of its run; returns that run. Other characters keep their place.
     */
    Element splitBefore(int k) {
        Element n = node[k];
        int i = index[k];
        if (i > 0 && (Ooxml.is(n, "t") || Ooxml.is(n, "delText") || Ooxml.is(n, "delInstrText"))) {
            String s = n.getTextContent();
            Element rest = Ooxml.text(n.getOwnerDocument(), n.getLocalName(), s.substring(i));
            n.setTextContent(s.substring(0, i));
            n.setAttributeNS(Ooxml.XML_NS, "xml:space", "preserve");
            Ooxml.insertAfter(rest, n);
            for (int j = 0; j < node.length; j++) {
                if (node[j] == n && index[j] >= i) {
                    node[j] = rest;
                    index[j] -= i;
                }
            }
            n = rest;
        }
        Element run = (Element) n.getParentNode();
        boolean first = true;
        for (Node prev = n.getPreviousSibling(); prev != null; prev = prev.getPreviousSibling()) {
            if (prev instanceof Element && !Ooxml.is(prev, "rPr")) {
                first = false;
                break;
            }
        }
        if (first) {
            return run;
        }
        Element split = (Element) run.cloneNode(false);
        Element rPr = Ooxml.child(run, "rPr");
        if (rPr != null) {
            split.appendChild(rPr.cloneNode(true));
        }
        Node c = n;
        while (c != null) {
            Node next = c.getNextSibling();
            split.appendChild(c);
            c = next;
        }
        Ooxml.insertAfter(split, run);
        return split;
    }
}
