package io.github.gongwen.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigPathsTest {
    @TempDir
    Path dir;

    @Test
    void onlyBoundedRegularFilesAreReadable() throws Exception {
        Path small = Files.writeString(dir.resolve("a.txt"), "某某\n", StandardCharsets.UTF_8);
        assertNull(ConfigPaths.notReadable(small, 100));
        assertEquals("no such file", ConfigPaths.notReadable(dir.resolve("missing.txt"), 100));
        assertEquals("not a regular file", ConfigPaths.notReadable(dir, 100));
        Path big = Files.write(dir.resolve("big.txt"), new byte[3000]);
        assertEquals("too large (2 KB; the limit is 1 KB)", ConfigPaths.notReadable(big, 1024));
    }

    @Test
    void insideMeansUnderTheBaseOnceNormalised() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("rules"));
        assertTrue(ConfigPaths.inside(dir, sub));
        assertTrue(ConfigPaths.inside(dir, dir.resolve("not-yet/there.txt")));
        assertFalse(ConfigPaths.inside(sub, sub.resolve("../other").normalize()));
        assertFalse(ConfigPaths.inside(dir, Path.of("/etc")));
    }

    @Test
    void readTextRefusesWhatIsNotBoundedUtf8() throws Exception {
        Path ok = Files.writeString(dir.resolve("gongwen.yaml"), "report-year: 2024\n", StandardCharsets.UTF_8);
        assertEquals("report-year: 2024\n", ConfigPaths.readText(ok, "gongwen.yaml", 100));
        Path gbk = Files.write(dir.resolve("gbk.yaml"), new byte[] {(byte) 0xC4, (byte) 0xEA, '\n'});
        assertEquals("gbk.yaml: not UTF-8 text", assertThrows(ConfigException.class,
                () -> ConfigPaths.readText(gbk, "gbk.yaml", 100)).getMessage());
        assertEquals("x.yaml: too large (0 KB; the limit is 0 KB)", assertThrows(ConfigException.class,
                () -> ConfigPaths.readText(ok, "x.yaml", 5)).getMessage());
    }
}
