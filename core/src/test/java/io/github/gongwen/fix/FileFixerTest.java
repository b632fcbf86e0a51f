package io.github.gongwen.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.Checker;
import io.github.gongwen.TestRules;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFixerTest {
    /** A house rule whose suggestion (a placeholder becomes 5) is marked safe, and one not marked. */
    static final String SAFE_RULE = TestRules.PLACEHOLDER_RULE
            .replace("    @severity(\"warning\")\n", "    @severity(\"warning\")\n    @fix(\"safe\")\n")
            .replace("findings.report(drools, $p, $p.getText());", "findings.suggest(drools, $p, \"5\", $p.getText());");

    private static Checker checker;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws Exception {
        checker = TestRules.builder().rules("house.drl", SAFE_RULE).build();
    }

    private FileFixer fixer() {
        return new FileFixer(checker);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void fixesInPlaceKeepingEncodingBomAndLineBreaksAndASecondRunChangesNothing() throws Exception {
        String text = "一、总体情况\r\n全年增长X%，完成XX亿元。\r\n二、下步打算\r\n";
        String fixed = "一、总体情况\r\n全年增长5%，完成5亿元。\r\n二、下步打算\r\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Charset gb = Charset.forName("GB18030");
        List<Object[]> cases = List.of(
                new Object[] {"utf8.txt", text.getBytes(StandardCharsets.UTF_8), fixed.getBytes(StandardCharsets.UTF_8)},
                new Object[] {"bom.txt", concat(bom, text.getBytes(StandardCharsets.UTF_8)),
                    concat(bom, fixed.getBytes(StandardCharsets.UTF_8))},
                new Object[] {"gb.txt", text.getBytes(gb), fixed.getBytes(gb)},
                new Object[] {"lf.md", text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8),
                    fixed.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)},
                new Object[] {"utf16.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE),
                    ("\uFEFF" + fixed).getBytes(StandardCharsets.UTF_16LE)});
        for (Object[] c : cases) {
            Path f = write((String) c[0], (byte[]) c[1]);
            FileFixer.Plan plan = fixer().plan(f, f.toString());
            assertTrue(plan.changed(), (String) c[0]);
            assertEquals(2, plan.result().fixed().size());
            plan.writeInPlace();
            assertArrayEquals((byte[]) c[2], Files.readAllBytes(f), (String) c[0]);
            FileFixer.Plan again = fixer().plan(f, f.toString());
            assertFalse(again.changed(), "a second run changes nothing: " + c[0]);
            assertEquals("", again.diff());
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(cases.size(), s.count(), "no temporary file is left behind");
        }
    }

    @Test
    void printsAUnifiedDiff() throws Exception {
        Path f = write("a.txt", "第一行\n第二行\n全年增长X%。\n第四行\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("""
                --- a/a.txt
                +++ b/a.txt
                @@ -1,4 +1,4 @@
                 第一行
                 第二行
                -全年增长X%。
                +全年增长5%。
                 第四行
                """, fixer().plan(f, "a.txt").diff());
    }

    @Test
    void refusesAReadOnlyFile() throws Exception {
        byte[] before = "全年增长X%。\n".getBytes(StandardCharsets.UTF_8);
        Path f = write("ro.txt", before);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        FileFixer.Plan plan = fixer().plan(f, "ro.txt");
        FixException e = assertThrows(FixException.class, plan::writeInPlace);
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void refusesAFileThatChangedSinceItWasRead() throws Exception {
        Path f = write("a.txt", "全年增长X%。\n".getBytes(StandardCharsets.UTF_8));
        FileFixer.Plan plan = fixer().plan(f, "a.txt");
        byte[] edited = "全年增长X%，另有新增。\n".getBytes(StandardCharsets.UTF_8);
        Files.write(f, edited); // someone saves the file meanwhile
        FixException e = assertThrows(FixException.class, plan::writeInPlace);
        assertTrue(e.getMessage().contains("changed since it was read"), e.getMessage());
        assertArrayEquals(edited, Files.readAllBytes(f));
    }

    @Test
    void refusesAFileItCannotDecode() throws Exception {
        Path f = write("scan.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        assertThrows(io.github.gongwen.text.InputException.class, () -> fixer().plan(f, "scan.txt"));
    }

    @Test
    void writesToAnotherDirectoryLeavingTheOriginal() throws Exception {
        byte[] before = "全年增长X%。".getBytes(StandardCharsets.UTF_8);
        Path f = write("a.txt", before);
        Path out = dir.resolve("out/sub/a.txt");
        fixer().plan(f, "a.txt").writeTo(out);
        assertEquals("全年增长5%。", Files.readString(out));
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void onlySafeRulesAreApplied() throws Exception {
        Checker unsafe = TestRules.builder().rules("house.drl", SAFE_RULE.replace("    @fix(\"safe\")\n", "")).build();
        Path f = write("a.txt", "全年增长X%。".getBytes(StandardCharsets.UTF_8));
        assertFalse(new FileFixer(unsafe).plan(f, "a.txt").changed());
        assertEquals("全年增长5%。", fixer().fix("a.txt", "全年增长X%。").after());
    }
}
