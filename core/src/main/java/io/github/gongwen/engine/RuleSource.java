package io.github.gongwen.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The text of one DRL file and the name errors will give it.
 *
 * @param name a path or resource name, used in compile errors and rule metadata
 * @param drl the DRL text
 * @param examples the text of the examples file beside it ({@code x.examples} for {@code x.drl}),
 *     or {@code null} when there is none
 */
public record RuleSource(String name, String drl, String examples) {
    /** The file name ending of examples files. */
    public static final String EXAMPLES_SUFFIX = ".examples";

    /** The class-path directory of the default rule set. */
    public static final String DEFAULT_DIR = "gongwen/rules/";
    /** Lists the default rule files, one name per line (class-path directories cannot be listed portably). */
    public static final String INDEX = DEFAULT_DIR + "rules.index";

    public RuleSource {
        Objects.requireNonNull(name);
        Objects.requireNonNull(drl);
    }

    /** A DRL text without examples. */
    public RuleSource(String name, String drl) {
        this(name, drl, null);
    }

    /** The name of the examples file that belongs to a rule file. */
    public static String examplesName(String drlName) {
        return (drlName.endsWith(".drl") ? drlName.substring(0, drlName.length() - 4) : drlName) + EXAMPLES_SUFFIX;
    }

    /** The default rule set from {@code loader}'s class path; empty when it is not there. */
    public static List<RuleSource> defaults(ClassLoader loader) {
        List<RuleSource> out = new ArrayList<>();
        String index = resource(loader, INDEX);
        if (index == null) {
            return out;
        }
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String drl = resource(loader, DEFAULT_DIR + name);
            if (drl == null) {
                throw new IllegalStateException(INDEX + " lists " + name + ", which is not on the class path");
            }
            out.add(new RuleSource(DEFAULT_DIR + name, drl, resource(loader, DEFAULT_DIR + examplesName(name))));
        }
        return out;
    }

    /** Every {@code .drl} file under {@code dir}, in path order. */
    public static List<RuleSource> directory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a directory of rules");
        }
        List<RuleSource> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p))
                    .sorted()::iterator) {
                Path ex = p.resolveSibling(examplesName(p.getFileName().toString()));
                out.add(new RuleSource(p.toString(), Files.readString(p, StandardCharsets.UTF_8),
                        Files.isRegularFile(ex) ? Files.readString(ex, StandardCharsets.UTF_8) : null));
            }
        }
        return out;
    }

    private static String resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
