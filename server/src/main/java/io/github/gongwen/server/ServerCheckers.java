package io.github.gongwen.server;

import io.github.gongwen.Checker;
import io.github.gongwen.config.ConfigException;
import io.github.gongwen.config.GongwenConfig;
import io.github.gongwen.engine.RuleCompileException;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The two checkers a server answers with, built from its configuration at the start and on a
 * reload: the checker of the configuration, and the same with the rules the configuration turns
 * off turned on again (for requests that enable them; the same checker when nothing is off).
 */
record ServerCheckers(Checker configured, Checker full) {
    /**
     * Reads the configuration (and its data lists and rule directories) and compiles the rules;
     * every failure is a {@link ServerException} whose lines say what to fix.
     */
    static ServerCheckers load(ServerConfig config) throws ServerException {
        GongwenConfig gc = null;
        try {
            if (config.config() != null) {
                gc = GongwenConfig.load(config.config());
            }
            Checker configured = builder(gc).build();
            if (gc != null) {
                gc.verify(configured);
            }
            Set<String> off = new LinkedHashSet<>();
            configured.declaredRules().forEach(r -> off.add(r.id()));
            configured.rules().forEach(r -> off.remove(r.id()));
            Checker full = configured;
            if (!off.isEmpty()) {
                Checker.Builder b = builder(gc);
                off.forEach(b::enable);
                full = b.build();
            }
            return new ServerCheckers(configured, full);
        } catch (ConfigException e) {
            throw new ServerException("the configuration cannot be used:", e.problems());
        } catch (RuleCompileException e) {
            throw new ServerException("the rules do not compile:", e.problems());
        } catch (IOException e) {
            throw new ServerException(List.of("cannot read " + (gc == null ? config.config() : "the rules") + ": "
                    + e.getMessage()));
        }
    }

    private static Checker.Builder builder(GongwenConfig gc) {
        Checker.Builder b = Checker.builder();
        if (gc != null) {
            gc.applyTo(b);
        }
        return b;
    }
}
