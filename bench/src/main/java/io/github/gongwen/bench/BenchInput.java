package io.github.gongwen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the benchmarks find their input: the work directory given by the system property
 * {@code gongwen.bench.work} (default {@code bench/target}), where the corpus is built from
 * {@code seeds/} and {@code corpus/state-council/} (relative to the working directory) on first use.
 */
final class BenchInput {
    private BenchInput() {
    }

    /** The report of about 20 KB. */
    static Path singleReport() {
        return work().resolve(CorpusBuilder.SINGLE_FILE);
    }

    /** The directory of the 1,000 reports. */
    static Path corpus() {
        return work().resolve(CorpusBuilder.CORPUS_DIR);
    }

    private static Path work() {
        Path work = Path.of(System.getProperty("gongwen.bench.work", "bench/target"));
        try {
            if (!Files.isRegularFile(work.resolve(CorpusBuilder.SINGLE_FILE))) {
                CorpusBuilder.build(List.of(Path.of("seeds"), Path.of("corpus/state-council")), work);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the benchmark corpus in " + work
                    + " (run from the repository root, or set -Dgongwen.bench.work)", e);
        }
        return work;
    }
}
