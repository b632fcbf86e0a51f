package io.github.gongwen.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/reload}: reads the configuration, its data lists and rules again from where
 * they were configured and compiles them; requests from then on use them, those under way finish
 * with the old ones. Allowed only with the reload token of the server's start
 * ({@code Authorization: Bearer TOKEN}); a reload that fails keeps the old rules.
 */
final class ReloadHandler {
    /** The server's logger: a reload is logged as the server's other events are. */
    private static final Logger LOG = LoggerFactory.getLogger(GongwenServer.class);

    private final ServerConfig config;
    private final CheckService service;
    private final RuleCatalogue catalogue;

    ReloadHandler(ServerConfig config, CheckService service, RuleCatalogue catalogue) {
        this.config = config;
        this.service = service;
        this.catalogue = catalogue;
    }

    void handle(Context ctx) {
        String token = config.reloadToken();
        if (token == null) {
            throw new ApiError(403, "reload-disabled",
                    "未启用重新加载：请在启动服务时以 --reload-token-file 指定口令文件");
        }
        if (!carries(ctx.header("Authorization"), token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "unauthorized", "重新加载需要口令：请求头 Authorization: Bearer 口令");
        }
        int rules;
        synchronized (this) { // one reload at a time; checks go on meanwhile with the old rules
            long t0 = System.nanoTime();
            ServerCheckers c;
            try {
                c = ServerCheckers.load(config);
            } catch (ServerException e) {
                LOG.warn("reload failed, the previous rules stay: {}", String.join("; ", e.lines()));
                throw new ApiError(422, "reload-failed", "重新加载失败，仍使用原有规则：" + String.join("；",
                        e.lines().stream().map(String::strip).map(l -> l.endsWith(":") ? l.substring(0, l.length() - 1) : l)
                                .toList()));
            } catch (RuntimeException e) {
                LOG.error("reload failed, the previous rules stay", e);
                throw new ApiError(500, "reload-failed", "重新加载时发生内部错误，仍使用原有规则");
            }
            service.reload(c.configured(), c.full());
            catalogue.refresh();
            rules = c.configured().rules().size();
            LOG.info("rules reloaded in {} ms: {} rules on", (System.nanoTime() - t0) / 1_000_000, rules);
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("status", "reloaded").put("rules", rules);
        ctx.contentType(JsonErrorHandler.JSON_TYPE).result(answer.toString());
    }

    /** Whether an {@code Authorization} header carries {@code token} as its bearer token (compared in constant time). */
    static boolean carries(String authorization, String token) {
        return authorization != null && authorization.startsWith("Bearer ") && MessageDigest.isEqual(
                authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
