package io.github.gongwen.bench;

import io.github.gongwen.Checker;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the checker with the default rules in a fresh JVM: one shot per fork, so every
 * measurement is a cold start (class loading, rule compilation or loading, extractor set-up).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class StartupBenchmark {
    @Benchmark
    public Checker coldChecker() throws Exception {
        return Checker.builder().build();
    }
}
