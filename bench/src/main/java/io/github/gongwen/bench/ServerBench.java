package io.github.gongwen.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP server's benchmark: starts {@code server/target/gongwen-server.jar} in a JVM of its own
 * on 127.0.0.1 (a free port), waits until it is ready, has C clients (default 4) send one report
 * (default the 20 KB report of the bench corpus) to {@code POST /api/v1/check} back to back during
 * a warm-up and then during the measurement, and prints the latency from request to answer (p50,
 * p90, p99, max), the checks per second and the server's resident memory; then stops the server.
 * Loopback only, bounded in time, stops by itself.
 *
 * <p>{@code java -cp benchmarks.jar io.github.gongwen.bench.ServerBench [--clients C] [--warm-up S]
 * [--seconds S] [--jar SERVER_JAR] [--java-option OPTION]... [REPORT]} (options such as
 * {@code -Xmx256m} go to the server's JVM).
 */
public final class ServerBench {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)/");

    private ServerBench() {
    }

    public static void main(String[] args) throws Exception {
        int clients = 4;
        int warmUp = 60;
        int seconds = 30;
        Path jar = Path.of("server/target/gongwen-server.jar");
        Path report = null;
        List<String> javaOptions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--java-option" -> javaOptions.add(args[++i]);
                default -> report = Path.of(args[i]);
            }
        }
        if (report == null) {
            report = BenchInput.singleReport();
        }
        String text = Files.readString(report);
        String body = "{\"text\":" + jsonString(text) + ",\"fileName\":\"one-20k.txt\"}";
        System.out.printf("report %s: %,d characters, %,d bytes of JSON request%n", report, text.length(),
                body.getBytes(StandardCharsets.UTF_8).length);

        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toString(), "--port", "0", "--bind", "127.0.0.1"));
        System.out.println("server: " + String.join(" ", command));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String base = awaitListening(server);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            awaitReady(http, base);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/check"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            Run warm = run(http, request, clients, warmUp);
            System.out.printf("warm-up: %d s, %,d checks (%.0f/s)%n", warmUp, warm.count(), warm.perSecond());
            Run run = run(http, request, clients, seconds);
            long[] ms = run.latencies();
            System.out.printf("%d clients, %d s: %,d checks, %.0f checks/s, %d errors%n", clients, seconds, run.count(),
                    run.perSecond(), run.errors());
            System.out.printf("latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", percentile(ms, 50),
                    percentile(ms, 90), percentile(ms, 99), ms.length == 0 ? 0 : ms[ms.length - 1] / 1e6);
            System.out.printf("server memory: %s%n", memory(server.pid()));
        } finally {
            server.destroy(); // SIGTERM: the server's graceful stop
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** Latencies (sorted, in nanoseconds), errors and throughput of one timed run. */
    private record Run(long[] latencies, int errors, double seconds) {
        int count() {
            return latencies.length;
        }

        double perSecond() {
            return latencies.length / seconds;
        }
    }

    private static Run run(HttpClient http, HttpRequest request, int clients, int seconds) throws Exception {
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    long t = System.nanoTime() - t0;
                    if (r.statusCode() != 200) {
                        errors.incrementAndGet();
                        continue;
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = t;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        pool.shutdown();
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            all.add(f.get(seconds + 120L, TimeUnit.SECONDS));
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Run(merged, errors.get(), elapsed);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static String awaitListening(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // the server's log: not needed
                        }
                    } catch (IOException e) {
                        // the server ended
                    }
                }, "server-output");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
            System.out.println("server: " + line);
        }
        throw new IOException("the server ended before it listened");
    }

    private static void awaitReady(HttpClient http, String base) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/ready")).build();
        while (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the server did not get ready");
            }
            Thread.sleep(100);
        }
    }

    /** VmRSS and VmHWM (peak) of the server process, from /proc. */
    private static String memory(long pid) {
        try {
            long rss = 0;
            long peak = 0;
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kb(line);
                } else if (line.startsWith("VmHWM:")) {
                    peak = kb(line);
                }
            }
            return "RSS " + rss / 1024 + " MB, peak RSS " + peak / 1024 + " MB";
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
