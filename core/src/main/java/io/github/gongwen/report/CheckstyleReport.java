package io.github.gongwen.report;

import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import io.github.gongwen.RunResult;
import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Checkstyle's XML result format, which most CI systems read (Jenkins' Warnings plugin, reviewdog,
 * GitLab and Sonar importers): {@code <checkstyle><file name><error line column severity message
 * source/></file></checkstyle>}. The source of a finding is {@code gongwen.RULE-ID}; a finding about
 * the whole document is on line 1 without a column; a file that could not be checked has one error
 * with source {@code gongwen.unreadable}. Characters XML 1.0 cannot carry are dropped.
 */
public final class CheckstyleReport implements ReportWriter {
    /** The version attribute of the root element: the Checkstyle format generation parsers expect. */
    static final String VERSION = "8.0";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    @Override
    public String format() {
        return "checkstyle";
    }

    @Override
    public String extension() {
        return "checkstyle.xml";
    }

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        try {
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("checkstyle");
            x.writeAttribute("version", VERSION);
            x.writeCharacters("\n");
            for (FileResult file : result.files()) {
                x.writeStartElement("file");
                x.writeAttribute("name", clean(file.path()));
                x.writeCharacters("\n");
                if (file.failed()) {
                    error(x, 1, 0, "error", "无法检查: " + file.error(), "gongwen.unreadable");
                }
                for (Finding f : file.findings()) {
                    error(x, f.isDocumentLevel() ? 1 : f.line(), f.isDocumentLevel() ? 0 : f.column(),
                            f.severity().id(), f.message(), "gongwen." + f.ruleId());
                }
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the checkstyle report: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void error(XMLStreamWriter x, int line, int column, String severity, String message, String source)
            throws XMLStreamException {
        x.writeCharacters("  ");
        x.writeEmptyElement("error");
        x.writeAttribute("line", Integer.toString(line));
        if (column > 0) {
            x.writeAttribute("column", Integer.toString(column));
        }
        x.writeAttribute("severity", severity);
        x.writeAttribute("message", clean(message));
        x.writeAttribute("source", clean(source));
        x.writeCharacters("\n");
    }

    /** Drops the characters XML 1.0 does not allow (most C0 controls, lone surrogates, U+FFFE/F). */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
