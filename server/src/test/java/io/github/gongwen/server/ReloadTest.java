package io.github.gongwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/v1/reload}: the configuration's rules and data lists read again without a
 * restart, only with the token; a request under way finishes with the old rules; a reload that
 * fails keeps them and answers a JSON error in Chinese.
 */
class ReloadTest {
    private static final String TOKEN = "reload-secret-0123456789";
    private static final String RULE = """
            package house;
            import io.github.gongwen.fact.Placeholder;
            global io.github.gongwen.engine.Findings findings;

            rule "house-note"
                @id("house-note")
                @category("PLACEHOLDER")
                @severity("warning")
                @message("VERSION：占位符“{0}”")
            when
                $p : Placeholder()
            then
                findings.report(drools, $p, $p.getText());
            end
            """;

    @TempDir
    Path dir;

    private GongwenServer server;
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch gate = new CountDownLatch(1);

    @AfterEach
    void stop() {
        gate.countDown();
        if (server != null) {
            server.stop();
        }
    }

    private void rule(String version) throws Exception {
        Files.writeString(dir.resolve("house/house.drl"), RULE.replace("VERSION", version), StandardCharsets.UTF_8);
    }

    private GongwenServer start(String token) throws Exception {
        Files.createDirectories(dir.resolve("house"));
        rule("第一版");
        Path yaml = Files.writeString(dir.resolve("gongwen.yaml"), "rule-directories: [house]\n");
        // a report that says 慢 waits in its check until the test lets it go
        CheckService.Engine engine = (checker, source) -> {
            if (source.text().contains("慢")) {
                entered.countDown();
                try {
                    gate.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return checker.check(source);
        };
        ServerConfig config = ServerConfig.defaults().withPort(0).withConfig(yaml).withReloadToken(token);
        server = GongwenServer.start(config, engine);
        return server;
    }

    private static HttpResponse<String> reload(Http http, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/reload"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b);
    }

    /** The messages of the house rule in the answer to a check of {@code text}. */
    private static List<String> houseMessages(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        List<String> out = new ArrayList<>();
        for (JsonNode f : Http.json(r).get("files").get(0).get("findings")) {
            if (f.get("rule").asText().equals("house-note")) {
                out.add(f.get("message").asText());
            }
        }
        return out;
    }

    @Test
    void aReloadReadsTheRulesAgainAndARequestUnderWayKeepsTheOldOnes() throws Exception {
        Http http = new Http(start(TOKEN));
        assertEquals(List.of("第一版：占位符“XX”"),
                houseMessages(http.check(ApiTest.request("text", "XX镇2024年工作总结\n"))));

        ApiTest.error(reload(http, null), 401, "unauthorized");
        ApiTest.error(reload(http, "Bearer wrong-token-0123456789"), 401, "unauthorized");

        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(
                () -> http.check(ApiTest.request("text", "XX镇2024年工作总结，慢\n")));
        assertTrue(entered.await(60, TimeUnit.SECONDS), "the slow check started");
        rule("第二版");
        HttpResponse<String> ok = reload(http, "Bearer " + TOKEN);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("reloaded", Http.json(ok).get("status").asText());
        assertTrue(Http.json(ok).get("rules").asInt() > 50, ok.body());
        assertEquals(List.of("第二版：占位符“XX”"),
                houseMessages(http.check(ApiTest.request("text", "XX镇2024年工作总结\n"))));
        gate.countDown();
        assertEquals(List.of("第一版：占位符“XX”"), houseMessages(slow.get(60, TimeUnit.SECONDS)),
                "the request under way finishes with the rules it started with");

        Files.writeString(dir.resolve("house/house.drl"), "rule \"broken\" when then end end\n", StandardCharsets.UTF_8);
        JsonNode failed = ApiTest.error(reload(http, "Bearer " + TOKEN), 422, "reload-failed");
        assertTrue(failed.get("message").asText().startsWith("重新加载失败，仍使用原有规则"), failed.toString());
        assertEquals(List.of("第二版：占位符“XX”"),
                houseMessages(http.check(ApiTest.request("text", "XX镇2024年工作总结\n"))), "the old rules stay");
        assertTrue(http.get("/api/v1/rules").body().contains("house-note"));
    }

    @Test
    void withoutATokenThereIsNoReload() throws Exception {
        Http http = new Http(start(null));
        ApiTest.error(reload(http, "Bearer " + TOKEN), 403, "reload-disabled");
    }

    @Test
    void aTokenComesFromAFileAndMustNotBeShort() throws Exception {
        Path file = Files.writeString(dir.resolve("token"), TOKEN + "\n");
        assertEquals(TOKEN, ServerConfig.defaults().withReloadTokenFile(file).reloadToken());
        Files.writeString(file, "short\n");
        try {
            ServerConfig.defaults().withReloadTokenFile(file);
            throw new AssertionError("a short token was accepted");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("16"), expected.getMessage());
        }
        assertTrue(!ServerConfig.defaults().withReloadToken(TOKEN).toString().contains(TOKEN));
    }
}
