package io.github.gongwen.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** WordprocessingML names and the DOM helpers the review needs (parsing with external entities off). */
final class Ooxml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CT = "http://schemas.openxmlformats.org/package/2006/content-types";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private Ooxml() {
    }

    static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static byte[] serialize(Document doc) throws IOException {
        doc.setXmlStandalone(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(doc, new StreamResult(out), false);
        return out.toByteArray();
    }

    /** One node as XML text (for comparing paragraphs in tests). */
    static String toString(Node n) throws IOException {
        java.io.StringWriter w = new java.io.StringWriter();
        write(n, new StreamResult(w), true);
        return w.toString();
    }

    private static void write(Node n, StreamResult to, boolean fragment) throws IOException {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            if (fragment) {
                t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            }
            t.transform(new DOMSource(n), to);
        } catch (TransformerException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Whether {@code n} is the WordprocessingML element {@code local}. */
    static boolean is(Node n, String local) {
        return n instanceof Element && W.equals(n.getNamespaceURI()) && local.equals(n.getLocalName());
    }

    /** The WordprocessingML child elements of {@code e}, in order. */
    static List<Element> children(Node e) {
        List<Element> out = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el && W.equals(el.getNamespaceURI())) {
                out.add(el);
            }
        }
        return out;
    }

    static Element child(Node e, String local) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, local)) {
                return (Element) c;
            }
        }
        return null;
    }

    /** A new {@code w:} element in {@code doc}. */
    static Element w(Document doc, String local) {
        return doc.createElementNS(W, "w:" + local);
    }

    static void attr(Element e, String local, String value) {
        e.setAttributeNS(W, "w:" + local, value);
    }

    static String attr(Element e, String local) {
        return e.hasAttributeNS(W, local) ? e.getAttributeNS(W, local) : null;
    }

    /** A {@code w:t} (or {@code w:delText}) that keeps its blanks. */
    static Element text(Document doc, String local, String s) {
        Element t = w(doc, local);
        t.setAttributeNS(XML_NS, "xml:space", "preserve");
        t.setTextContent(s);
        return t;
    }

    static void insertAfter(Node node, Node after) {
        after.getParentNode().insertBefore(node, after.getNextSibling());
    }

    /** Text as run content: {@code w:t}, with tabs and line breaks as their elements. */
    static void appendText(Element run, String s) {
        Document d = run.getOwnerDocument();
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '\0';
            if (i == s.length() || c == '\t' || c == '\n') {
                if (chunk.length() > 0) {
                    run.appendChild(text(d, "t", chunk.toString()));
                    chunk.setLength(0);
                }
                if (i < s.length()) {
                    run.appendChild(w(d, c == '\t' ? "tab" : "br"));
                }
            } else {
                chunk.append(c);
            }
        }
    }
}
