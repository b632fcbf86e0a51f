package io.github.gongwen.bench;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Builds the benchmark corpus: {@value #COUNT} reports of 5–19 KB (about 12 MB in all), each a
 * run of consecutive lines of one of the real reports in {@code seeds/} and
 * {@code corpus/state-council/}, headed by that report's title. Every 20th file is written in
 * GB18030, as archives hold some; the rest in UTF-8. Deterministic: the same sources give the
 * same corpus. Also writes one report of about 20 KB, for timing a single file.
 *
 * <p>{@code java -cp benchmarks.jar io.github.gongwen.bench.CorpusBuilder OUT_DIR [SOURCE_DIR...]}
 */
public final class CorpusBuilder {
    /** Reports in the corpus. */
    public static final int COUNT = 1000;
    /** The directory under the output directory that holds the corpus. */
    public static final String CORPUS_DIR = "corpus-1000";
    /** The file name of the single report of about 20 KB. */
    public static final String SINGLE_FILE = "one-20k.txt";

    private static final int MIN_BYTES = 5_000;
    private static final int MAX_BYTES = 19_000;
    private static final int SINGLE_BYTES = 20_000;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private CorpusBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CorpusBuilder OUT_DIR [SOURCE_DIR...] (default sources: seeds corpus/state-council)");
            System.exit(2);
        }
        List<Path> sources = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sources.add(Path.of(args[i]));
        }
        if (sources.isEmpty()) {
            sources = List.of(Path.of("seeds"), Path.of("corpus/state-council"));
        }
        Path out = Path.of(args[0]);
        long bytes = build(sources, out);
        System.out.printf("%d reports, %.1f MB in %s; one report of %d bytes in %s%n", COUNT, bytes / 1e6,
                out.resolve(CORPUS_DIR), Files.size(out.resolve(SINGLE_FILE)), out.resolve(SINGLE_FILE));
    }

    /**
     * Writes the corpus to {@code out}/{@value #CORPUS_DIR} and the single report to
     * {@code out}/{@value #SINGLE_FILE}, unless they are already there; returns the corpus size in bytes.
     */
    public static long build(List<Path> sourceDirs, Path out) throws IOException {
        Path dir = out.resolve(CORPUS_DIR);
        Path single = out.resolve(SINGLE_FILE);
        if (Files.isRegularFile(single) && Files.isDirectory(dir) && count(dir) == COUNT) {
            return size(dir);
        }
        List<List<String>> reports = new ArrayList<>();
        for (Path d : sourceDirs) {
            try (Stream<Path> s = Files.list(d)) {
                for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".txt")).sorted()::iterator) {
                    List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                    if (!lines.isEmpty()) {
                        reports.add(lines);
                    }
                }
            }
        }
        if (reports.isEmpty()) {
            throw new IOException("no *.txt reports in " + sourceDirs);
        }
        Files.createDirectories(dir);
        long total = 0;
        for (int i = 0; i < COUNT; i++) {
            SplittableRandom rnd = new SplittableRandom(i);
            List<String> src = reports.get(i % reports.size());
            String text = excerpt(src, rnd.nextInt(src.size()), MIN_BYTES + rnd.nextInt(MAX_BYTES - MIN_BYTES));
            byte[] b = text.getBytes(i % 20 == 19 ? GB18030 : StandardCharsets.UTF_8);
            Files.write(dir.resolve(String.format("r%04d.txt", i)), b);
            total += b.length;
        }
        List<String> longest = reports.stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
        Files.writeString(single, excerpt(longest, 0, SINGLE_BYTES), StandardCharsets.UTF_8);
        return total;
    }

    /** The title line, then lines from {@code start} on (wrapping around) until {@code bytes} UTF-8 bytes. */
    static String excerpt(List<String> lines, int start, int bytes) {
        StringBuilder b = new StringBuilder();
        int size = 0;
        int i = start;
        if (start > 0) {
            b.append(lines.get(0)).append('\n');
            size += utf8Length(lines.get(0)) + 1;
        }
        while (size < bytes) {
            String line = lines.get(i % lines.size());
            b.append(line).append('\n');
            size += utf8Length(line) + 1;
            i++;
            if (i - start >= lines.size()) {
                break;
            }
        }
        return b.toString();
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    private static long size(Path dir) throws IOException {
        long total = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                total += Files.size(p);
            }
        }
        return total;
    }
}
