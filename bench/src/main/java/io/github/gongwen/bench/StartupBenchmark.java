package io.github.gongwen.bench;

import io.github.gongwen.Checker;
import io.github.gongwen.engine.RuleSet;
import io.github.gongwen.engine.RuleSource;
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
 * measurement is a cold start (class loading, rule loading or compilation, extractor set-up).
 * {@code coldChecker} is what the CLI does (the default rules load precompiled);
 * {@code coldDrlCompile} compiles the same DRL, as for user rules or before precompilation.
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

    @Benchmark
    public RuleSet coldDrlCompile() throws Exception {
        ClassLoader loader = StartupBenchmark.class.getClassLoader();
        // renamed sources do not match the precompiled key, so the DRL is compiled
        return RuleSet.compile(RuleSource.defaults(loader).stream()
                .map(s -> new RuleSource("drl/" + s.name(), s.drl())).toList(), loader);
    }
}
