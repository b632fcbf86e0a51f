package io.github.gongwen.review;

import io.github.gongwen.Finding;
import io.github.gongwen.Severity;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.fix.Fixes;
import io.github.gongwen.text.LineIndex;
import io.github.gongwen.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes a reviewed copy of a Word document: one comment per finding (author {@value #AUTHOR},
 * initials {@value #INITIALS}) anchored on exactly the characters the finding spans, and each safe
 * fix as a tracked change ({@code w:del} + {@code w:ins}) inside its comment, so that an editor goes
 * through them with 接受/拒绝 as with a colleague's edits. Accepting every revision gives the text
 * {@link Fixes#apply} gives for the safe fixes {@link Fixes#select} picks.
 *
 * <p>Works on the package directly rather than through POI's object model: only
 * {@code word/document.xml}, the comments part, the document's relationships and the content types
 * are rewritten; every other part (styles, numbering, headers, footers, pictures, settings) is
 * copied byte for byte, and inside the document only the paragraphs that get a comment change.
 * A finding on characters that are not in the runs (an automatic list number, a content control)
 * is anchored on its whole paragraph; a finding about the whole document, on the title.
 */
public final class WordReview {
    public static final String AUTHOR = "Gongwen";
    public static final String INITIALS = "GW";

    private static final String COMMENTS_TYPE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
    private static final String COMMENTS_CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
    /** Elements a tracked deletion may wrap besides the runs: markers without text. */
    private static final Set<String> MARKUP = Set.of("bookmarkStart", "bookmarkEnd", "commentRangeStart",
            "commentRangeEnd", "proofErr", "permStart", "permEnd");
    /** Run content a tracked deletion may take (anything else, a picture or a field, stays). */
    private static final Set<String> PLAIN_RUN = Set.of("rPr", "t", "tab", "br", "cr", "lastRenderedPageBreak");

    /** The revision-save id of the deletions made here (a run with one is deleted text to a reader). */
    private static final String RSID = "00475745";

    /** What was written. */
    public record Result(byte[] docx, int comments, int trackedChanges, int onParagraph) {
    }

    private final SourceText source;
    private final Map<String, RuleInfo> rules;
    private final String date;
    private Document doc;
    private List<Element> lines;
    private final Map<Integer, ParagraphText> texts = new HashMap<>();
    private final Set<Element> ourDeletions = new HashSet<>();
    private final Map<Element, Element> insertionAfter = new HashMap<>();
    private int nextId;

    private WordReview(SourceText source, Map<String, RuleInfo> rules, Instant date) {
        this.source = source;
        this.rules = rules;
        this.date = DateTimeFormatter.ISO_INSTANT.format(date.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * The reviewed copy of {@code docx}.
     *
     * @param source the document's text as the checker read it ({@code DocxLoader})
     * @param findings the findings on {@code source}
     * @param rules the rules by id (titles, and which fixes are safe)
     */
    public static Result annotate(byte[] docx, SourceText source, List<Finding> findings, Map<String, RuleInfo> rules,
            Instant date) throws IOException {
        return new WordReview(source, rules, date).run(Package.read(docx), findings);
    }

    private Result run(Package pkg, List<Finding> findings) throws IOException {
        String main = pkg.mainDocument();
        doc = Ooxml.parse(pkg.get(main));
        Element body = Ooxml.child(doc.getDocumentElement(), "body");
        if (body == null) {
            throw new IOException(main + " has no body");
        }
        lines = BodyLines.of(body);

        String relsName = Package.relsOf(main);
        Document rels = pkg.has(relsName) ? Ooxml.parse(pkg.get(relsName)) : newRelationships();
        String commentsName = null;
        for (Element r : Package.relationships(rels)) {
            if (COMMENTS_TYPE.equals(r.getAttribute("Type"))) {
                commentsName = Package.resolve(main, r.getAttribute("Target"));
            }
        }
        Document comments = commentsName != null && pkg.has(commentsName) ? Ooxml.parse(pkg.get(commentsName)) : null;
        nextId = Math.max(maxId(doc), comments == null ? 0 : maxId(comments)) + 1;

        List<Anchor> anchors = new ArrayList<>();
        Set<Finding> safe = new HashSet<>(Fixes.select(findings, rules));
        for (Finding f : findings) {
            anchors.add(anchor(f, safe.contains(f)));
        }
        // runs split first, so that every anchor's characters begin and end runs
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
        int tracked = 0;
        for (Anchor a : anchors) {
            if (a.tracked && track(a)) {
                tracked++;
            } else {
                a.tracked = false;
            }
        }
        if (comments == null) {
            comments = Ooxml.parse(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:comments xmlns:w=\"" + Ooxml.W + "\"/>").getBytes(StandardCharsets.UTF_8));
        }
        int whole = 0;
        for (Anchor a : anchors) {
            int id = nextId++;
            mark(a, id);
            comments.getDocumentElement().appendChild(comment(comments, a, id));
            whole += a.whole && !a.finding.isDocumentLevel() ? 1 : 0;
        }

        pkg.put(main, Ooxml.serialize(doc));
        if (commentsName == null) {
            commentsName = unusedName(pkg, main.substring(0, main.lastIndexOf('/') + 1) + "comments.xml");
            Element r = rels.createElementNS(Ooxml.REL, "Relationship");
            r.setAttribute("Id", unusedRelId(rels));
            r.setAttribute("Type", COMMENTS_TYPE);
            r.setAttribute("Target", commentsName.substring(commentsName.lastIndexOf('/') + 1));
            rels.getDocumentElement().appendChild(r);
            pkg.put(relsName, Ooxml.serialize(rels));
            addContentType(pkg, "/" + commentsName);
        }
        pkg.put(commentsName, Ooxml.serialize(comments));
        return new Result(pkg.write(), anchors.size(), tracked, whole);
    }

    // ---- where each finding goes ----

    /** A finding placed in the document: from character c1 of one paragraph to c2 of another (or the same). */
    private static final class Anchor {
        Finding finding;
        ParagraphText start;
        int c1;
        ParagraphText end;
        int c2;
        /** On the whole of {@link #paragraph} instead. */
        boolean whole;
        Element paragraph;
        boolean tracked;
        /** The character changes of a tracked fix. */
        List<Hunks.Hunk> hunks = List.of();
        /** The first and last revision elements when they are at the ends of the finding's text. */
        Node firstNode;
        Node lastNode;
    }

    private Anchor anchor(Finding f, boolean safe) {
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

    // ---- tracked changes ----

    /**
     * Puts a safe fix in as deletions and insertions of just the characters that change; false (and
     * nothing changed) when some of their runs cannot be wrapped.
     */
    private boolean track(Anchor a) {
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
                appendText(r, h.replacement());
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
        Ooxml.attr(e, "id", String.valueOf(nextId++));
        Ooxml.attr(e, "author", AUTHOR);
        Ooxml.attr(e, "date", date);
        return e;
    }

    /** Text as run content: {@code w:t}, with tabs and line breaks as their elements. */
    private static void appendText(Element run, String s) {
        Document d = run.getOwnerDocument();
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '\0';
            if (i == s.length() || c == '\t' || c == '\n') {
                if (chunk.length() > 0) {
                    run.appendChild(Ooxml.text(d, "t", chunk.toString()));
                    chunk.setLength(0);
                }
                if (i < s.length()) {
                    run.appendChild(Ooxml.w(d, c == '\t' ? "tab" : "br"));
                }
            } else {
                chunk.append(c);
            }
        }
    }

    // ---- comment ranges ----

    private void mark(Anchor a, int id) {
        Element start = Ooxml.w(doc, "commentRangeStart");
        Ooxml.attr(start, "id", String.valueOf(id));
        Element end = Ooxml.w(doc, "commentRangeEnd");
        Ooxml.attr(end, "id", String.valueOf(id));
        Element ref = Ooxml.w(doc, "r");
        Element cr = Ooxml.w(doc, "commentReference");
        Ooxml.attr(cr, "id", String.valueOf(id));
        ref.appendChild(cr);
        if (a.whole) {
            Element p = a.paragraph;
            Node afterProps = p.getFirstChild();
            while (afterProps != null && (Ooxml.is(afterProps, "pPr") || !(afterProps instanceof Element))) {
                afterProps = afterProps.getNextSibling();
            }
            p.insertBefore(start, afterProps);
            p.appendChild(end);
            p.appendChild(ref);
            return;
        }
        if (a.firstNode != null) {
            a.firstNode.getParentNode().insertBefore(start, a.firstNode);
        } else if (a.c1 < a.start.length()) {
            Node at = outsideOurs(a.start.runAt(a.c1), true);
            at.getParentNode().insertBefore(start, at);
        } else {
            a.start.paragraph().appendChild(start);
        }
        Node after;
        if (a.lastNode != null) {
            after = a.lastNode;
        } else if (a.c2 > 0 && !(a.start == a.end && a.c1 == a.c2)) {
            after = outsideOurs(a.end.runAt(a.c2 - 1), false);
        } else {
            after = start;
        }
        Ooxml.insertAfter(end, after);
        Ooxml.insertAfter(ref, end);
    }

    /** A run inside a deletion made here stands for the deletion and its insertion: comments go around them. */
    private Node outsideOurs(Element run, boolean before) {
        Node parent = run.getParentNode();
        if (parent instanceof Element del && ourDeletions.contains(del)) {
            return before ? del : insertionAfter.getOrDefault(del, del);
        }
        return run;
    }

    private Element comment(Document d, Anchor a, int id) {
        Finding f = a.finding;
        RuleInfo rule = rules.get(f.ruleId());
        Element c = d.createElementNS(Ooxml.W, "w:comment");
        c.setAttributeNS(Ooxml.W, "w:id", String.valueOf(id));
        c.setAttributeNS(Ooxml.W, "w:author", AUTHOR);
        c.setAttributeNS(Ooxml.W, "w:date", date);
        c.setAttributeNS(Ooxml.W, "w:initials", INITIALS);
        List<String> paras = new ArrayList<>();
        paras.add(f.message());
        paras.add("规则：" + (rule == null ? f.ruleId() : rule.title()) + "（" + f.ruleId() + "，" + level(f.severity())
                + "）");
        if (f.suggestion() != null) {
            String what = f.suggestion().isEmpty() ? "删除“" + f.excerpt() + "”"
                    : "将“" + f.excerpt() + "”改为“" + f.suggestion() + "”";
            paras.add(a.tracked ? "已作为修订标出：" + what + "（接受或拒绝该修订）" : "建议：" + what);
        }
        if (a.whole && !f.isDocumentLevel()) {
            paras.add("位置：第" + f.line() + "段" + (f.excerpt().isEmpty() ? "" : "“" + f.excerpt() + "”"));
        }
        boolean first = true;
        for (String s : paras) {
            Element p = d.createElementNS(Ooxml.W, "w:p");
            if (first) {
                Element r = d.createElementNS(Ooxml.W, "w:r");
                r.appendChild(d.createElementNS(Ooxml.W, "w:annotationRef"));
                p.appendChild(r);
                first = false;
            }
            Element r = d.createElementNS(Ooxml.W, "w:r");
            appendText(r, s);
            p.appendChild(r);
            c.appendChild(p);
        }
        return c;
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            default -> "提示";
        };
    }

    // ---- package bookkeeping ----

    private static int maxId(Document d) {
        int max = -1;
        NodeList all = d.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String v = e.getAttributeNS(Ooxml.W, "id");
            if (!v.isEmpty()) {
                try {
                    max = Math.max(max, Integer.parseInt(v.strip()));
                } catch (NumberFormatException ex) {
                    // not a number: not in the same id space
                }
            }
        }
        return max;
    }

    private static Document newRelationships() throws IOException {
        return Ooxml.parse(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\""
                + Ooxml.REL + "\"/>").getBytes(StandardCharsets.UTF_8));
    }

    private static String unusedName(Package pkg, String name) {
        String n = name;
        for (int k = 2; pkg.has(n); k++) {
            n = name.replace(".xml", k + ".xml");
        }
        return n;
    }

    private static String unusedRelId(Document rels) {
        Set<String> used = new HashSet<>();
        Package.relationships(rels).forEach(r -> used.add(r.getAttribute("Id")));
        String id = "rIdGongwen";
        for (int k = 2; used.contains(id); k++) {
            id = "rIdGongwen" + k;
        }
        return id;
    }

    private static void addContentType(Package pkg, String partName) throws IOException {
        byte[] ct = pkg.get("[Content_Types].xml");
        if (ct == null) {
            throw new IOException("the package has no [Content_Types].xml");
        }
        Document d = Ooxml.parse(ct);
        NodeList overrides = d.getElementsByTagNameNS(Ooxml.CT, "Override");
        for (int i = 0; i < overrides.getLength(); i++) {
            if (((Element) overrides.item(i)).getAttribute("PartName").equalsIgnoreCase(partName)) {
                return;
            }
        }
        Element o = d.createElementNS(Ooxml.CT, "Override");
        o.setAttribute("PartName", partName);
        o.setAttribute("ContentType", COMMENTS_CONTENT_TYPE);
        d.getDocumentElement().appendChild(o);
        pkg.put("[Content_Types].xml", Ooxml.serialize(d));
    }
}
