package io.github.gongwen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextLoaderTest {
    private static final String REPORT = "一、2024年工作回顾\n（一）经济运行稳中向好。全镇实现地区生产总值增长5.2%。\n";

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        assertEquals(REPORT, TextLoader.decode("a.txt", REPORT.getBytes(StandardCharsets.UTF_8)).text());
        byte[] body = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(REPORT, TextLoader.decode("a.txt", withBom).text());
    }

    @Test
    void detectsGb18030AndGbk() throws Exception {
        String text = REPORT.repeat(3);
        for (String cs : new String[] {"GB18030", "GBK"}) {
            SourceText s = TextLoader.decode("gb.txt", text.getBytes(Charset.forName(cs)));
            assertEquals(text, s.text(), cs);
        }
    }

    @Test
    void readsUtf16WithBom() throws Exception {
        byte[] le = ("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(REPORT, TextLoader.decode("le.txt", le).text());
        byte[] be = ("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(REPORT, TextLoader.decode("be.txt", be).text());
    }

    @Test
    void normalisesLineEndingsAndKeepsIdeographicSpaces() throws Exception {
        String crlf = "　　第一行\r\n第二行\r第三行\n";
        SourceText s = TextLoader.decode("crlf.txt", crlf.getBytes(StandardCharsets.UTF_8));
        assertEquals("　　第一行\n第二行\n第三行\n", s.text());
        assertEquals(3, s.lines().line(s.text().indexOf("第三行")));
    }

    @Test
    void refusesBinaryFilesWithTheReason() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        InputException e = assertThrows(InputException.class, () -> TextLoader.decode("scan.txt", png));
        assertEquals("scan.txt", e.file());
        assertTrue(e.reason().contains("binary") || e.reason().contains("PNG"), e.reason());

        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        InputException z = assertThrows(InputException.class, () -> TextLoader.decode("report.txt", zip));
        assertTrue(z.getMessage().contains("report.txt"), z.getMessage());
    }

    @Test
    void refusesUndecodableBytes() {
        byte[] junk = new byte[400];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (0x80 + (i * 37) % 0x7F);
        }
        assertThrows(InputException.class, () -> TextLoader.decode("junk.txt", junk));
    }

    @Test
    void aMissingFileOrADirectoryIsAnInputError() throws IOException {
        InputException missing = assertThrows(InputException.class,
                () -> TextLoader.load(dir.resolve("nope.txt"), "nope.txt"));
        assertEquals("nope.txt", missing.file());
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
        Path sub = Files.createDirectory(dir.resolve("sub.txt"));
        InputException directory = assertThrows(InputException.class, () -> TextLoader.load(sub, "sub.txt"));
        assertEquals("sub.txt", directory.file());
        assertTrue(directory.getMessage().contains("is a directory"), directory.getMessage());
    }

    @Test
    void aFileOverTheLimitIsRefusedUnread() throws Exception {
        Path big = dir.resolve("big.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(TextLoader.MAX_BYTES + 1); // sparse: nothing is written
        }
        InputException e = assertThrows(InputException.class, () -> TextLoader.read(big, "big.txt"));
        assertTrue(e.getMessage().contains("file too large"), e.getMessage());
    }

    @Test
    void readsAFileThatReportsNoSize() throws Exception {
        Path status = Path.of("/proc/self/status"); // size 0, content on reading
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(status) && Files.size(status) == 0);
        assertTrue(new String(TextLoader.read(status, "status"), StandardCharsets.UTF_8).contains("Pid:"));
        assertEquals(0, TextLoader.read(Files.createFile(dir.resolve("empty.txt")), "empty.txt").length);
    }

    @Test
    void loadsAFileByPath() throws Exception {
        Path f = Files.writeString(dir.resolve("r.md"), "# 标题\n正文", StandardCharsets.UTF_8);
        SourceText s = TextLoader.load(f, "r.md");
        assertEquals("# 标题\n正文", s.text());
        assertTrue(s.isMarkdown());
    }

    /** A character outside the BMP counts as one column, in a decoded text as in a given one. */
    @Test
    void columnsCountSurrogatePairsOnceAfterDecoding() throws Exception {
        String text = "第一行文字内容较长一些\n表情\uD83D\uDE00之后的文字「错」字";
        SourceText decoded = TextLoader.decode("emoji.txt", text.getBytes(StandardCharsets.UTF_8));
        int at = text.indexOf('错');
        assertEquals(SourceText.of("emoji.txt", text).lines().column(at), decoded.lines().column(at));
        assertEquals(10, decoded.lines().column(at));
        String plain = "第一行文字内容较长一些\n没有表情之后的文字「错」字";
        SourceText p = TextLoader.decode("plain.txt", plain.getBytes(StandardCharsets.UTF_8));
        assertEquals(11, p.lines().column(plain.indexOf('错')));
    }
}
