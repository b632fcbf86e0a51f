package io.github.gongwen.cli;

import io.github.gongwen.server.ServerConfig;
import io.github.gongwen.server.ServerMain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongwen serve}: the HTTP API and the review page, with the rules loaded once and kept warm. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"启动检查服务：HTTP 接口（POST /api/v1/check 等）和审阅页面（/）。",
            "Runs the HTTP server: the JSON API and the review page; stops on SIGTERM or Ctrl-C after the "
                    + "checks under way."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0: any free one).")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDR",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind = ServerConfig.DEFAULT_BIND;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A gongwen.yaml applied to every check (rule settings, data lists, house rules).")
    Path config;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body (default: 5 MB).")
    long maxBody = ServerConfig.DEFAULT_MAX_BODY;

    @Option(names = "--check-timeout", paramLabel = "SECONDS", description = "Time limit of one check (default: 10).")
    int checkTimeout = 10;

    @Option(names = "--max-checks", paramLabel = "N", description = "Checks run at once (default: the number of processors).")
    int maxChecks = Runtime.getRuntime().availableProcessors();

    @Option(names = "--reload-token-file", paramLabel = "FILE", description = "Allow POST /api/v1/reload to "
            + "requests with Authorization: Bearer TOKEN, TOKEN being the first line of FILE (16 characters or more).")
    Path reloadTokenFile;

    @Override
    public Integer call() {
        ServerConfig defaults = ServerConfig.defaults();
        ServerConfig c;
        try {
            c = defaults.withPort(port).withBind(bind).withConfig(config).withMaxBodyBytes(maxBody)
                    .withCheckTimeout(Duration.ofSeconds(checkTimeout))
                    .withConcurrency(maxChecks, defaults.maxQueued(), defaults.queueWait());
            if (reloadTokenFile != null) {
                c = c.withReloadTokenFile(reloadTokenFile);
            }
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("gongwen serve: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return ServerMain.serve(c, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
