package io.github.gongwen.cli;

import io.github.gongwen.Checker;
import io.github.gongwen.RuleNames;
import io.github.gongwen.config.ConfigException;
import io.github.gongwen.config.GongwenConfig;
import io.github.gongwen.engine.RuleCompileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds the configuration files and builds checkers from a configuration plus command-line
 * options. The lookup policy: {@code --config FILE} applies to every PATH; otherwise a PATH that
 * is a directory with a {@code gongwen.yaml} directly inside uses that file for everything under
 * it, and every other PATH uses {@code gongwen.yaml} of the current directory when there is one.
 * Parent directories are never searched.
 */
final class Setup {
    /** The PATHs one configuration (or none) applies to. */
    record Group(Path config, List<Path> paths) {
    }

    /** Something the user must fix before anything can be checked; the lines say what. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<String> lines;
        private final boolean rulesBroken;

        Failure(List<String> lines) {
            this(lines, false);
        }

        Failure(List<String> lines, boolean rulesBroken) {
            super(String.join("\n", lines));
            this.lines = List.copyOf(lines);
            this.rulesBroken = rulesBroken;
        }

        List<String> lines() {
            return lines;
        }

        /** Whether the rules themselves are at fault (they do not compile). */
        boolean rulesBroken() {
            return rulesBroken;
        }
    }

    private Setup() {
    }

    /** Groups PATHs by the configuration that applies to them, in the order of the PATHs. */
    static List<Group> groups(List<Path> paths, Path explicit, boolean noConfig, Path currentDir) throws Failure {
        if (explicit != null && !Files.isRegularFile(explicit)) {
            throw new Failure(List.of("--config " + explicit + ": no such file"));
        }
        Path fallback = noConfig ? null : explicit != null ? explicit : GongwenConfig.find(currentDir);
        Map<Path, List<Path>> byConfig = new LinkedHashMap<>();
        List<Path> unconfigured = new ArrayList<>();
        for (Path p : paths) {
            Path own = noConfig || explicit != null || !Files.isDirectory(p) ? null : GongwenConfig.find(p);
            Path config = own != null ? own : fallback;
            if (config == null) {
                unconfigured.add(p);
            } else {
                byConfig.computeIfAbsent(config.toAbsolutePath().normalize(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Group> out = new ArrayList<>();
        byConfig.forEach((c, ps) -> out.add(new Group(c, ps)));
        if (!unconfigured.isEmpty()) {
            out.add(new Group(null, unconfigured));
        }
        return out;
    }

    /** The configuration file to use when there are no PATHs (the rules commands). */
    static Path config(Path explicit, boolean noConfig, Path currentDir) throws Failure {
        return groups(List.of(currentDir), explicit, noConfig, currentDir).get(0).config();
    }

    /** Reads a configuration file, or returns {@code null} for none. */
    static GongwenConfig load(Path config) throws Failure {
        if (config == null) {
            return null;
        }
        try {
            return GongwenConfig.load(config);
        } catch (ConfigException e) {
            throw failure("the configuration cannot be used:", e.problems());
        } catch (IOException e) {
            throw new Failure(List.of("cannot read the configuration " + config + ": " + e.getMessage()));
        }
    }

    /**
     * Builds a checker: the configuration first, then {@code options} (command-line options win),
     * then the names given to {@code --disable} and in the configuration are checked.
     */
    static Checker checker(GongwenConfig config, Consumer<Checker.Builder> options, List<String> disabled)
            throws Failure {
        Checker checker = start(config, options, disabled);
        verify(checker, config, disabled);
        return checker;
    }

    /**
     * Starts building a checker as {@link #checker} does, with the rules compiling in the
     * background; call {@link #verify} before using its results.
     */
    static Checker start(GongwenConfig config, Consumer<Checker.Builder> options, List<String> disabled)
            throws Failure {
        Checker.Builder b = Checker.builder();
        if (config != null) {
            config.applyTo(b);
        }
        options.accept(b);
        disabled.forEach(b::disable);
        try {
            return b.buildInBackground();
        } catch (IOException e) {
            throw new Failure(List.of("cannot read the rules: " + e.getMessage()));
        }
    }

    /**
     * Waits for the rules of a checker from {@link #start}, then checks that they compiled and
     * that the configuration and {@code --disable} name rules that exist.
     */
    static void verify(Checker checker, GongwenConfig config, List<String> disabled) throws Failure {
        try {
            checker.awaitRules();
        } catch (RuleCompileException e) {
            throw new Failure(failure("the rules do not compile:", e.problems()).lines(), true);
        }
        if (config != null) {
            try {
                config.verify(checker);
            } catch (ConfigException e) {
                throw failure("the configuration cannot be used:", e.problems());
            }
        }
        List<String> unknown = RuleNames.unknown(checker, disabled);
        if (!unknown.isEmpty()) {
            throw new Failure(unknown.stream().map(u -> "--disable: " + u + " (gongwen rules lists them)").toList());
        }
    }

    private static Failure failure(String heading, List<?> problems) {
        List<String> lines = new ArrayList<>();
        lines.add(heading);
        problems.forEach(p -> lines.add("  " + p));
        return new Failure(lines);
    }
}
