package io.github.gongwen.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class CommentsPartTest {
    private static final String CT = "<?xml version=\"1.0\"?><Types xmlns=\"" + Ooxml.CT + "\">"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.document.main+xml\"/></Types>";
    private static final String ROOT_RELS = "<?xml version=\"1.0\"?><Relationships xmlns=\"" + Ooxml.REL + "\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    private static Package pkg(String... namesAndTexts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndTexts[i]));
                z.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return Package.read(out.toByteArray());
    }

    private static String text(Package p, String name) {
        return new String(p.get(name), StandardCharsets.UTF_8);
    }

    @Test
    void aNewPartIsAddedWithItsRelationshipAndContentType() throws Exception {
        Package p = pkg("[Content_Types].xml", CT, "_rels/.rels", ROOT_RELS, "word/document.xml", "<x/>");
        CommentsPart part = CommentsPart.of(p, "word/document.xml");
        assertEquals(0, part.maxId());
        part.document().getDocumentElement().appendChild(Ooxml.w(part.document(), "comment"));
        part.save();
        assertTrue(text(p, "word/comments.xml").contains("<w:comment/>"));
        assertTrue(text(p, "word/_rels/document.xml.rels").contains("Target=\"comments.xml\""));
        assertTrue(text(p, "word/_rels/document.xml.rels").contains("Id=\"rIdGongwen\""));
        assertTrue(text(p, "[Content_Types].xml").contains("PartName=\"/word/comments.xml\""));
    }

    @Test
    void anExistingPartIsReadAndItsIdsCounted() throws Exception {
        String rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"" + Ooxml.REL + "\"><Relationship Id=\"rId9\""
                + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\""
                + " Target=\"notes.xml\"/></Relationships>";
        String comments = "<w:comments xmlns:w=\"" + Ooxml.W + "\"><w:comment w:id=\"4\"/><w:comment w:id=\"x\"/>"
                + "</w:comments>";
        Package p = pkg("[Content_Types].xml", CT, "_rels/.rels", ROOT_RELS, "word/document.xml", "<x/>",
                "word/_rels/document.xml.rels", rels, "word/notes.xml", comments);
        CommentsPart part = CommentsPart.of(p, "word/document.xml");
        assertEquals(4, part.maxId());
        part.save();
        assertTrue(text(p, "word/notes.xml").contains("w:id=\"4\""));
        assertEquals(rels, text(p, "word/_rels/document.xml.rels")); // untouched
        assertEquals(CT, text(p, "[Content_Types].xml"));
    }
}
