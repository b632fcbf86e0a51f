package io.github.gongwen.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyMojoTest {
    @TempDir
    Path dir;

    private ApplyMojo mojo() {
        ApplyMojo m = new ApplyMojo();
        m.projectBasedir = dir.toFile();
        m.projectBuildDirectory = dir.resolve("target").toFile();
        m.baseDirectory = dir.toFile();
        m.encoding = "auto";
        return m;
    }

    @Test
    void appliesTheSafeFixesInPlaceAndASecondRunChangesNothing() throws Exception {
        Charset gb = Charset.forName("GB18030");
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path a = Files.write(reports.resolve("a.txt"), "各位代表!全年增长5%,推动动发展。\r\n".getBytes(gb));
        Path clean = Files.writeString(reports.resolve("b.md"), "全年增长5%。\n");
        mojo().execute();
        assertArrayEquals("各位代表！全年增长5%，推动动发展。\r\n".getBytes(gb), Files.readAllBytes(a));
        long modified = Files.getLastModifiedTime(clean).toMillis();
        byte[] once = Files.readAllBytes(a);
        mojo().execute();
        assertArrayEquals(once, Files.readAllBytes(a));
        assertEquals(modified, Files.getLastModifiedTime(clean).toMillis(), "a clean file is not rewritten");
    }

    @Test
    void aFileThatCannotBeDecodedFailsTheGoalAndOthersAreStillFixed() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.write(reports.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
        Path a = Files.writeString(reports.resolve("a.txt"), "各位代表!全年增长5%。\n");
        ApplyMojo m = mojo();
        m.sourceDirectories = List.of(reports.toFile());
        MojoExecutionException e = assertThrows(MojoExecutionException.class, m::execute);
        assertTrue(e.getMessage().contains("scan.txt: binary file"), e.getMessage());
        assertEquals("各位代表！全年增长5%。\n", Files.readString(a));
    }
}
