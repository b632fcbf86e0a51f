package io.github.gongwen.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.BitSet;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the text of a Word document ({@code .docx}) with Apache POI. Every paragraph becomes one
 * line, so <b>a finding's line is the paragraph's number</b> in the document, counting from 1 and
 * including empty paragraphs and the paragraphs in table cells (each cell paragraph is a line, row
 * by row, cell by cell; {@link SourceText#inTable(int)} tells them apart). Word's automatic list numbering becomes the visible marker at the start of
 * the line ({@code 一、}, {@code （一）}, {@code 1.} …, see {@link WordNumbering}), so the outline
 * rules see what the reader sees. Line breaks inside a paragraph become spaces; hidden text,
 * headers, footers, footnotes, comments and text boxes are not read.
 */
public final class DocxLoader {
    /** The label {@link SourceText#charset()} carries for Word documents. */
    public static final String FORMAT = "docx";
    /** Why an old binary Word document is refused. */
    public static final String OLD_WORD = "old binary Word format (.doc) is not supported: "
            + "open it in Word or WPS and save it as .docx (另存为 .docx)";
    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(?:footnoteRef|endnoteRef):\\d+]");

    private DocxLoader() {
    }

    /** Reads the document in {@code bytes}, named {@code name} in findings and errors. */
    public static SourceText read(String name, byte[] bytes) throws InputException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Lines lines = new Lines();
            WordNumbering numbering = new WordNumbering(doc);
            for (IBodyElement e : doc.getBodyElements()) {
                body(e, numbering, lines, false);
            }
            return SourceText.document(name, lines.text.toString(), FORMAT, lines.inTable);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new InputException(name, OLD_WORD, e);
        } catch (IOException | RuntimeException e) {
            // POI reports a broken package, bad XML or a zip bomb with runtime exceptions too.
            throw new InputException(name, "not a readable Word .docx document: " + e.getMessage(), e);
        }
    }

    /** The text being built, and which of its lines come from table cells. */
    private static final class Lines {
        final StringBuilder text = new StringBuilder();
        final BitSet inTable = new BitSet();
        int count;

        void add(String line, boolean table) {
            if (count > 0) {
                text.append('\n');
            }
            text.append(line);
            count++;
            inTable.set(count, table);
        }
    }

    private static void body(IBodyElement e, WordNumbering numbering, Lines out, boolean table) {
        if (e instanceof XWPFParagraph p) {
            out.add(numbering.marker(p) + paragraphText(p), table);
        } else if (e instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) {
                        body(inner, numbering, out, true);
                    }
                }
            }
        } else if (e instanceof XWPFSDT sdt) {
            // A block-level content control: its text, one line per paragraph.
            for (String l : sdt.getContent().getText().split("\n", -1)) {
                out.add(l, table);
            }
        }
    }

    /** The visible text of the runs, one line: breaks become spaces, note references are dropped. */
    static String paragraphText(XWPFParagraph p) {
        StringBuilder b = new StringBuilder();
        for (IRunElement r : p.getIRuns()) {
            if (r instanceof XWPFRun run) {
                if (!run.isVanish() && !run.getCTR().isSetRsidDel()) {
                    b.append(run.text());
                }
            } else if (r instanceof XWPFSDT sdt) {
                b.append(sdt.getContent().getText());
            } else {
                b.append(r);
            }
        }
        String s = NOTE_REFERENCE.matcher(b).replaceAll("");
        return s.replaceAll("^[\\r\\n\\f]+|[\\r\\n\\f]+$", "").replaceAll("[\\r\\n\\f\\u2028\\u2029]+", " ");
    }
}
