package io.github.gongwen.cli;

import io.github.gongwen.Checker;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * The configuration options of the commands that read one {@code gongwen.yaml} for the current
 * directory ({@code rules}, {@code explain}, {@code test-rules}), and the checker they build.
 */
final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration file (default: gongwen.yaml in the current directory, if any).")
    Path config;

    @Option(names = "--no-config", description = "Use no configuration file.")
    boolean noConfig;

    /** A checker with the configuration and then {@code options} applied. */
    Checker checker(Consumer<Checker.Builder> options) throws Setup.Failure {
        return Setup.checker(Setup.load(Setup.config(config, noConfig, Path.of(""))), options, List.of());
    }
}
