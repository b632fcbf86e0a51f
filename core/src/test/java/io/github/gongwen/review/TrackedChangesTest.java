package io.github.gongwen.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TrackedChangesTest {
    private static Document paragraph(String runs) throws Exception {
        return Ooxml.parse(("<w:document xmlns:w=\"" + Ooxml.W + "\"><w:body><w:p>" + runs
                + "</w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
    }

    private static Anchor fix(ParagraphText p, int c1, int c2, String suggestion) {
        Anchor a = new Anchor();
        a.start = p;
        a.end = p;
        a.c1 = c1;
        a.c2 = c2;
        a.tracked = true;
        a.hunks = Hunks.of(p.text().substring(c1, c2), suggestion);
        return a;
    }

    @Test
    void deletesAndInsertsOnlyTheChangedCharacters() throws Exception {
        Document doc = paragraph("<w:r><w:rPr><w:b/></w:rPr><w:t>推进高质量发展,</w:t></w:r>");
        Element p = (Element) doc.getElementsByTagNameNS(Ooxml.W, "p").item(0);
        ParagraphText text = ParagraphText.of(p);
        Anchor a = fix(text, 5, 8, "发展，");
        Anchors.splitRuns(List.of(a));
        TrackedChanges changes = new TrackedChanges(doc, "2026-01-01T00:00:00Z", new Ids(7));
        assertTrue(changes.track(a));
        String xml = Ooxml.toString(p);
        assertTrue(xml.contains("<w:delText xml:space=\"preserve\">,</w:delText>"), xml);
        assertTrue(xml.contains("w:id=\"7\""), xml); // the deletion
        assertTrue(xml.matches("(?s).*<w:ins[^>]*><w:r><w:rPr><w:b/></w:rPr><w:t[^>]*>，</w:t>.*"), xml);
        // the comment goes around the deletion and its insertion, which stand at the end of the finding
        assertEquals(null, a.firstNode);
        assertEquals("ins", a.lastNode.getLocalName());
        Element deletedRun = (Element) doc.getElementsByTagNameNS(Ooxml.W, "delText").item(0).getParentNode();
        assertEquals("del", changes.outsideOurs(deletedRun, true).getLocalName());
        assertEquals("ins", changes.outsideOurs(deletedRun, false).getLocalName());
    }

    @Test
    void leavesRunsWithMoreThanTextAlone() throws Exception {
        Document doc = paragraph("<w:r><w:t>见</w:t></w:r><w:r><w:t>图</w:t><w:drawing/></w:r>");
        Element p = (Element) doc.getElementsByTagNameNS(Ooxml.W, "p").item(0);
        Anchor a = fix(ParagraphText.of(p), 0, 2, "见");
        Anchors.splitRuns(List.of(a));
        String before = Ooxml.toString(p);
        Ids ids = new Ids(1);
        assertFalse(new TrackedChanges(doc, "2026-01-01T00:00:00Z", ids).track(a));
        assertEquals(before, Ooxml.toString(p));
        assertEquals(1, ids.take()); // no id spent
    }
}
