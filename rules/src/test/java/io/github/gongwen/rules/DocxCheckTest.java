package io.github.gongwen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;

/** A Word report end to end: automatic numbering is seen by the outline rules, lines are paragraph numbers. */
class DocxCheckTest {
    @TempDir
    Path dir;

    @Test
    void manualMarkerAfterAutomaticNumberingIsAGapOnItsParagraph() throws Exception {
        Path file = dir.resolve("2024年工作总结.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abs = CTAbstractNum.Factory.parse("<w:abstractNum xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\" w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                    + "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl></w:abstractNum>",
                    new XmlOptions().setLoadReplaceDocumentElement(null));
            BigInteger list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering)));
            paragraph(doc, null, "2024年工作总结");
            paragraph(doc, list, "总体情况");
            paragraph(doc, null, "全年经济运行总体平稳，层层压实责任。");
            paragraph(doc, list, "存在问题");
            doc.createTable(1, 2).getRow(0).getCell(0).setText("表格");
            paragraph(doc, null, "四、下一步安排");
            doc.write(out);
        }
        FileResult r = DefaultChecker.get().checkFile(file, "2024年工作总结.docx");
        assertEquals(null, r.error());
        assertTrue(r.source().text().startsWith("2024年工作总结\n一、总体情况\n全年经济运行总体平稳，层层压实责任。\n二、存在问题\n"),
                r.source().text());
        List<Finding> gaps = r.findings().stream().filter(f -> f.category().equals("NUM_GAP")).toList();
        assertEquals(1, gaps.size(), r.findings().toString());
        assertEquals(7, gaps.get(0).line(), "paragraph 7: five paragraphs and the table's two cells before it");
        assertEquals("四、", gaps.get(0).excerpt());
    }

    private static void paragraph(XWPFDocument doc, BigInteger numId, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (numId != null) {
            p.setNumID(numId);
        }
        p.createRun().setText(text);
    }
}
