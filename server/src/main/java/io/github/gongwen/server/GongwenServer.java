package io.github.gongwen.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gongwen.Checker;
import io.github.gongwen.RunResult;
import io.github.gongwen.report.JsonReport;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API ({@code POST /api/v1/check}, {@code GET /api/v1/rules},
 * {@code /health}, {@code /ready}, {@code /openapi.json}, {@code POST /api/v1/reload}) and the review
 * page at {@code /}. The checker is built once, before the server listens, and again on a reload; a
 * stop lets the requests under way finish. This class holds Jetty's settings, the routes and the
 * life cycle; the checkers come from {@link ServerCheckers}, request bodies are read within the
 * size limit by {@link RequestBodies}, and the review and reload have handlers of their own
 * ({@link ReviewHandler}, {@link ReloadHandler}).
 */
public final class GongwenServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GongwenServer.class);
    private static final String JSON_TYPE = JsonErrorHandler.JSON_TYPE;
    private static final String RESOURCES = "/gongwen/server/";
    private static final Set<String> ROUTES = Set.of("/", "/page.js", "/page.css", "/openapi.json", "/health",
            "/ready", "/metrics", "/api/v1/rules", "/api/v1/check", "/api/v1/review", "/api/v1/reload");

    private final ServerConfig config;
    private final CheckService service;
    private final RequestReader reader;
    private final RequestBodies bodies;
    private final ObjectMapper json = new ObjectMapper();
    private final RuleCatalogue catalogue;
    private final ReloadHandler reload;
    private final ReviewHandler review;
    private final Metrics metrics;
    private final Javalin app;
    private final Thread warmUp;
    private volatile boolean stopped;

    private GongwenServer(ServerConfig config, CheckService service) {
        this.config = config;
        this.service = service;
        this.reader = new RequestReader(json);
        this.bodies = new RequestBodies(config.maxBodyBytes());
        this.catalogue = new RuleCatalogue(service, json);
        this.reload = new ReloadHandler(config, service, catalogue);
        this.review = new ReviewHandler(service, reader, bodies);
        this.metrics = new Metrics(ROUTES, service::running, service::waiting);
        service.onCheck(metrics::check);
        this.app = Javalin.create(this::configure);
        this.warmUp = new Thread(() -> {
            try {
                service.warmUp();
            } catch (RuntimeException | Error e) {
                LOG.error("the first check failed; /ready stays 503", e);
            }
        }, "gongwen-warm-up");
        warmUp.setDaemon(true);
    }

    /** Jetty's settings, the routes and the error handlers. */
    private void configure(JavalinConfig c) {
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        c.http.maxRequestSize = config.maxBodyBytes();
        c.http.prefer405over404 = true;
        c.jetty.multipartConfig.maxFileSize(config.maxBodyBytes(), SizeUnit.BYTES);
        c.jetty.multipartConfig.maxTotalRequestSize(config.maxBodyBytes(), SizeUnit.BYTES);
        c.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, config.maxBodyBytes()),
                SizeUnit.BYTES);
        c.jetty.modifyServer(server -> {
            // a stop waits (at most stopTimeout) for the requests under way, refusing new ones
            server.insertHandler(new GracefulHandler());
            server.setStopTimeout(config.stopTimeout().toMillis());
            server.setErrorHandler(new JsonErrorHandler());
        });
        c.router.javaLangErrorHandler((res, error) -> {
            LOG.error("error while handling a request", error);
            try {
                res.setStatus(500);
                res.setContentType(JSON_TYPE);
                res.getOutputStream().write(Errors.json(500).getBytes(StandardCharsets.UTF_8));
            } catch (IOException | IllegalStateException e) {
                // the answer could not be written: nothing more to do
            }
        });
        // method, path, status and time only: the text of a request is never logged
        c.requestLogger.http((ctx, ms) -> {
            metrics.request(ctx.method().name(), ctx.path(), ctx.statusCode());
            LOG.info("{} {} {} {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
        });

        c.routes.get("/", ctx -> resource(ctx, "page/index.html", "text/html; charset=utf-8"));
        c.routes.get("/page.js", ctx -> resource(ctx, "page/page.js", "text/javascript; charset=utf-8"));
        c.routes.get("/page.css", ctx -> resource(ctx, "page/page.css", "text/css; charset=utf-8"));
        c.routes.get("/openapi.json", ctx -> resource(ctx, "openapi.json", JSON_TYPE));
        c.routes.get("/health", ctx -> ctx.contentType(JSON_TYPE).result("{\"status\":\"ok\"}"));
        c.routes.get("/ready", this::ready);
        c.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.text()));
        c.routes.get("/api/v1/rules", ctx -> ctx.contentType(JSON_TYPE).result(catalogue.bytes()));
        c.routes.post("/api/v1/check", this::check);
        c.routes.post("/api/v1/review", review::handle);
        c.routes.post("/api/v1/reload", reload::handle);

        c.routes.exception(ApiError.class, (e, ctx) -> {
            if (e.retryAfter() > 0) {
                ctx.header("Retry-After", Integer.toString(e.retryAfter()));
            }
            error(ctx, e.status(), e.code(), e.getMessage());
        });
        c.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                Errors.code(e.getStatus()), Errors.message(e.getStatus())));
        c.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("error while handling {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal", Errors.message(500));
        });
        c.routes.error(404, ctx -> error(ctx, 404, "not-found", Errors.message(404)));
        c.routes.error(405, ctx -> error(ctx, 405, "method-not-allowed", Errors.message(405)));
    }

    /** Builds the checker from the configuration, starts listening and warms the checker up. */
    public static GongwenServer start(ServerConfig config) throws ServerException {
        return start(config, Checker::check);
    }

    static GongwenServer start(ServerConfig config, CheckService.Engine engine) throws ServerException {
        GongwenServer server = new GongwenServer(config, service(config, engine));
        try {
            server.app.start(config.bind(), config.port());
        } catch (RuntimeException e) {
            server.service.close();
            throw new ServerException(List.of("cannot listen on " + config.bind() + ":" + config.port() + ": "
                    + (e.getMessage() == null ? e.toString() : e.getMessage())));
        }
        server.warmUp.start();
        return server;
    }

    private static CheckService service(ServerConfig config, CheckService.Engine engine) throws ServerException {
        ServerCheckers c = ServerCheckers.load(config);
        return new CheckService(c.configured(), c.full(), config, engine);
    }

    /** The port the server listens on (the one it took when asked for port 0). */
    public int port() {
        return app.port();
    }

    /** {@code http://HOST:PORT}. */
    public String url() {
        String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
        return "http://" + host + ":" + port();
    }

    /** Whether the rules are compiled and the word segmenter is loaded. */
    public boolean ready() {
        return service.ready();
    }

    /**
     * Stops: no new connections, the requests under way are answered (for at most the stop
     * timeout), then the checks' threads end. Idempotent.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        LOG.info("stopping: new connections refused, the requests under way are finished");
        try {
            app.stop();
        } finally {
            service.close();
        }
        LOG.info("stopped");
    }

    @Override
    public void close() {
        stop();
    }

    private void ready(Context ctx) {
        if (service.ready()) {
            ctx.contentType(JSON_TYPE).result("{\"status\":\"ready\"}");
        } else {
            error(ctx, 503, "not-ready", "正在加载规则和分词词典，请稍候");
        }
    }

    private void check(Context ctx) throws IOException {
        bodies.checkDeclaredLength(ctx);
        CheckRequest request;
        if (ctx.isMultipartFormData()) {
            request = upload(ctx);
        } else {
            request = reader.json(bodies.body(ctx));
        }
        RunResult result = service.check(request);
        StringWriter w = new StringWriter(4096);
        new JsonReport().write(result, w);
        String out = w.toString();
        if ("true".equals(ctx.queryParam("includeText"))) {
            ObjectNode root = (ObjectNode) json.readTree(out);
            ((ObjectNode) root.withArray("files").get(0)).put("text", request.source().text());
            out = json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        }
        ctx.contentType(JSON_TYPE).result(out);
    }

    private CheckRequest upload(Context ctx) {
        RequestBodies.Upload up = bodies.upload(ctx);
        if (up.bytes() == null) {
            if (up.fields().containsKey("text")) {
                return reader.form(up.fields());
            }
            throw ApiError.badRequest("missing-file", "表单中没有名为“file”的文件：请上传 .txt、.md 或 .docx 文件");
        }
        return reader.upload(up.name(), up.bytes(), up.fields());
    }

    private void error(Context ctx, int status, String code, String message) {
        metrics.error(code);
        ctx.status(status).contentType(JSON_TYPE).result(Errors.json(code, message));
    }

    private static void resource(Context ctx, String name, String type) {
        InputStream in = GongwenServer.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new ApiError(404, "not-found", Errors.message(404));
        }
        // the page and its script come from here and talk to here only
        ctx.contentType(type).header("Cache-Control", "no-cache").header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
                .result(in);
    }
}
