package io.github.gongwen.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The parts of a Word package (a zip file), in their order. Parts that are not changed are written
 * back byte for byte, so headers, footers, numbering, styles, pictures and everything else stay
 * exactly as they were.
 */
final class Package {
    /** Refused above this: a report with pictures is a few megabytes. */
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    static Package read(byte[] docx) throws IOException {
        Package p = new Package();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES - total + 1));
                total += b.length;
                if (total > MAX_BYTES) {
                    throw new IOException("the package unpacks to more than " + MAX_BYTES / (1024 * 1024) + " MB");
                }
                p.parts.put(e.getName(), b);
            }
        }
        if (p.parts.isEmpty()) {
            throw new IOException("not a zip package");
        }
        return p;
    }

    byte[] get(String name) {
        return parts.get(name);
    }

    boolean has(String name) {
        return parts.containsKey(name);
    }

    void put(String name, byte[] bytes) {
        parts.put(name, bytes);
    }

    byte[] write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The part the package's relationships name as the main document ({@code word/document.xml}). */
    String mainDocument() throws IOException {
        byte[] rels = get("_rels/.rels");
        if (rels != null) {
            for (Element r : relationships(Ooxml.parse(rels))) {
                if (r.getAttribute("Type").endsWith("/officeDocument")) {
                    String t = r.getAttribute("Target");
                    return t.startsWith("/") ? t.substring(1) : t;
                }
            }
        }
        if (has("word/document.xml")) {
            return "word/document.xml";
        }
        throw new IOException("no main document part in the package");
    }

    static java.util.List<Element> relationships(Document rels) {
        java.util.List<Element> out = new java.util.ArrayList<>();
        org.w3c.dom.NodeList l = rels.getElementsByTagNameNS(Ooxml.REL, "Relationship");
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    /** The relationships part of {@code part}: {@code word/_rels/document.xml.rels}. */
    static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** {@code target} of a relationship of {@code part}, as a part name. */
    static String resolve(String part, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        String base = part.substring(0, part.lastIndexOf('/') + 1) + target;
        java.util.Deque<String> segs = new java.util.ArrayDeque<>();
        for (String s : base.split("/")) {
            if (s.equals("..")) {
                segs.pollLast();
            } else if (!s.isEmpty() && !s.equals(".")) {
                segs.addLast(s);
            }
        }
        return String.join("/", segs);
    }
}
