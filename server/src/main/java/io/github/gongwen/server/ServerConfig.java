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
 * @param reloadToken the secret a {@code POST /api/v1/reload} must carry ({@code Authorization: Bearer …}),
 *     or {@code null}: no reload
 */
public record ServerConfig(String bind, int port, Path config, long maxBodyBytes, Duration checkTimeout,
        int maxChecks, int maxQueued, Duration queueWait, Duration stopTimeout, String reloadToken) {
    /** The shortest reload token accepted. */
    public static final int MIN_TOKEN_LENGTH = 16;

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
        if (reloadToken != null && (reloadToken.length() < MIN_TOKEN_LENGTH || !reloadToken.strip().equals(reloadToken))) {
            throw new IllegalArgumentException("the reload token must have at least " + MIN_TOKEN_LENGTH
                    + " characters and no surrounding spaces");
        }
    }

    @Override
    public String toString() { // never the token
        return "ServerConfig[" + bind + ":" + port + ", config=" + config + ", reload=" + (reloadToken != null) + "]";
    }

    /** The defaults: 127.0.0.1:8080, no configuration file, 5 MB bodies, 10 s per check, one check per core. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_BIND, DEFAULT_PORT, null, DEFAULT_MAX_BODY, Duration.ofSeconds(10),
                Runtime.getRuntime().availableProcessors(), 64, Duration.ofSeconds(5), Duration.ofSeconds(30), null);
    }

    public ServerConfig withBind(String b) {
        return new ServerConfig(b, port, config, maxBodyBytes, checkTimeout, maxChecks, maxQueued, queueWait,
                stopTimeout, reloadToken);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(bind, p, config, maxBodyBytes, checkTimeout, maxChecks, maxQueued, queueWait,
                stopTimeout, reloadToken);
    }

    public ServerConfig withConfig(Path c) {
        return new ServerConfig(bind, port, c, maxBodyBytes, checkTimeout, maxChecks, maxQueued, queueWait,
                stopTimeout, reloadToken);
    }

    public ServerConfig withMaxBodyBytes(long n) {
        return new ServerConfig(bind, port, config, n, checkTimeout, maxChecks, maxQueued, queueWait,
                stopTimeout, reloadToken);
    }

    public ServerConfig withCheckTimeout(Duration d) {
        return new ServerConfig(bind, port, config, maxBodyBytes, d, maxChecks, maxQueued, queueWait,
                stopTimeout, reloadToken);
    }

    /** {@code checks} at once, {@code queued} waiting at most {@code wait} each. */
    public ServerConfig withConcurrency(int checks, int queued, Duration wait) {
        return new ServerConfig(bind, port, config, maxBodyBytes, checkTimeout, checks, queued, wait, stopTimeout, reloadToken);
    }

    /** With {@code POST /api/v1/reload} allowed to requests that carry {@code token} ({@code null}: no reload). */
    public ServerConfig withReloadToken(String token) {
        return new ServerConfig(bind, port, config, maxBodyBytes, checkTimeout, maxChecks, maxQueued, queueWait,
                stopTimeout, token);
    }

    /**
     * With the reload token read from the first line of {@code file} (a file, so that the secret is
     * not on the command line for every user of the machine to see).
     *
     * @throws IllegalArgumentException when the file cannot be read or the token is too short
     */
    public ServerConfig withReloadTokenFile(Path file) {
        String token;
        try {
            if (!java.nio.file.Files.isRegularFile(file) || java.nio.file.Files.size(file) > 4096) {
                throw new IllegalArgumentException("--reload-token-file " + file + ": not a small regular file");
            }
            token = java.nio.file.Files.readString(file).lines().findFirst().orElse("").strip();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("--reload-token-file " + file + ": cannot be read");
        }
        return withReloadToken(token);
    }
}
