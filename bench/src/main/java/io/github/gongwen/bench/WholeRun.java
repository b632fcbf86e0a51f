package io.github.gongwen.bench;

import io.github.gongwen.Checker;
import io.github.gongwen.RunResult;
import io.github.gongwen.engine.RuleSet;
import io.github.gongwen.engine.RuleSource;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.TextLoader;
import io.github.gongwen.text.WordSegmenter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The whole-run benchmark: in one fresh JVM, times the start-up (JVM, checker build with its
 * KieBase, HanLP's dictionary load), the first run over the corpus, the steady state (files/s and
 * MB/s, from disk and from memory, on 1 and on all processors) and the peak heap. Prints the
 * figures; the end-to-end CLI time and peak RSS are measured by {@code bench/run.sh}.
 *
 * <p>{@code java -cp benchmarks.jar io.github.gongwen.bench.WholeRun [--seconds S] [WORK_DIR]}:
 * the corpus is built under {@code WORK_DIR} (default {@code bench/target}) from {@code seeds/}
 * and {@code corpus/state-council/} when it is not there yet. The steady state is measured after
 * a warm-up of at least S seconds (default 8) that goes on until the JIT has settled (at most
 * two minutes; on 2 cores it takes 30–60 s), each figure over S/2 seconds of runs.
 */
public final class WholeRun {
    /** The longest warm-up before the steady-state runs, whether or not the JIT has settled. */
    private static final double MAX_WARM_UP_SECONDS = 120;
    /** Compilation time during the last {@link #repeat}. */
    private static long lastJitMillis;

    private WholeRun() {
    }

    public static void main(String[] args) throws Exception {
        long jvmToMain = ManagementFactory.getRuntimeMXBean().getUptime();
        double seconds = 8;
        Path work = Path.of("bench/target");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds")) {
                seconds = Double.parseDouble(args[++i]);
            } else {
                work = Path.of(args[i]);
            }
        }

        long t = System.nanoTime();
        Checker checker = Checker.builder().build();
        double build = ms(t);
        ClassLoader loader = WholeRun.class.getClassLoader();
        List<RuleSource> defaults = RuleSource.defaults(loader);
        t = System.nanoTime();
        RuleSet precompiled = RuleSet.compile(defaults, loader);
        double warmLoad = ms(t);
        // renamed sources do not match the precompiled key: this compiles the DRL (its compiler cold)
        List<RuleSource> renamed = defaults.stream().map(s -> new RuleSource("drl/" + s.name(), s.drl())).toList();
        t = System.nanoTime();
        RuleSet.compile(renamed, loader);
        double drlCompile = ms(t);

        CorpusBuilder.build(List.of(Path.of("seeds"), Path.of("corpus/state-council")), work);
        Path corpus = work.resolve(CorpusBuilder.CORPUS_DIR);
        List<Path> files = list(corpus);
        long bytes = 0;
        for (Path p : files) {
            bytes += Files.size(p);
        }
        int cpus = Runtime.getRuntime().availableProcessors();

        System.out.printf("gongwen whole-run benchmark: %d processors, Java %s, max heap %d MB%n", cpus,
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("corpus: %d files, %.1f MB (%s)%n%n", files.size(), bytes / 1e6, corpus);
        System.out.println("start-up");
        System.out.printf("  JVM start to main                 %7.0f ms%n", (double) jvmToMain);
        System.out.printf("  checker build, cold (KieBase)     %7.0f ms  (%d rules, %d of %d files precompiled)%n", build,
                checker.rules().size(), precompiled.precompiledSources(), defaults.size());
        System.out.printf("  KieBase from precompiled, warm    %7.0f ms%n", warmLoad);
        System.out.printf("  KieBase compiled from DRL         %7.0f ms  (DRL parser and compiler cold)%n", drlCompile);

        t = System.nanoTime();
        int words = WordSegmenter.segment("在县委县政府的坚强领导下，镇政府领导班子认真贯彻落实二十大精神。").size();
        System.out.printf("  HanLP load and first segmentation %7.0f ms  (%d words; the checks load it on first need)%n",
                ms(t), words);

        t = System.nanoTime();
        RunResult first = checker.checkAll(List.of(corpus), cpus);
        double firstMs = ms(t);
        System.out.printf("  first run over the corpus         %7.0f ms  (%d findings, %d unreadable)%n%n", firstMs,
                first.findings().size(), first.errors().size());

        System.out.println(warmUp(seconds, MAX_WARM_UP_SECONDS, () -> check(checker, corpus, cpus, first)));
        System.out.println("steady state (median run; JIT: compilation time during the runs)");
        for (int threads : cpus > 1 ? new int[] {1, cpus} : new int[] {1}) {
            double[] disk = repeat(seconds / 2, () -> check(checker, corpus, threads, first));
            report("from disk, " + threads + " thread" + (threads > 1 ? "s" : " "), files.size(), bytes, disk);
        }
        List<SourceText> texts = new ArrayList<>();
        for (Path p : files) {
            texts.add(TextLoader.load(p, p.toString()));
        }
        double[] mem = repeat(seconds / 2, () -> checkInMemory(checker, texts, cpus));
        report("in memory, " + cpus + " thread" + (cpus > 1 ? "s" : " "), files.size(), bytes, mem);

        System.out.printf("%npeak heap used (sum of pool peaks)  %6d MB%n", peakHeap() >> 20);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("live heap after GC, results kept    %6d MB  (%d findings)%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, first.findings().size());

    }

    /** One run of the checker over the corpus from disk; fails when the findings differ from the first run's. */
    private static void check(Checker checker, Path corpus, int threads, RunResult expected) {
        RunResult r = checker.checkAll(List.of(corpus), threads);
        if (!r.findings().equals(expected.findings())) {
            throw new IllegalStateException("findings differ on " + threads + " threads");
        }
    }

    private static void checkInMemory(Checker checker, List<SourceText> texts, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (SourceText text : texts) { // one task per file, as checkAll does: no thread idles at the end
                futures.add(pool.submit(() -> checker.check(text)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    /** Runs {@code task} at least 3 times and for about {@code seconds}; returns the times in ms, sorted. */
    private static double[] repeat(double seconds, Runnable task) {
        List<Double> times = new ArrayList<>();
        long jit = jitMillis();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (times.size() < 3 || System.nanoTime() < end) {
            long t = System.nanoTime();
            task.run();
            times.add(ms(t));
        }
        lastJitMillis = jitMillis() - jit;
        return times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /**
     * Repeats {@code task} until the JIT compilers are done with it: C2 goes on recompiling the
     * large scanning methods (deoptimised by a branch or a type its profile had not seen) for tens
     * of seconds, and measuring before that ends reports the compilers' work as the checker's.
     * Settled means two runs in a row during which compiling took under 5% of the run's time; the
     * warm-up lasts at least {@code minSeconds} and at most {@code maxSeconds}.
     */
    private static String warmUp(double minSeconds, double maxSeconds, Runnable task) {
        long start = System.nanoTime();
        int runs = 0;
        int quiet = 0;
        while (true) {
            long jit = jitMillis();
            long t = System.nanoTime();
            task.run();
            runs++;
            double runMs = ms(t);
            quiet = jitMillis() - jit < 0.05 * runMs ? quiet + 1 : 0;
            double elapsed = (System.nanoTime() - start) / 1e9;
            if ((quiet >= 2 && elapsed >= minSeconds) || elapsed >= maxSeconds) {
                return String.format("warm-up: %d runs in %.0f s, %s%n", runs, elapsed,
                        quiet >= 2 ? "until the JIT settled" : "cut off with the JIT still compiling");
            }
        }
    }

    /** Time the JIT compilers have spent so far (0 when the JVM does not say). */
    private static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static void report(String what, int files, long bytes, double[] ms) {
        double median = ms[ms.length / 2];
        System.out.printf("  %-22s %6.0f ms  %7.0f files/s  %6.1f MB/s  (%d runs, best %.0f ms, JIT %d ms)%n", what,
                median, files / (median / 1000), bytes / 1e6 / (median / 1000), ms.length, ms[0], lastJitMillis);
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            Path[] a = s.filter(Files::isRegularFile).toArray(Path[]::new);
            Arrays.sort(a);
            return List.of(a);
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
