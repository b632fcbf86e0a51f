package io.github.gongwen.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocxBombTest {
    private static byte[] zip(String entry, int megabytes) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            byte[] blanks = new byte[1024 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(blanks);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aDocumentPartThatExpandsTooMuchIsRefusedBeforeParsing() throws Exception {
        byte[] bomb = zip("word/document.xml", 40);
        assertTrue(bomb.length < 1024 * 1024, bomb.length + " bytes");
        InputException e = assertThrows(InputException.class, () -> DocxLoader.read("bomb.docx", bomb));
        assertTrue(e.reason().contains("zip bomb"), e.reason());
    }

    @Test
    void aDamagedDocumentIsRefusedWithoutClassNamesOrAdvice() throws Exception {
        InputException e = assertThrows(InputException.class,
                () -> DocxLoader.read("broken.docx", zip("word/other.xml", 1)));
        assertFalse(e.reason().matches("(?s).*(Exception|org\\.apache|IOUtils).*"), e.reason());
    }
}
