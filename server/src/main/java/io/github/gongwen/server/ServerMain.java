package io.github.gongwen.server;

import io.github.gongwen.Checker;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar gongwen-server.jar [--port 8080] [--bind 127.0.0.1] [--config FILE]
 * [--max-body BYTES] [--check-timeout SECONDS] [--max-checks N] [--reload-token-file FILE]};
 * {@code gongwen serve} runs the
 * same through {@link #serve}.
 */
public final class ServerMain {
    static final String USAGE = String.join("\n",
            "用法: java -jar gongwen-server.jar [选项]    (或 gongwen serve [选项])",
            "  --port N              监听端口（默认 8080；0 表示任选空闲端口）",
            "  --bind ADDR           监听地址（默认 127.0.0.1，仅本机可访问）",
            "  --config FILE         gongwen.yaml 配置文件（规则开关、数据表、自定义规则）",
            "  --max-body BYTES      请求体上限（默认 5242880，即 5 MB）",
            "  --check-timeout SEC   单次检查时限，秒（默认 10）",
            "  --max-checks N        同时进行的检查数（默认为处理器核数）",
            "  --reload-token-file F 启用 POST /api/v1/reload：口令为文件 F 的第一行（至少 16 个字符）");

    private ServerMain() {
    }

    public static void main(String[] args) {
        configureLogging();
        ServerConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("gongwen-server: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (config == null) {
            System.out.println(USAGE);
            return;
        }
        Checker.prefetchDefaults();
        System.exit(serve(config, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Starts the server, prints where it listens and blocks until the JVM is asked to stop (SIGTERM,
     * Ctrl-C); then the checks under way are finished before it exits. Returns the exit code: 0
     * after a stop, 2 when the server could not start.
     */
    public static int serve(ServerConfig config, PrintWriter out, PrintWriter err) {
        configureLogging();
        if (config.config() != null && !Files.isRegularFile(config.config())) {
            err.println("gongwen serve: --config " + config.config() + ": no such file");
            err.flush();
            return 2;
        }
        GongwenServer server;
        try {
            server = GongwenServer.start(config);
        } catch (ServerException e) {
            e.lines().forEach(l -> err.println("gongwen serve: " + l));
            err.flush();
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "gongwen-stop"));
        out.println("gongwen serve: listening on " + server.url() + "/ (API: " + server.url()
                + "/api/v1/check, " + server.url() + "/openapi.json)");
        if (!isLoopback(config.bind())) {
            out.println("gongwen serve: warning: listening on " + config.bind()
                    + ", reachable from other machines; there is no authentication");
        }
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop();
        }
        return 0;
    }

    /**
     * The options; {@code null} when help was asked for.
     *
     * @throws IllegalArgumentException for an unknown option or a bad value
     */
    static ServerConfig parse(String[] args) {
        ServerConfig c = ServerConfig.defaults();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (name.equals("-h") || name.equals("--help")) {
                return null;
            }
            String value;
            if (a.contains("=")) {
                value = a.substring(a.indexOf('=') + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
            c = switch (name) {
                case "--port" -> c.withPort(number(name, value, 0, 65535));
                case "--bind" -> c.withBind(value);
                case "--config" -> c.withConfig(Path.of(value));
                case "--max-body" -> c.withMaxBodyBytes(number(name, value, 1, Integer.MAX_VALUE - 8));
                case "--check-timeout" -> c.withCheckTimeout(Duration.ofSeconds(number(name, value, 1, 3600)));
                case "--max-checks" -> c.withConcurrency(number(name, value, 1, 256), c.maxQueued(), c.queueWait());
                case "--reload-token-file" -> c.withReloadTokenFile(Path.of(value));
                default -> throw new IllegalArgumentException("unknown option " + name);
            };
        }
        return c;
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(name + " " + value + ": expected a whole number from " + min + " to " + max);
    }

    private static boolean isLoopback(String bind) {
        return bind.equals("localhost") || bind.startsWith("127.") || bind.equals("::1") || bind.equals("[::1]");
    }

    /**
     * The server's own log (start, one line per request without its text, errors) at INFO, every
     * library's at WARN, on standard error; settings given with -D win.
     */
    public static void configureLogging() {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.io.github.gongwen.server", "info");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
