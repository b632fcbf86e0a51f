package io.github.gongwen.cli;

import io.github.gongwen.Checker;
import io.github.gongwen.RuleNames;
import io.github.gongwen.config.ConfigException;
import io.github.gongwen.config.GongwenConfig;
import io.github.gongwen.engine.RuleCompileException;
import io.github.gongwen.extract.HouseWords;
import io.github.gongwen.report.Printable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.PatternSyntaxException;

/**
 * Finds the configuration files and builds checkers from a configuration plus command-line
 * options. The lookup policy (a configuration is code: its rule directories are compiled and run,
 * so it is taken only from where the user works, never from the material being checked):
 * {@code --config FILE} applies to every PATH; {@code --no-config} uses none; otherwise
 * {@code gongwen.yaml} of the current directory applies to every PATH when there is one. A
 * {@code gongwen.yaml} at the top of a directory PATH is used for that PATH only with
 * {@code --config-from-tree}. Parent directories are never searched.
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
        return groups(paths, explicit, noConfig, false, currentDir);
    }

    /**
     * Groups PATHs by the configuration that applies to them, in the order of the PATHs; with
     * {@code fromTree}, a directory PATH's own {@code gongwen.yaml} applies to it.
     */
    static List<Group> groups(List<Path> paths, Path explicit, boolean noConfig, boolean fromTree, Path currentDir)
            throws Failure {
        if (explicit != null && !Files.isRegularFile(explicit)) {
            throw new Failure(List.of("--config " + Printable.escape(explicit.toString()) + ": no such file"));
        }
        Path fallback = noConfig ? null : explicit != null ? explicit : GongwenConfig.find(currentDir);
        Map<Path, List<Path>> byConfig = new LinkedHashMap<>();
        List<Path> unconfigured = new ArrayList<>();
        for (Path p : paths) {
            Path own = noConfig || explicit != null || !fromTree || !Files.isDirectory(p) ? null
                    : GongwenConfig.find(p);
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

    /**
     * The {@code gongwen.yaml} files at the top of directory PATHs that are not applied (neither
     * the current directory's nor one named by {@code --config}), for a note to the user.
     */
    static List<Path> unapplied(List<Path> paths, List<Group> groups) {
        List<Path> used = groups.stream().map(Group::config).filter(java.util.Objects::nonNull)
                .map(c -> c.toAbsolutePath().normalize()).toList();
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            Path own = Files.isDirectory(p) ? GongwenConfig.find(p) : null;
            if (own != null && !used.contains(own.toAbsolutePath().normalize()) && !out.contains(own)) {
                out.add(own);
            }
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
            throw new Failure(List.of("cannot read the configuration " + Printable.escape(config.toString()) + ": "
                    + Printable.escape(e.getMessage())));
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
        } catch (HouseWords.HouseWordsException e) {
            List<String> lines = new ArrayList<>(List.of("the house words cannot be used:"));
            e.getMessage().lines().forEach(l -> lines.add("  " + Printable.escape(l)));
            throw new Failure(lines);
        } catch (IOException e) {
            throw new Failure(List.of("cannot read the rules: " + Printable.escape(e.getMessage())));
        } catch (IllegalArgumentException e) {
            throw new Failure(List.of("the data lists cannot be used: " + dataListProblem(e)));
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

    /**
     * What is wrong with a data list, without quoting the entry: an entry may come from a file
     * whose content must not be echoed.
     */
    static String dataListProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PatternSyntaxException p) {
                return "an entry is not a valid regular expression (" + p.getDescription()
                        + (p.getIndex() >= 0 ? " at character " + (p.getIndex() + 1) : "") + ")";
            }
        }
        return "an entry is not valid";
    }

    private static Failure failure(String heading, List<?> problems) {
        List<String> lines = new ArrayList<>();
        lines.add(heading);
        problems.forEach(p -> lines.add("  " + p));
        return new Failure(lines);
    }
}
