package io.github.gongwen.server;

import static io.github.gongwen.server.ApiTest.error;
import static io.github.gongwen.server.ApiTest.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.Checker;
import io.github.gongwen.text.SourceText;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The time limit, the bound on concurrent checks and the graceful stop, with checks held back by
 * a latch so that nothing depends on the machine's speed.
 */
class LimitsTest {
    private static final String TEXT = "2024年工作总结\n一、主要工作\n全年增长X%。\n";

    /** Checks that wait for {@code gate} (at most a minute) before checking. */
    private static CheckService.Engine gated(CountDownLatch gate, AtomicInteger started) {
        return (Checker c, SourceText s) -> {
            started.incrementAndGet();
            try {
                gate.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return c.check(s);
        };
    }

    private static void awaitStarted(AtomicInteger started, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (started.get() < n) {
            assertTrue(System.nanoTime() < deadline, "the checks did not start");
            Thread.sleep(10);
        }
    }

    @Test
    void aCheckPastTheTimeLimitIs503() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        ServerConfig config = ServerConfig.defaults().withPort(0).withCheckTimeout(Duration.ofMillis(300));
        try (GongwenServer server = GongwenServer.start(config, gated(gate, started))) {
            Http http = new Http(server);
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.check(request("text", TEXT));
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertTrue(error(r, 503, "check-timeout").get("message").asText().contains("300 毫秒"), r.body());
            assertTrue(ms < 10_000, ms + " ms");
            gate.countDown();
            // the slot comes back when the late check ends: the next one is answered
            HttpResponse<String> next = http.check(request("text", TEXT));
            assertEquals(200, next.statusCode(), next.body());
        }
    }

    @Test
    void aCheckPastTheTimeLimitWithTheRealChecker() throws Exception {
        // a limit no real check can meet: forced through configuration alone
        ServerConfig config = ServerConfig.defaults().withPort(0).withCheckTimeout(Duration.ofNanos(1));
        try (GongwenServer server = GongwenServer.start(config)) {
            error(new Http(server).check(request("text", TEXT.repeat(2000))), 503, "check-timeout");
        }
    }

    @Test
    void checksBeyondTheBoundAre503WithRetryAfter() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        ServerConfig config = ServerConfig.defaults().withPort(0).withConcurrency(1, 1, Duration.ofSeconds(30));
        try (GongwenServer server = GongwenServer.start(config, gated(gate, started))) {
            Http http = new Http(server);
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
                    () -> http.check(request("text", TEXT)));
            awaitStarted(started, 1);
            CompletableFuture<HttpResponse<String>> queued = CompletableFuture.supplyAsync(
                    () -> http.check(request("text", TEXT)));
            Thread.sleep(300); // the second request is waiting in the queue (its one place)
            HttpResponse<String> third = http.check(request("text", TEXT));
            error(third, 503, "busy");
            assertTrue(Integer.parseInt(third.headers().firstValue("Retry-After").orElse("0")) > 0,
                    third.headers().toString());
            gate.countDown();
            assertEquals(200, first.get(60, TimeUnit.SECONDS).statusCode());
            assertEquals(200, queued.get(60, TimeUnit.SECONDS).statusCode());
        }
    }

    @Test
    void aStopFinishesTheChecksUnderWay() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        GongwenServer server = GongwenServer.start(ServerConfig.defaults().withPort(0), gated(gate, started));
        Http http = new Http(server);
        CompletableFuture<HttpResponse<String>> underWay = CompletableFuture.supplyAsync(
                () -> http.check(request("text", TEXT)));
        awaitStarted(started, 1);
        CompletableFuture<Void> stop = CompletableFuture.runAsync(server::stop);
        Thread.sleep(300);
        assertFalse(stop.isDone(), "the stop waits for the check under way");
        gate.countDown();
        HttpResponse<String> r = underWay.get(60, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(ApiTest.rules(Http.json(r)).contains("placeholder"), r.body());
        stop.get(60, TimeUnit.SECONDS);
        assertThrows(UncheckedIOException.class, () -> http.get("/health"), "stopped: no longer listening");
    }

    @Test
    void loopbackByDefault() {
        assertEquals("127.0.0.1", ServerConfig.defaults().bind());
        assertEquals(5L * 1024 * 1024, ServerConfig.defaults().maxBodyBytes());
        assertEquals(Duration.ofSeconds(10), ServerConfig.defaults().checkTimeout());
    }

    @Test
    void options() {
        ServerConfig c = ServerMain.parse(new String[] {"--port", "0", "--bind=127.0.0.2", "--check-timeout", "3",
            "--max-body", "1000", "--max-checks", "3"});
        assertEquals(0, c.port());
        assertEquals("127.0.0.2", c.bind());
        assertEquals(Duration.ofSeconds(3), c.checkTimeout());
        assertEquals(1000, c.maxBodyBytes());
        assertEquals(3, c.maxChecks());
        assertEquals(null, ServerMain.parse(new String[] {"--help"}));
        assertThrows(IllegalArgumentException.class, () -> ServerMain.parse(new String[] {"--prot", "1"}));
        assertThrows(IllegalArgumentException.class, () -> ServerMain.parse(new String[] {"--port", "x"}));
        assertThrows(IllegalArgumentException.class, () -> ServerMain.parse(new String[] {"--port"}));
    }
}
