package io.github.gongwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.Checker;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bounded load on 127.0.0.1: 16 clients send 2,000 seed reports between them and stop by
 * themselves (after the last request, or after five minutes at most). No request may be lost or
 * fail, and every answer must equal the command line's JSON for that report.
 */
class LoadTest {
    private static final int CLIENTS = 16;
    private static final int REQUESTS = 2000;
    private static final Duration DEADLINE = Duration.ofMinutes(5);

    @Test
    void sixteenClientsTwoThousandRequests() throws Exception {
        List<Seeds.Seed> seeds = Seeds.all(Checker.builder().build());
        // room in the queue for every client, and a wait long enough for a slow machine: no 503 expected
        ServerConfig config = ServerConfig.defaults().withPort(0).withConcurrency(
                Runtime.getRuntime().availableProcessors(), CLIENTS, Duration.ofMinutes(1));
        try (GongwenServer server = GongwenServer.start(config)) {
            Http http = new Http(server);
            AtomicInteger next = new AtomicInteger();
            AtomicInteger answered = new AtomicInteger();
            Map<String, Integer> problems = new ConcurrentHashMap<>();
            long end = System.nanoTime() + DEADLINE.toNanos();
            long t0 = System.nanoTime();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.execute(() -> {
                    for (int i = next.getAndIncrement(); i < REQUESTS && System.nanoTime() < end;
                            i = next.getAndIncrement()) {
                        Seeds.Seed s = seeds.get(i % seeds.size());
                        try {
                            HttpResponse<String> r = http.check(Map.of("text", s.text(), "fileName", s.name()));
                            if (r.statusCode() != 200) {
                                problems.merge("HTTP " + r.statusCode() + " " + r.body(), 1, Integer::sum);
                            } else if (!r.body().equals(s.expected())) {
                                problems.merge("different findings for " + s.name(), 1, Integer::sum);
                            }
                        } catch (RuntimeException e) {
                            problems.merge(e.toString(), 1, Integer::sum);
                        }
                        answered.incrementAndGet();
                    }
                });
            }
            clients.shutdown();
            assertTrue(clients.awaitTermination(DEADLINE.toSeconds() + 60, TimeUnit.SECONDS), "the clients stopped");
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("load: %d requests from %d clients in %.1f s (%.0f/s)%n", answered.get(), CLIENTS,
                    seconds, answered.get() / seconds);
            assertEquals(Map.of(), problems);
            assertEquals(REQUESTS, answered.get(), "every request answered within " + DEADLINE);
        }
    }
}
