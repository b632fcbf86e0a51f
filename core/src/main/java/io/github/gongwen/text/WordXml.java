package io.github.gongwen.text;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small reads of WordprocessingML elements in the {@code w:} namespace, which tolerate what is
 * missing: a {@code null} element, child or attribute gives {@code null} (or {@code false}, or no
 * children) instead of an error.
 */
final class WordXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private WordXml() {
    }

    /** The first child element {@code w:name}, or {@code null}. */
    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName()) && W.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    /** The child elements {@code w:name}, in order. */
    static Iterable<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName()) && W.equals(e.getNamespaceURI())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The element down a path of first children ({@code "pPr", "numPr"}), or {@code null}. */
    static Element path(Element e, String... names) {
        for (String name : names) {
            e = child(e, name);
        }
        return e;
    }

    /** The {@code w:val} attribute, or {@code null}. */
    static String val(Element e) {
        return e == null || !e.hasAttributeNS(W, "val") ? null : e.getAttributeNS(W, "val");
    }

    /** The {@code w:val} attribute as a number, or {@code null}. */
    static Integer intVal(Element e) {
        return parse(val(e));
    }

    /** The attribute {@code w:name} as a number, or {@code null}. */
    static Integer intAttr(Element e, String name) {
        return e == null || !e.hasAttributeNS(W, name) ? null : parse(e.getAttributeNS(W, name));
    }

    private static Integer parse(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An on/off property: present without a value, or with true/1/on. */
    static boolean onOff(Element e) {
        if (e == null) {
            return false;
        }
        String v = val(e);
        return v == null || v.equals("true") || v.equals("1") || v.equals("on");
    }
}
