package io.github.gongwen.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Puts safe fixes into the document as tracked changes: a {@code w:del} around the runs of just the
 * characters that change and a {@code w:ins} with their replacement, as Word marks a colleague's edit.
 */
final class TrackedChanges {
    /** Elements a tracked deletion may wrap besides the runs: markers without text. */
    private static final Set<String> MARKUP = Set.of("bookmarkStart", "bookmarkEnd", "commentRangeStart",
            "commentRangeEnd", "proofErr", "permStart", "permEnd");
    /** Run content a tracked deletion may take (anything else, a picture or a field, stays). */
    private static final Set<String> PLAIN_RUN = Set.of("rPr", "t", "tab", "br", "cr", "lastRenderedPageBreak");

    /** The revision-save id of the deletions made here (a run with one is deleted text to a reader). */
    private static final String RSID = "00475745";

    private final Document doc;
    private final String date;
    private final Ids ids;
    private final Set<Element> ourDeletions = new HashSet<>();
    private final Map<Element, Element> insertionAfter = new HashMap<>();

    TrackedChanges(Document doc, String date, Ids ids) {
        this.doc = doc;
        this.date = date;
        this.ids = ids;
    }

    /**
     * Puts a safe fix in as deletions and insertions of just the characters that change; false (and
     * nothing changed) when some of their runs cannot be wrapped.
     */
    boolean track(Anchor a) {
        List<List<Node>> wraps = new ArrayList<>();
        for (Hunks.Hunk h : a.hunks) {
            List<Node> w = h.start() == h.end() ? List.of() : wrappable(a.start, a.c1 + h.start(), a.c1 + h.end());
            if (w == null) {
                return false;
            }
            wraps.add(w);
        }
        int length = a.c2 - a.c1;
        for (int k = 0; k < a.hunks.size(); k++) {
            Hunks.Hunk h = a.hunks.get(k);
            List<Node> w = wraps.get(k);
            int at = a.c1 + h.start();
            Element del = null;
            Element style;
            if (!w.isEmpty()) {
                del = revision("del");
                w.get(0).getParentNode().insertBefore(del, w.get(0));
                for (Node n : w) {
                    del.appendChild(n);
                    if (Ooxml.is(n, "r")) {
                        // marked deleted as Word marks it: a reader of the runs (the checker too) skips it
                        Ooxml.attr((Element) n, "rsidDel", RSID);
                        for (Element t : Ooxml.children(n)) {
                            if (Ooxml.is(t, "t")) { // renamed, not replaced: the paragraph's text still points to it
                                doc.renameNode(t, Ooxml.W, "w:delText");
                                t.setAttributeNS(Ooxml.XML_NS, "xml:space", "preserve");
                            }
                        }
                    }
                }
                ourDeletions.add(del);
                style = a.start.runAt(at);
            } else {
                style = a.start.runAt(at > a.c1 ? at - 1 : at);
            }
            Element ins = null;
            if (!h.replacement().isEmpty()) {
                ins = revision("ins");
                Element r = Ooxml.w(doc, "r");
                Element rPr = Ooxml.child(style, "rPr");
                if (rPr != null) {
                    r.appendChild(rPr.cloneNode(true));
                }
                Ooxml.appendText(r, h.replacement());
                ins.appendChild(r);
                if (del != null) {
                    Ooxml.insertAfter(ins, del);
                    insertionAfter.put(del, ins);
                } else if (at > a.c1) {
                    Ooxml.insertAfter(ins, style);
                } else {
                    style.getParentNode().insertBefore(ins, style);
                }
            }
            if (k == 0 && h.start() == 0) {
                a.firstNode = del != null ? del : ins;
            }
            if (k == a.hunks.size() - 1 && h.end() == length) {
                a.lastNode = ins != null ? ins : del;
            }
        }
        return true;
    }

    /**
     * The nodes a deletion of characters {@code [s, e)} wraps: their runs, siblings, with only
     * markers between them and nothing but text in them; {@code null} when that is not so.
     */
    private static List<Node> wrappable(ParagraphText p, int s, int e) {
        List<Element> runs = new ArrayList<>();
        for (int i = s; i < e; i++) {
            Element r = p.runAt(i);
            if (runs.isEmpty() || runs.get(runs.size() - 1) != r) {
                runs.add(r);
            }
        }
        Element first = runs.get(0);
        Element last = runs.get(runs.size() - 1);
        Node parent = first.getParentNode();
        if (Ooxml.is(parent, "del") || Ooxml.is(parent, "moveFrom")) {
            return null;
        }
        List<Node> wrapped = new ArrayList<>();
        for (Node n = first; ; n = n.getNextSibling()) {
            if (n == null) {
                return null; // the runs are not siblings
            }
            if (n instanceof Element el) {
                if (Ooxml.is(el, "r")) {
                    if (!runs.contains(el)) {
                        return null;
                    }
                    for (Element c : Ooxml.children(el)) {
                        if (!PLAIN_RUN.contains(c.getLocalName())) {
                            return null;
                        }
                    }
                } else if (!(Ooxml.W.equals(el.getNamespaceURI()) && MARKUP.contains(el.getLocalName()))) {
                    return null;
                }
            }
            wrapped.add(n);
            if (n == last) {
                return wrapped;
            }
        }
    }

    private Element revision(String kind) {
        Element e = Ooxml.w(doc, kind);
        Ooxml.attr(e, "id", String.valueOf(ids.take()));
        Ooxml.attr(e, "author", WordReview.AUTHOR);
        Ooxml.attr(e, "date", date);
        return e;
    }

    /** A run inside a deletion made here stands for the deletion and its insertion: comments go around them. */
    Node outsideOurs(Element run, boolean before) {
        Node parent = run.getParentNode();
        if (parent instanceof Element del && ourDeletions.contains(del)) {
            return before ? del : insertionAfter.getOrDefault(del, del);
        }
        return run;
    }
}
