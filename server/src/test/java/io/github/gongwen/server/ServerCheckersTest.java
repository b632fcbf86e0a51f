package io.github.gongwen.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerCheckersTest {
    @TempDir
    Path dir;

    private static boolean on(io.github.gongwen.Checker c, String id) {
        return c.rules().stream().anyMatch(r -> r.id().equals(id));
    }

    @Test
    void theFullCheckerTurnsOnWhatTheConfigurationTurnsOff() throws Exception {
        Path yaml = Files.writeString(dir.resolve("gongwen.yaml"), "rules:\n  marker-form: off\n");
        ServerCheckers c = ServerCheckers.load(ServerConfig.defaults().withConfig(yaml));
        assertFalse(on(c.configured(), "marker-form"));
        assertTrue(on(c.full(), "marker-form"));
    }

    @Test
    void withNothingTurnedOffBothAreOneChecker() throws Exception {
        ServerCheckers c = ServerCheckers.load(ServerConfig.defaults());
        assertSame(c.configured(), c.full());
    }

    @Test
    void anUnusableConfigurationSaysWhy() throws Exception {
        Path yaml = Files.writeString(dir.resolve("gongwen.yaml"), "rules:\n  no-such-rule: off\n");
        ServerException e = assertThrows(ServerException.class,
                () -> ServerCheckers.load(ServerConfig.defaults().withConfig(yaml)));
        assertTrue(e.lines().get(0).equals("the configuration cannot be used:"), e.getMessage());
        assertTrue(e.getMessage().contains("no-such-rule"), e.getMessage());
    }
}
