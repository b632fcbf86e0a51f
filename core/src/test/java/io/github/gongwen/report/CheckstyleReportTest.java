package io.github.gongwen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.gongwen.FileResult;
import io.github.gongwen.RunResult;
import io.github.gongwen.Samples;
import io.github.gongwen.text.SourceText;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CheckstyleReportTest {
    private static Document write(RunResult run) throws Exception {
        StringWriter out = new StringWriter();
        new CheckstyleReport().write(run, out);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void filesAndErrorsCarryPositionsSeverityAndSource() throws Exception {
        SourceText a = SourceText.of("reports/a.txt", "一、总体\nXX镇 <b>&\"'\u0001 XX\n");
        SourceText clean = SourceText.of("reports/clean.txt", "没有问题。\n");
        RunResult run = Samples.run(
                Samples.file(a, Samples.at(a, Samples.PLACEHOLDER, "XX", 1), Samples.at(a, Samples.NUM_STYLE, "<b>&\"'\u0001", 0),
                        Samples.document(a, Samples.MISSING_TITLE)),
                Samples.file(clean), FileResult.failed("reports/z.txt", "binary file (PDF document), not a text report"));
        Document doc = write(run);
        Element root = doc.getDocumentElement();
        assertEquals("checkstyle", root.getTagName());
        assertFalse(root.getAttribute("version").isEmpty());
        NodeList files = root.getElementsByTagName("file");
        assertEquals(3, files.getLength());
        Element fa = (Element) files.item(0);
        assertEquals("reports/a.txt", fa.getAttribute("name"));
        NodeList errors = fa.getElementsByTagName("error");
        assertEquals(3, errors.getLength());

        Element document = (Element) errors.item(0);
        assertEquals("1", document.getAttribute("line"));
        assertFalse(document.hasAttribute("column"));
        assertEquals("info", document.getAttribute("severity"));
        assertEquals("gongwen.missing-title", document.getAttribute("source"));

        Element style = (Element) errors.item(1);
        assertEquals("2", style.getAttribute("line"));
        assertEquals("5", style.getAttribute("column"));
        assertEquals("warning", style.getAttribute("severity"));
        assertEquals("序号格式不规范", style.getAttribute("message"));

        Element placeholder = (Element) errors.item(2);
        assertEquals("2", placeholder.getAttribute("line"));
        assertEquals("error", placeholder.getAttribute("severity"));
        assertEquals("未替换的占位符“XX”", placeholder.getAttribute("message"));
        assertEquals("gongwen.placeholder", placeholder.getAttribute("source"));

        assertEquals(0, ((Element) files.item(1)).getElementsByTagName("error").getLength());
        Element unreadable = (Element) ((Element) files.item(2)).getElementsByTagName("error").item(0);
        assertEquals("gongwen.unreadable", unreadable.getAttribute("source"));
        assertEquals("error", unreadable.getAttribute("severity"));
    }

    @Test
    void escapesMarkupAndDropsCharactersXmlCannotCarry() throws Exception {
        SourceText a = SourceText.of("a&b <c>.txt", "x\n");
        RunResult run = Samples.run(FileResult.ok(a, java.util.List.of(new io.github.gongwen.Finding(a.name(),
                "placeholder", "PLACEHOLDER", io.github.gongwen.Severity.ERROR, "「<&>\"'\u0000\u001F\uD800」", 1, 1, 1, 2, 0, 1,
                "x", null))));
        Element error = (Element) write(run).getElementsByTagName("error").item(0);
        assertEquals("「<&>\"'」", error.getAttribute("message"));
        assertEquals("a&b <c>.txt", ((Element) error.getParentNode()).getAttribute("name"));
    }

    @Test
    void keepsCharactersOutsideTheBasicPlane() {
        assertEquals("𠀋字", CheckstyleReport.clean("𠀋字"));
        assertEquals("ab", CheckstyleReport.clean("a\uDC00b"));
    }
}
