package io.github.gongwen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckerSetupTest {
    @TempDir
    Path dir;

    @Test
    void autoOrNoEncodingDetectsElseTheNamedCharset() throws Exception {
        assertNull(CheckerSetup.charset(null));
        assertNull(CheckerSetup.charset(" AUTO "));
        assertEquals(Charset.forName("GB18030"), CheckerSetup.charset("gb18030"));
        assertTrue(assertThrows(MojoExecutionException.class, () -> CheckerSetup.charset("no-such-charset"))
                .getMessage().startsWith("gongwen: unknown encoding 'no-such-charset'"));
    }

    @Test
    void theConfigurationIsTheNamedFileElseTheProjectsElseNone() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        assertNull(CheckerSetup.config(null, dir, loader));
        Files.writeString(dir.resolve("gongwen.yaml"), "report-year: 2024\n");
        assertEquals(2024, CheckerSetup.config(null, dir, loader).reportYear());
        assertTrue(assertThrows(MojoExecutionException.class,
                () -> CheckerSetup.config(dir.resolve("other.yaml").toFile(), dir, loader)).getMessage()
                .endsWith("other.yaml does not exist"));
        Files.writeString(dir.resolve("bad.yaml"), "report-yaer: 2024\n");
        assertTrue(assertThrows(MojoExecutionException.class,
                () -> CheckerSetup.config(dir.resolve("bad.yaml").toFile(), dir, loader)).getMessage()
                .startsWith("gongwen: the configuration cannot be used:\n  "));
    }

    @Test
    void problemsAreOneIndentedLineEach() {
        assertEquals("gongwen: heading:\n  a\n  b", CheckerSetup.problems("heading:", List.of("a", "b")));
    }
}
