package io.github.gongwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code gongwen serve}: its options and what stops it from starting (the server itself is tested in server/). */
class ServeCommandTest extends CliTestBase {
    @Test
    void helpNamesTheOptions() {
        assertEquals(0, run("serve", "--help"));
        for (String option : new String[] {"--port", "--bind", "--config", "--max-body", "--check-timeout"}) {
            assertTrue(out.toString().contains(option), out.toString());
        }
        assertTrue(out.toString().contains("127.0.0.1"), out.toString());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, run("serve", "--port", "70000"));
        assertTrue(err.toString().contains("70000"), err.toString());
        assertEquals(ExitCodes.USAGE, run("serve", "--check-timeout", "0"));
        assertEquals(ExitCodes.USAGE, run("serve", "--config", dir.resolve("missing.yaml").toString()));
        assertTrue(err.toString().contains("missing.yaml: no such file"), err.toString());
    }

    @Test
    void aBrokenConfigurationStopsTheStart() throws Exception {
        Path yaml = Files.writeString(dir.resolve("gongwen.yaml"), "rules:\n  placeholdr: off\n");
        assertEquals(ExitCodes.USAGE, run("serve", "--port", "0", "--config", yaml.toString()));
        assertTrue(err.toString().contains("did you mean 'placeholder'"), err.toString());
    }
}
