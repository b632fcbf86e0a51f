package io.github.gongwen.server;

import io.github.gongwen.Checker;
import io.github.gongwen.RunResult;
import io.github.gongwen.report.JsonReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The seed reports and what the command line's JSON report says of each (core's API, as the CLI calls it). */
final class Seeds {
    /** A seed: its path (also the name findings carry), its bytes and the expected JSON answer. */
    record Seed(Path path, byte[] bytes, String text, String expected) {
        String name() {
            return path.toString();
        }
    }

    private Seeds() {
    }

    static Path dir() {
        return Path.of(System.getProperty("gongwen.seeds", "../seeds"));
    }

    static List<Seed> all(Checker checker) throws IOException {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> seed(checker, p)).toList();
        }
    }

    private static Seed seed(Checker checker, Path p) {
        try {
            RunResult run = checker.checkAll(List.of(p), 1); // what `gongwen --format json FILE` runs
            StringWriter w = new StringWriter();
            new JsonReport().write(run, w);
            return new Seed(p, Files.readAllBytes(p), run.files().get(0).source().text(), w.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
