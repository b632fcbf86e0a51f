package io.github.gongwen.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the server runs: where it listens, the configuration file its checker is built from, and
 * its limits. Immutable; the {@code with…} methods return changed copies.
 *
 * @param bind the address to listen on (loopback unless told otherwise)
 * @param port the port; 0 takes a free one
 * @param config a {@code gongwen.yaml} applied to every check, or {@code null}
 * @param maxBodyBytes the largest request body accepted (413 above it)
 * @param checkTimeout how long one check may take before the request is answered with 503
 * @param maxChecks how many checks run at once
 * @param maxQueued how many requests may wait for a free check slot (503 beyond them)
 * @param queueWait how long a request waits for a free check slot before 503
 * @param stopTimeout how long a stop waits for the requests under way
 */
public record ServerConfig(String bind, int port, Path config, long maxBodyBytes, Duration checkTimeout,
        int maxChecks, int maxQueued, Duration queueWait, Duration stopTimeout) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;

    public ServerConfig {
        Objects.requireNonNull(bind);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port");
        }
        if (maxBodyBytes < 1 || maxChecks < 1 || maxQueued < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (checkTimeout.isNegative() || checkTimeout.isZero()) {
            throw new IllegalArgumentException("the time limit of a check must be positive");
        }
        Objects.requireNonNull(queueWait);
        Objects.requireNonNull(stopTimeout);
    }

    /** The defaults: 127.0.0.1:8080, no configuration file, 5 MB bodies, 10 s per check, one check per core. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_BIND, DEFAULT_PORT, null, DEFAULT_MAX_BODY, Duration.ofSeconds(10),
                Runtime.getRuntime().availableProcessors(), 64, Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    public ServerConfig withBind(String b) {
        return new ServerConfig(b, port, config, maxBodyBytes, checkTimeout, maxChecks, maxQueued, queueWait,
                stopTimeout);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(bind, p, config, maxBodyBytes, checkTimeout, maxChecks, maxQueued, queueWait,
                stopTimeout);
    }

    public ServerConfig withConfig(Path c) {
        return new ServerConfig(bind, port, c, maxBodyBytes, checkTimeout, maxChecks, maxQueued, queueWait,
                stopTimeout);
    }

    public ServerConfig withMaxBodyBytes(long n) {
        return new ServerConfig(bind, port, config, n, checkTimeout, maxChecks, maxQueued, queueWait, stopTimeout);
    }

    public ServerConfig withCheckTimeout(Duration d) {
        return new ServerConfig(bind, port, config, maxBodyBytes, d, maxChecks, maxQueued, queueWait, stopTimeout);
    }

    /** {@code checks} at once, {@code queued} waiting at most {@code wait} each. */
    public ServerConfig withConcurrency(int checks, int queued, Duration wait) {
        return new ServerConfig(bind, port, config, maxBodyBytes, checkTimeout, checks, queued, wait, stopTimeout);
    }
}
