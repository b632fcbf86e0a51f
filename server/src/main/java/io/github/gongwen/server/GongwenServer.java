package io.github.gongwen.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gongwen.Checker;
import io.github.gongwen.Gongwen;
import io.github.gongwen.RunResult;
import io.github.gongwen.config.ConfigException;
import io.github.gongwen.config.GongwenConfig;
import io.github.gongwen.engine.RuleCompileException;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.report.JsonReport;
import io.github.gongwen.review.WordReview;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API ({@code POST /api/v1/check}, {@code GET /api/v1/rules},
 * {@code /health}, {@code /ready}, {@code /openapi.json}, {@code POST /api/v1/reload}) and the review
 * page at {@code /}. The checker is built once, before the server listens, and again on a reload; a
 * stop lets the requests under way finish.
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
    private final ObjectMapper json = new ObjectMapper();
    private volatile byte[] rulesJson;
    private final Metrics metrics;
    private final Javalin app;
    private final Thread warmUp;
    private volatile boolean stopped;

    private GongwenServer(ServerConfig config, CheckService service) {
        this.config = config;
        this.service = service;
        this.reader = new RequestReader(json);
        this.rulesJson = rulesJson();
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
        c.routes.get("/api/v1/rules", ctx -> ctx.contentType(JSON_TYPE).result(rulesJson));
        c.routes.post("/api/v1/check", this::check);
        c.routes.post("/api/v1/review", this::review);
        c.routes.post("/api/v1/reload", this::reload);

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

    /**
     * The checker of the configuration, and the checker with the rules the configuration turns
     * off turned on again (for requests that enable them).
     */
    private static CheckService service(ServerConfig config, CheckService.Engine engine) throws ServerException {
        Checker[] c = checkers(config);
        return new CheckService(c[0], c[1], config, engine);
    }

    /**
     * Reads the configuration (and its data lists and rule directories) and compiles the rules: the
     * checker of the configuration, then the same with the rules it turns off turned on again.
     */
    private static Checker[] checkers(ServerConfig config) throws ServerException {
        GongwenConfig gc = null;
        try {
            if (config.config() != null) {
                gc = GongwenConfig.load(config.config());
            }
            Checker configured = builder(gc).build();
            if (gc != null) {
                gc.verify(configured);
            }
            Set<String> off = new LinkedHashSet<>();
            configured.declaredRules().forEach(r -> off.add(r.id()));
            configured.rules().forEach(r -> off.remove(r.id()));
            Checker full = configured;
            if (!off.isEmpty()) {
                Checker.Builder b = builder(gc);
                off.forEach(b::enable);
                full = b.build();
            }
            return new Checker[] {configured, full};
        } catch (ConfigException e) {
            throw new ServerException("the configuration cannot be used:", e.problems());
        } catch (RuleCompileException e) {
            throw new ServerException("the rules do not compile:", e.problems());
        } catch (IOException e) {
            throw new ServerException(List.of("cannot read " + (gc == null ? config.config() : "the rules") + ": "
                    + e.getMessage()));
        }
    }

    /**
     * {@code POST /api/v1/reload}: reads the configuration, its data lists and rules again from where
     * they were configured and compiles them; requests from then on use them, those under way finish
     * with the old ones. Allowed only with the reload token of the server's start
     * ({@code Authorization: Bearer TOKEN}); a reload that fails keeps the old rules.
     */
    private void reload(Context ctx) {
        String token = config.reloadToken();
        if (token == null) {
            throw new ApiError(403, "reload-disabled",
                    "未启用重新加载：请在启动服务时以 --reload-token-file 指定口令文件");
        }
        String given = ctx.header("Authorization");
        if (given == null || !given.startsWith("Bearer ") || !MessageDigest.isEqual(
                given.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "unauthorized", "重新加载需要口令：请求头 Authorization: Bearer 口令");
        }
        int rules;
        synchronized (this) { // one reload at a time; checks go on meanwhile with the old rules
            long t0 = System.nanoTime();
            Checker[] c;
            try {
                c = checkers(config);
            } catch (ServerException e) {
                LOG.warn("reload failed, the previous rules stay: {}", String.join("; ", e.lines()));
                throw new ApiError(422, "reload-failed", "重新加载失败，仍使用原有规则：" + String.join("；",
                        e.lines().stream().map(String::strip).map(l -> l.endsWith(":") ? l.substring(0, l.length() - 1) : l)
                                .toList()));
            } catch (RuntimeException e) {
                LOG.error("reload failed, the previous rules stay", e);
                throw new ApiError(500, "reload-failed", "重新加载时发生内部错误，仍使用原有规则");
            }
            service.reload(c[0], c[1]);
            rulesJson = rulesJson();
            rules = c[0].rules().size();
            LOG.info("rules reloaded in {} ms: {} rules on", (System.nanoTime() - t0) / 1_000_000, rules);
        }
        ObjectNode answer = json.createObjectNode().put("status", "reloaded").put("rules", rules);
        ctx.contentType(JSON_TYPE).result(answer.toString());
    }

    private static Checker.Builder builder(GongwenConfig gc) {
        Checker.Builder b = Checker.builder();
        if (gc != null) {
            gc.applyTo(b);
        }
        return b;
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
        long declared = ctx.req().getContentLengthLong();
        if (declared > config.maxBodyBytes()) {
            throw tooLarge();
        }
        CheckRequest request;
        if (ctx.isMultipartFormData()) {
            request = upload(ctx);
        } else {
            request = reader.json(body(ctx));
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

    /**
     * A .docx in, the same document out with one Word comment per finding and the safe fixes as
     * tracked changes (core's {@link WordReview}, as {@code gongwen review}).
     */
    private void review(Context ctx) throws IOException {
        if (ctx.req().getContentLengthLong() > config.maxBodyBytes()) {
            throw tooLarge();
        }
        if (!ctx.isMultipartFormData()) {
            throw ApiError.badRequest("not-multipart", "请以 multipart/form-data 上传名为“file”的 .docx 文件");
        }
        Upload up = readUpload(ctx);
        if (up == null || up.name() == null || !up.name().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            throw ApiError.badRequest("not-docx", "审阅需要上传 .docx 文件（表单字段“file”）");
        }
        CheckRequest request = reader.upload(up.name(), up.bytes(), up.fields());
        RunResult result = service.check(request);
        Map<String, RuleInfo> rules = new HashMap<>();
        result.rules().forEach(r -> rules.put(r.id(), r));
        WordReview.Result review = WordReview.annotate(up.bytes(), request.source(), result.findings(), rules,
                Instant.now());
        String base = up.name().substring(0, up.name().length() - ".docx".length());
        ctx.header("Content-Disposition", "attachment; filename=\"review.docx\"; filename*=UTF-8''"
                + URLEncoder.encode(base + "-审阅.docx", StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.header("X-Gongwen-Comments", Integer.toString(review.comments()));
        ctx.header("X-Gongwen-Tracked-Changes", Integer.toString(review.trackedChanges()));
        ctx.contentType(DOCX_TYPE).result(review.docx());
    }

    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** An uploaded file with the form's other fields; {@code null} when the form has no file. */
    private record Upload(String name, byte[] bytes, Map<String, String> fields) {
    }

    private CheckRequest upload(Context ctx) {
        Upload up = readUpload(ctx);
        if (up.bytes() == null) {
            if (up.fields().containsKey("text")) {
                return reader.form(up.fields());
            }
            throw ApiError.badRequest("missing-file", "表单中没有名为“file”的文件：请上传 .txt、.md 或 .docx 文件");
        }
        return reader.upload(up.name(), up.bytes(), up.fields());
    }

    private Upload readUpload(Context ctx) {
        UploadedFile file;
        Map<String, String> fields = new HashMap<>();
        try {
            file = ctx.uploadedFile("file");
            for (String f : RequestReader.FIELDS) {
                String v = ctx.formParam(f);
                if (v != null) {
                    fields.put(f, v);
                }
            }
        } catch (Exception e) { // the servlet API's multipart parsing throws checked exceptions too
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("exceeds max")) {
                    throw tooLarge();
                }
            }
            throw ApiError.badRequest("bad-multipart", "无法解析上传的表单（multipart/form-data）");
        }
        if (file == null) {
            return new Upload(null, null, fields);
        }
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBodyBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > config.maxBodyBytes()) {
            throw tooLarge();
        }
        return new Upload(file.filename(), bytes, fields);
    }

    /** The request body, refused with 413 past the limit (also when no length was declared). */
    private byte[] body(Context ctx) throws IOException {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBodyBytes() + 1));
            if (bytes.length > config.maxBodyBytes()) {
                throw tooLarge();
            }
            return bytes;
        }
    }

    private ApiError tooLarge() {
        long mb = config.maxBodyBytes() / (1024 * 1024);
        String limit = mb > 0 && config.maxBodyBytes() % (1024 * 1024) == 0 ? mb + " MB" : config.maxBodyBytes() + " 字节";
        return new ApiError(413, "too-large", "请求体过大：上限为 " + limit);
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

    /** The rule catalogue: every rule, whether the configuration turns it on, and its severity there. */
    private byte[] rulesJson() {
        ObjectNode root = json.createObjectNode();
        root.putObject("tool").put("name", Gongwen.NAME).put("version", Gongwen.version());
        ArrayNode rules = root.putArray("rules");
        Set<String> categories = new LinkedHashSet<>();
        for (RuleInfo r : service.allRules()) {
            RuleInfo on = service.configured(r.id());
            rules.addObject().put("id", r.id()).put("category", r.category())
                    .put("severity", (on != null ? on : r).severity().id()).put("enabled", on != null)
                    .put("title", r.title()).put("description", r.description());
            categories.add(r.category());
        }
        ArrayNode cats = root.putArray("categories");
        categories.stream().sorted().forEach(cats::add);
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
