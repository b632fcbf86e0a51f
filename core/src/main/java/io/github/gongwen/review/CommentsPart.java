package io.github.gongwen.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The comments part of a Word package: the one the main document's relationships name, or a new one,
 * added with its relationship and content type when it is saved.
 */
final class CommentsPart {
    private static final String COMMENTS_TYPE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
    private static final String COMMENTS_CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

    private final Package pkg;
    private final String main;
    private final String relsName;
    private final Document rels;
    /** The part's name; null until a new part is saved. */
    private String name;
    /** The part's XML; null while there is none. */
    private Document comments;

    private CommentsPart(Package pkg, String main, String relsName, Document rels) {
        this.pkg = pkg;
        this.main = main;
        this.relsName = relsName;
        this.rels = rels;
    }

    /** The comments part of {@code main}, the package's main document. */
    static CommentsPart of(Package pkg, String main) throws IOException {
        String relsName = Package.relsOf(main);
        Document rels = pkg.has(relsName) ? Ooxml.parse(pkg.get(relsName)) : newRelationships();
        CommentsPart part = new CommentsPart(pkg, main, relsName, rels);
        for (Element r : Package.relationships(rels)) {
            if (COMMENTS_TYPE.equals(r.getAttribute("Type"))) {
                part.name = Package.resolve(main, r.getAttribute("Target"));
            }
        }
        if (part.name != null && pkg.has(part.name)) {
            part.comments = Ooxml.parse(pkg.get(part.name));
        }
        return part;
    }

    /** The largest id the existing comments use (-1 for none), or 0 when there is no comments part yet. */
    int maxId() {
        return comments == null ? 0 : maxId(comments);
    }

    /** The comments XML, new and empty when the package had none. */
    Document document() throws IOException {
        if (comments == null) {
            comments = Ooxml.parse(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:comments xmlns:w=\"" + Ooxml.W + "\"/>").getBytes(StandardCharsets.UTF_8));
        }
        return comments;
    }

    /** Puts the comments in the package, with a relationship and a content type for a new part. */
    void save() throws IOException {
        if (name == null) {
            name = unusedName(pkg, main.substring(0, main.lastIndexOf('/') + 1) + "comments.xml");
            Element r = rels.createElementNS(Ooxml.REL, "Relationship");
            r.setAttribute("Id", unusedRelId(rels));
            r.setAttribute("Type", COMMENTS_TYPE);
            r.setAttribute("Target", name.substring(name.lastIndexOf('/') + 1));
            rels.getDocumentElement().appendChild(r);
            pkg.put(relsName, Ooxml.serialize(rels));
            addContentType(pkg, "/" + name);
        }
        pkg.put(name, Ooxml.serialize(document()));
    }

    /** The largest numeric {@code w:id} in {@code d}, -1 when there is none. */
    static int maxId(Document d) {
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
