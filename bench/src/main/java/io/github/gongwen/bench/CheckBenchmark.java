package io.github.gongwen.bench;

import io.github.gongwen.Checker;
import io.github.gongwen.Finding;
import io.github.gongwen.engine.Findings;
import io.github.gongwen.engine.RuleSet;
import io.github.gongwen.engine.RuleSource;
import io.github.gongwen.extract.Facts;
import io.github.gongwen.text.InputException;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.TextLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot path on one report of about 20 KB: decoding, fact extraction, rule evaluation, and the
 * whole check. Average time per report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckBenchmark {
    private Checker checker;
    private RuleSet ruleSet;
    private byte[] bytes;
    private SourceText source;
    private List<Object> facts;

    @Setup
    public void setUp() throws Exception {
        ClassLoader loader = CheckBenchmark.class.getClassLoader();
        checker = Checker.builder().build();
        ruleSet = RuleSet.compile(RuleSource.defaults(loader), loader);
        Path file = BenchInput.singleReport();
        bytes = Files.readAllBytes(file);
        source = TextLoader.decode(file.toString(), bytes);
        facts = checker.facts(source).all();
    }

    @Benchmark
    public SourceText decode() throws InputException {
        return TextLoader.decode("one.txt", bytes);
    }

    @Benchmark
    public Facts extract() {
        return checker.facts(source);
    }

    @Benchmark
    public List<Findings.Raw> evaluateRules() {
        return ruleSet.evaluate(facts, r -> true);
    }

    @Benchmark
    public List<Finding> check() {
        return checker.check(source);
    }
}
