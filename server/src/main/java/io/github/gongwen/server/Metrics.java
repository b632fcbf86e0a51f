package io.github.gongwen.server;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/**
 * The server's counters in the Prometheus text format ({@code GET /metrics}): requests by method,
 * route and status, errors by code, a histogram of check times, and the checks running and waiting.
 */
final class Metrics {
    /** Upper bounds of the check-time buckets, in seconds. */
    private static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final Set<String> routes;
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final LongAdder[] buckets = new LongAdder[BUCKETS.length];
    private final LongAdder checks = new LongAdder();
    private final DoubleAdder checkSeconds = new DoubleAdder();
    private final IntSupplier running;
    private final IntSupplier waiting;

    /**
     * @param routes the paths counted by name (any other path counts as {@code other}, so that
     *     probing clients cannot make the label set grow)
     */
    Metrics(Set<String> routes, IntSupplier running, IntSupplier waiting) {
        this.routes = Set.copyOf(routes);
        this.running = running;
        this.waiting = waiting;
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    void request(String method, String path, int status) {
        String route = routes.contains(path) ? path : "other";
        String key = "method=\"" + method + "\",route=\"" + route + "\",status=\"" + status + "\"";
        requests.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    void error(String code) {
        errors.computeIfAbsent(code, k -> new LongAdder()).increment();
    }

    /** A check that ended (also one answered with a timeout before it did), {@code nanos} long. */
    void check(long nanos) {
        double s = nanos / 1e9;
        for (int i = 0; i < BUCKETS.length; i++) {
            if (s <= BUCKETS[i]) {
                buckets[i].increment();
                break;
            }
        }
        checks.increment();
        checkSeconds.add(s);
    }

    String text() {
        StringBuilder b = new StringBuilder(2048);
        b.append("# HELP gongwen_http_requests_total HTTP requests answered, by method, route and status.\n");
        b.append("# TYPE gongwen_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((k, v) -> b.append("gongwen_http_requests_total{").append(k).append("} ")
                .append(v.sum()).append('\n'));
        b.append("# HELP gongwen_errors_total Error answers of the API, by code.\n");
        b.append("# TYPE gongwen_errors_total counter\n");
        new TreeMap<>(errors).forEach((k, v) -> b.append("gongwen_errors_total{code=\"").append(k).append("\"} ")
                .append(v.sum()).append('\n'));
        b.append("# HELP gongwen_check_duration_seconds Time of one check (the rules over one report).\n");
        b.append("# TYPE gongwen_check_duration_seconds histogram\n");
        long cumulative = 0;
        for (int i = 0; i < BUCKETS.length; i++) {
            cumulative += buckets[i].sum();
            b.append("gongwen_check_duration_seconds_bucket{le=\"").append(BUCKETS[i]).append("\"} ").append(cumulative)
                    .append('\n');
        }
        long count = checks.sum();
        b.append("gongwen_check_duration_seconds_bucket{le=\"+Inf\"} ").append(count).append('\n');
        b.append("gongwen_check_duration_seconds_sum ").append(checkSeconds.sum()).append('\n');
        b.append("gongwen_check_duration_seconds_count ").append(count).append('\n');
        b.append("# HELP gongwen_checks_in_flight Checks running now.\n");
        b.append("# TYPE gongwen_checks_in_flight gauge\n");
        b.append("gongwen_checks_in_flight ").append(running.getAsInt()).append('\n');
        b.append("# HELP gongwen_checks_waiting Requests waiting for a check slot.\n");
        b.append("# TYPE gongwen_checks_waiting gauge\n");
        b.append("gongwen_checks_waiting ").append(waiting.getAsInt()).append('\n');
        return b.toString();
    }
}
