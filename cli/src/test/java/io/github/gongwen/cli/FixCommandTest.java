package io.github.gongwen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FixCommandTest extends CliTestBase {
    private static final String REPORT = "2024年工作总结\r\n一、主要工作\r\n（一）、经济发展\r\n各位代表!全年增长5%,完成投资3亿元。\r\n"
            + "推动动经济发展。\r\n";
    private static final String FIXED = "2024年工作总结\r\n一、主要工作\r\n（一）经济发展\r\n各位代表！全年增长5%，完成投资3亿元。\r\n"
            + "推动动经济发展。\r\n";

    @Test
    void dryRunPrintsTheDiffThenFixWritesOnlyTheSafeFixesInTheSameEncoding() throws Exception {
        Charset gb = Charset.forName("GB18030");
        Path f = Files.write(dir.resolve("a.txt"), REPORT.getBytes(gb));
        assertEquals(0, run("fix", "--no-config", "--dry-run", f.toString()));
        assertTrue(out.toString().contains("-（一）、经济发展\n-各位代表!全年增长5%,完成投资3亿元。\n+（一）经济发展\n"),
                out.toString());
        assertTrue(out.toString().startsWith("--- a/" + f.toString().replaceFirst("^/+", "") + "\n"), out.toString());
        assertTrue(err.toString().contains("2 fixes to apply"), err.toString());
        assertArrayEquals(REPORT.getBytes(gb), Files.readAllBytes(f), "a dry run writes nothing");

        assertEquals(0, run("fix", "--no-config", f.toString()));
        assertArrayEquals(FIXED.getBytes(gb), Files.readAllBytes(f), "推动动 is not a safe fix: left for the editor");
        out.getBuffer().setLength(0);
        assertEquals(0, run("fix", "--no-config", "--diff", f.toString()));
        assertEquals("", out.toString(), "a second run changes nothing");
        assertTrue(err.toString().contains("0 fixes in 0 files"), err.toString());
    }

    @Test
    void outputDirectoryKeepsTheTreeAndUnreadableFilesFail() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports/sub"));
        Files.writeString(reports.resolve("a.md"), "各位代表!全年增长5%。\n");
        Files.write(reports.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
        Path target = dir.resolve("fixed");
        assertEquals(1, run("fix", "--no-config", "-o", target.toString(), dir.resolve("reports").toString()));
        assertEquals("各位代表！全年增长5%。\n", Files.readString(target.resolve("sub/a.md")));
        assertEquals("各位代表!全年增长5%。\n", Files.readString(reports.resolve("a.md")));
        assertTrue(err.toString().contains("scan.txt: binary file"), err.toString());
        assertFalse(Files.exists(target.resolve("sub/scan.txt")));
    }

    @Test
    void rulesListsWhichFixesAreSafe() {
        assertEquals(0, run("rules", "--no-config"));
        assertTrue(out.toString().matches("(?s).*marker-punct\\s+NUM_STYLE\\s+warning\\s+safe\\s.*"), out.toString());
        assertTrue(out.toString().matches("(?s).*dup-char\\s+DUP_CHAR\\s+error\\s+-\\s.*"), out.toString());
    }
}
