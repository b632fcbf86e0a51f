package io.github.gongwen.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/** Builds Word documents for tests with POI, including automatic numbering written as Word writes it. */
final class WordDocs {
    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /** Parse an element's XML as the element itself, not as a document containing it. */
    private static final XmlOptions AS_ROOT = new XmlOptions().setLoadReplaceDocumentElement(null);

    private final XWPFDocument doc = new XWPFDocument();
    private final XWPFNumbering numbering = doc.createNumbering();
    private final XWPFStyles styles = doc.createStyles();
    private int nextAbstract = 1;

    /** A level of a list definition: {@code <w:lvl>} with format, text and extra XML (start, suff …). */
    static String level(int ilvl, String numFmt, String lvlText, String extra) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + numFmt + "\"/>"
                + extra + "<w:lvlText w:val=\"" + lvlText + "\"/><w:lvlJc w:val=\"left\"/></w:lvl>";
    }

    /** The outline of GB/T 9704: 一、 （一） 1. （1）. */
    static String[] officialOutline() {
        return new String[] {level(0, "chineseCounting", "%1、", ""), level(1, "chineseCounting", "（%2）", ""),
            level(2, "decimal", "%3.", ""), level(3, "decimal", "（%4）", "")};
    }

    /** Adds a list definition with these levels; returns its id. */
    BigInteger definition(String... levels) {
        int id = nextAbstract++;
        try {
            CTAbstractNum abs = CTAbstractNum.Factory.parse("<w:abstractNum " + W + " w:abstractNumId=\"" + id + "\">"
                    + "<w:multiLevelType w:val=\"multilevel\"/>" + String.join("", levels) + "</w:abstractNum>", AS_ROOT);
            return numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A list instance of a definition; {@code overrides} is XML put inside {@code <w:num>}. */
    BigInteger list(BigInteger definition, String overrides) {
        BigInteger numId = BigInteger.valueOf(numbering.getNums().size() + 1L);
        try {
            CTNum num = CTNum.Factory.parse("<w:num " + W + " w:numId=\"" + numId + "\"><w:abstractNumId w:val=\""
                    + definition + "\"/>" + overrides + "</w:num>", AS_ROOT);
            numbering.addNum(new org.apache.poi.xwpf.usermodel.XWPFNum(num, numbering));
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
        return numId;
    }

    /** A paragraph style, optionally numbered: {@code numPr} is XML put inside its {@code <w:pPr>}. */
    WordDocs style(String id, String basedOn, String numPr) {
        try {
            CTStyle s = CTStyle.Factory.parse("<w:style " + W + " w:type=\"paragraph\" w:styleId=\"" + id + "\">"
                    + "<w:name w:val=\"" + id + "\"/>" + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                    + "<w:pPr>" + numPr + "</w:pPr></w:style>", AS_ROOT);
            styles.addStyle(new XWPFStyle(s, styles));
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
        return this;
    }

    WordDocs text(String... runs) {
        XWPFParagraph p = doc.createParagraph();
        for (String r : runs) {
            p.createRun().setText(r);
        }
        return this;
    }

    WordDocs numbered(BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
        return this;
    }

    WordDocs styled(String styleId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styleId);
        p.createRun().setText(text);
        return this;
    }

    /** A table; a cell's {@code \n} separates its paragraphs. */
    WordDocs table(String[][] rows) {
        XWPFTable t = doc.createTable(rows.length, rows[0].length);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                XWPFTableCell cell = t.getRow(r).getCell(c);
                String[] paras = rows[r][c].split("\n", -1);
                cell.getParagraphs().get(0).createRun().setText(paras[0]);
                for (int i = 1; i < paras.length; i++) {
                    cell.addParagraph().createRun().setText(paras[i]);
                }
            }
        }
        return this;
    }

    XWPFParagraph paragraph() {
        return doc.createParagraph();
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
