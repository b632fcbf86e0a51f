package io.github.gongwen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextLoaderEncodingTest {
    private static final Charset GB18030 = Charset.forName("GB18030");

    @Test
    void aConfiguredEncodingIsUsedStrictly() throws InputException {
        byte[] gb = "工作总结".getBytes(GB18030);
        SourceText s = TextLoader.decode("a.txt", gb, GB18030);
        assertEquals("工作总结", s.text());
        assertEquals("GB18030", s.charset());
        InputException e = assertThrows(InputException.class, () -> TextLoader.decode("a.txt", gb, StandardCharsets.UTF_8));
        assertTrue(e.reason().contains("not valid UTF-8") && e.reason().contains("configured encoding"), e.reason());
    }

    @Test
    void binaryFilesAreRefusedWhateverTheEncoding() {
        InputException e = assertThrows(InputException.class,
                () -> TextLoader.decode("a.txt", new byte[] {'%', 'P', 'D', 'F', '-', '1'}, StandardCharsets.UTF_8));
        assertTrue(e.reason().startsWith("binary file"), e.reason());
    }

    @Test
    void aByteOrderMarkIsDropped() throws InputException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertEquals("a", TextLoader.decode("a.txt", bom, StandardCharsets.UTF_8).text());
        assertEquals("a", TextLoader.decode("a.txt", "\uFEFFa".getBytes(StandardCharsets.UTF_16LE),
                StandardCharsets.UTF_16LE).text());
    }
}
