package io.github.gongwen.cli;

import io.github.gongwen.Checker;
import io.github.gongwen.config.GongwenConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of the commands that check files on the way to something else ({@code fix},
 * {@code review}): report year, extra rules, rules turned off and the configuration.
 */
final class CheckerOptions {
    @Option(names = "--report-year", paramLabel = "YYYY", description = "The year the reports are for.")
    Integer reportYear;

    @Option(names = "--rules", paramLabel = "DIR", description = "A directory of extra .drl rules (repeatable).")
    List<Path> ruleDirectories = new ArrayList<>();

    @Option(names = "--house-words", paramLabel = "FILE",
            description = "A house-word list: word, suggestion, message, severity per line, tab-separated (repeatable).")
    List<Path> houseWords = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "ID|CATEGORY", split = ",", description = "Turn off rules (repeatable).")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "The configuration file for every PATH.")
    Path config;

    @Option(names = "--no-config", description = "Use no configuration file.")
    boolean noConfig;

    /** {@code paths} grouped by the configuration that applies to them (see {@link Setup#groups}). */
    List<Setup.Group> groups(List<Path> paths) throws Setup.Failure {
        return Setup.groups(paths, config, noConfig, Path.of(""));
    }

    /** A checker with configuration {@code c} and these options applied. */
    Checker checker(GongwenConfig c) throws Setup.Failure {
        return Setup.checker(c, b -> {
            if (reportYear != null) {
                b.reportYear(reportYear);
            }
            ruleDirectories.forEach(b::ruleDirectory);
            houseWords.forEach(b::houseWords);
        }, disabled);
    }
}
