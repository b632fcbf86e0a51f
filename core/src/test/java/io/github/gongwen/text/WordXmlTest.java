package io.github.gongwen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class WordXmlTest {
    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        String doc = "<w:lvl xmlns:w=\"" + WordXml.W + "\" xmlns:o=\"urn:other\" w:ilvl=\"1\">" + xml + "</w:lvl>";
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    @Test
    void readsValuesAndToleratesWhatIsMissing() throws Exception {
        Element lvl = parse("<w:start w:val=\" 3 \"/><w:numFmt w:val=\"chineseCounting\"/><w:isLgl/>"
                + "<o:start w:val=\"9\"/><w:pPr><w:ind w:val=\"x\"/></w:pPr>");
        assertEquals(3, WordXml.intVal(WordXml.child(lvl, "start")));
        assertEquals("chineseCounting", WordXml.val(WordXml.child(lvl, "numFmt")));
        assertEquals(1, WordXml.intAttr(lvl, "ilvl"));
        assertTrue(WordXml.onOff(WordXml.child(lvl, "isLgl")));
        assertFalse(WordXml.onOff(WordXml.child(lvl, "suff")));
        assertNull(WordXml.intVal(WordXml.path(lvl, "pPr", "ind"))); // not a number
        assertNull(WordXml.val(WordXml.path(null, "pPr")));
        List<Element> starts = new ArrayList<>();
        WordXml.children(lvl, "start").forEach(starts::add);
        assertEquals(1, starts.size()); // o:start is in another namespace
    }
}
