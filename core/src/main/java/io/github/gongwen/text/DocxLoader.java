package io.github.gongwen.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.BitSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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

    /**
     * The most bytes the main part of a document ({@code word/document.xml}) may expand to: a
     * hundred-page report holds a few megabytes; a small zip that inflates to a hundred would take
     * gigabytes of memory once parsed.
     */
    static final long MAX_DOCUMENT_XML = 24L * 1024 * 1024;

    /** Reads the document in {@code bytes}, named {@code name} in findings and errors. */
    public static SourceText read(String name, byte[] bytes) throws InputException {
        long expanded = documentXmlSize(bytes, MAX_DOCUMENT_XML);
        if (expanded > MAX_DOCUMENT_XML) {
            throw new InputException(name, "not read: its text part expands to over " + MAX_DOCUMENT_XML / (1024 * 1024)
                    + " MB (a zip bomb?)");
        }
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
            // POI reports a broken package, bad XML or a zip bomb with runtime exceptions too; its
            // messages name classes and give advice meant for programmers
            throw new InputException(name, "not a readable Word .docx document: " + reason(e), e);
        }
    }

    /** What went wrong, in the user's terms. */
    private static String reason(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Zip bomb") || m.contains("ratio") || m.contains("setByteArrayMaxOverride")
                || m.contains("maximum length")) {
            return "it expands too much (a zip bomb?)";
        }
        if (m.contains("DOCTYPE") || m.contains("entity") || m.contains("Entity")) {
            return "its XML declares entities, which are not allowed";
        }
        return "the zip archive or its XML is damaged";
    }

    /**
     * How many bytes {@code word/document.xml} inflates to, counting no further than just past
     * {@code max}; 0 when the zip cannot be read this way (POI then says what is wrong).
     */
    static long documentXmlSize(byte[] bytes, long max) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            byte[] buf = new byte[64 * 1024];
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().equals("word/document.xml")) {
                    continue;
                }
                long n = 0;
                for (int r = zip.read(buf); r > 0 && n <= max; r = zip.read(buf)) {
                    n += r;
                }
                return n;
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
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
