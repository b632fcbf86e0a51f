package io.github.gongwen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Texts that decode without error but are not text: a wrong encoding, random bytes after a mark. */
class DecodingSanityTest {
    private static final String REPORT = "2024年工作总结\n一、主要工作\n全年经济运行总体平稳，各项事业稳步推进。\n";

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void utf32WithAByteOrderMarkIsDecodedAsUtf32() throws InputException {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, REPORT.getBytes(Charset.forName("UTF-32LE")));
        SourceText s = TextLoader.decode("a.txt", le);
        assertEquals(REPORT, s.text());
        assertEquals("UTF-32LE", s.charset());
        byte[] be = concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, REPORT.getBytes(Charset.forName("UTF-32BE")));
        assertEquals(REPORT, TextLoader.decode("a.txt", be).text());
    }

    @Test
    void utf32WithoutAMarkIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> TextLoader.decode("a.txt", REPORT.getBytes(Charset.forName("UTF-32LE"))));
        assertTrue(e.reason().contains("binary"), e.reason());
    }

    @Test
    void randomBytesAfterAByteOrderMarkAreRefused() {
        Random random = new Random(21);
        for (byte[] mark : new byte[][] {{(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF},
                {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}}) {
            for (int round = 0; round < 20; round++) {
                byte[] noise = new byte[20_000];
                random.nextBytes(noise);
                assertThrows(InputException.class, () -> TextLoader.decode("noise.txt", concat(mark, noise)));
            }
        }
    }

    @Test
    void aWrongConfiguredEncodingIsRefusedNotCheckedAsGarbage() {
        byte[] utf8 = REPORT.repeat(20).getBytes(StandardCharsets.UTF_8);
        for (Charset wrong : new Charset[] {StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16,
                StandardCharsets.UTF_16LE}) {
            InputException e = assertThrows(InputException.class, () -> TextLoader.decode("a.txt", utf8, wrong),
                    wrong.name());
            assertTrue(e.reason().contains("encoding") || e.reason().contains("binary")
                    || e.reason().contains("undecodable"), e.reason());
        }
    }

    @Test
    void mostlyReplacementCharactersAreRefused() {
        String text = "2024年工作总结\n" + "\uFFFD".repeat(200) + "\n";
        InputException e = assertThrows(InputException.class,
                () -> TextLoader.decode("a.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.reason().contains("replacement"), e.reason());
    }

    @Test
    void ordinaryTextsStillPass() throws InputException {
        assertEquals(REPORT, TextLoader.decode("a.txt", REPORT.getBytes(StandardCharsets.UTF_8)).text());
        assertEquals(REPORT, TextLoader.decode("a.txt", REPORT.getBytes(Charset.forName("GB18030"))).text());
        byte[] bom16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, REPORT.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(REPORT, TextLoader.decode("a.txt", bom16).text());
        String english = "Annual report\nThe economy grew by 5% and — as planned — the budget balanced. 😀\n";
        assertEquals(english, TextLoader.decode("a.md", english.getBytes(StandardCharsets.UTF_8)).text());
    }
}
