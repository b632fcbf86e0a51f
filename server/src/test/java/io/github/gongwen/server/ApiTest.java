package io.github.gongwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint and every error path of the API, on an ephemeral port on 127.0.0.1. */
class ApiTest {
    /** A short work summary with a placeholder, a doubled character and a skipped ordinal. */
    static final String REPORT = String.join("\n", "2024年工作总结", "一、主要工作",
            "（一）抓好产业发展。全年地区生产总值增长X%，推动动产业转型升级。", "（三）强化民生保障。新增就业岗位1200个。",
            "二、存在的问题", "部分项目推进不够快。", "三、下一步工作打算", "持续抓好项目建设。", "");

    static GongwenServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = GongwenServer.start(ServerConfig.defaults().withPort(0));
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** An error answer: the status, a JSON body of exactly {code, message} with a Chinese message, no trace. */
    static JsonNode error(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        JsonNode n = Http.json(r);
        Set<String> fields = new HashSet<>();
        n.fieldNames().forEachRemaining(fields::add);
        assertEquals(Set.of("code", "message"), fields, r.body());
        assertEquals(code, n.get("code").asText(), r.body());
        assertTrue(n.get("message").asText().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains(".java:"), r.body());
        return n;
    }

    static List<String> rules(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.get("files").get(0).get("findings").forEach(f -> out.add(f.get("rule").asText()));
        return out;
    }

    static Map<String, Object> request(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    @Test
    void healthAndReady() throws InterruptedException {
        HttpResponse<String> health = http.get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("ok", Http.json(health).get("status").asText());
        long deadline = System.nanoTime() + 60_000_000_000L;
        HttpResponse<String> ready = http.get("/ready");
        while (ready.statusCode() != 200 && System.nanoTime() < deadline) {
            error(ready, 503, "not-ready");
            Thread.sleep(100);
            ready = http.get("/ready");
        }
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("ready", Http.json(ready).get("status").asText());
        assertTrue(server.ready());
    }

    @Test
    void checkFindsTheProblemsOfAText() {
        HttpResponse<String> r = http.check(request("text", REPORT, "fileName", "总结.txt"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode answer = Http.json(r);
        assertEquals("gongwen", answer.at("/tool/name").asText());
        assertEquals("总结.txt", answer.at("/files/0/path").asText());
        List<String> rules = rules(answer);
        assertTrue(rules.contains("placeholder"), rules.toString());
        assertTrue(rules.contains("dup-char"), rules.toString());
        JsonNode placeholder = null;
        for (JsonNode f : answer.at("/files/0/findings")) {
            if (f.get("rule").asText().equals("placeholder")) {
                placeholder = f;
            }
        }
        assertEquals(3, placeholder.get("line").asInt());
        assertEquals("X", placeholder.get("excerpt").asText());
        assertEquals(rules.size(), answer.at("/summary/findings").asInt());
        assertTrue(answer.get("rules").size() > 10);
        assertFalse(answer.at("/files/0").has("text"));
    }

    @Test
    void includeTextAddsTheCheckedText() {
        HttpResponse<String> r = http.postJson("/api/v1/check?includeText=true", "{\"text\": \"第一行\\r\\n第二行\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("第一行\n第二行", Http.json(r).at("/files/0/text").asText());
    }

    @Test
    void reportYearAndDisabledRulesApplyToOneRequest() {
        List<String> all = rules(Http.json(http.check(request("text", REPORT))));
        JsonNode without = Http.json(http.check(request("text", REPORT, "disabled", List.of("PLACEHOLDER", "dup-char"))));
        List<String> rest = rules(without);
        assertFalse(rest.contains("placeholder") || rest.contains("dup-char"), rest.toString());
        assertEquals(all.size() - 2, rest.size(), all + " / " + rest);
        for (JsonNode rule : without.get("rules")) {
            assertFalse(rule.get("category").asText().equals("PLACEHOLDER") || rule.get("id").asText().equals("dup-char"));
        }
        // an id beats its category
        List<String> one = rules(Http.json(http.check(request("text", REPORT, "disabled", List.of("PLACEHOLDER"),
                "enabled", List.of("placeholder")))));
        assertTrue(one.contains("placeholder"), one.toString());
        // the next request has them all again
        assertEquals(all, rules(Http.json(http.check(request("text", REPORT)))));
        HttpResponse<String> year = http.check(request("text", "今年是新中国成立75周年。\n", "reportYear", 2023));
        assertEquals(200, year.statusCode(), year.body());
        assertTrue(rules(Http.json(year)).contains("anniversary-year"), year.body());
        HttpResponse<String> right = http.check(request("text", "今年是新中国成立75周年。\n", "reportYear", 2024));
        assertFalse(rules(Http.json(right)).contains("anniversary-year"), right.body());
    }

    @Test
    void unknownRuleIdsAreRefusedWithAHint() {
        JsonNode e = error(http.check(request("text", REPORT, "disabled", List.of("placeholdr"))), 400, "unknown-rule");
        assertTrue(e.get("message").asText().contains("“placeholder”"), e.toString());
        JsonNode c = error(http.check(request("text", REPORT, "enabled", List.of("NUM_STYEL"))), 400, "unknown-rule");
        assertTrue(c.get("message").asText().contains("“NUM_STYLE”"), c.toString());
        error(http.check(request("text", REPORT, "disabled", List.of("no-such-rule-at-all-here"))), 400, "unknown-rule");
        error(http.check(request("text", REPORT, "disabled", List.of("placeholder"), "enabled", List.of("placeholder"))),
                400, "conflicting-rules");
        error(http.check(request("text", REPORT, "disabled", 5)), 400, "bad-field");
    }

    @Test
    void badRequestsGetJsonErrors() {
        error(http.postJson("/api/v1/check", "{\"text\": \"未闭合"), 400, "bad-json");
        error(http.postJson("/api/v1/check", "not json at all"), 400, "bad-json");
        error(http.postJson("/api/v1/check", "[\"text\"]"), 400, "bad-json");
        error(http.postJson("/api/v1/check", ""), 400, "empty-body");
        error(http.postJson("/api/v1/check", " \n"), 400, "empty-body");
        error(http.send("POST", "/api/v1/check", new byte[0], null), 400, "empty-body");
        error(http.postJson("/api/v1/check", "{}"), 400, "missing-text");
        error(http.postJson("/api/v1/check", "{\"text\": \"\"}"), 400, "empty-text");
        error(http.postJson("/api/v1/check", "{\"text\": 42}"), 400, "bad-field");
        JsonNode field = error(http.postJson("/api/v1/check", "{\"text\": \"好\", \"disable\": [\"x\"]}"), 400,
                "unknown-field");
        assertTrue(field.get("message").asText().contains("“disabled”"), field.toString());
        error(http.check(request("text", "好", "reportYear", 1800)), 400, "bad-field");
        error(http.check(request("text", "好", "reportYear", "明年")), 400, "bad-field");
        error(http.check(request("text", "好", "fileName", "a\u0000b.txt")), 400, "bad-field");
    }

    @Test
    void oversizeBodiesAre413() throws IOException {
        byte[] big = new byte[(int) ServerConfig.DEFAULT_MAX_BODY + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        JsonNode e = error(refused(() -> http.send("POST", "/api/v1/check", big, "application/json")), 413, "too-large");
        assertTrue(e.get("message").asText().contains("5 MB"), e.toString());
        // without a declared length (chunked): counted while reading
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build();
        error(refused(() -> http.send(HttpRequest.newBuilder(chunked, (k, v) -> true))), 413, "too-large");
        error(refused(() -> http.upload("/api/v1/check", "big.txt", big, Map.of())), 413, "too-large");
    }

    /**
     * An answer to an oversize request. The server answers 413 as soon as it sees the declared
     * length and closes the connection without reading the body; now and then the client is still
     * sending then and loses the answer (java.net.http: "header parser received no bytes"), so the
     * request is sent again, up to three times.
     */
    private static HttpResponse<String> refused(java.util.function.Supplier<HttpResponse<String>> request) {
        UncheckedIOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return request.get();
            } catch (UncheckedIOException e) {
                last = e;
            }
        }
        throw last;
    }

    @Test
    void uploadsAreDecodedByTheLoaders() throws IOException {
        JsonNode utf8 = Http.json(http.check(request("text", REPORT, "fileName", "总结.txt")));
        HttpResponse<String> gb = http.upload("/api/v1/check", "总结.txt", REPORT.getBytes(Charset.forName("GB18030")),
                Map.of());
        assertEquals(200, gb.statusCode(), gb.body());
        assertEquals(utf8.get("files"), Http.json(gb).get("files"));
        HttpResponse<String> md = http.upload("/api/v1/check", "a.md", REPORT.getBytes(StandardCharsets.UTF_8),
                Map.of("fileName", "总结.txt", "disabled", "PLACEHOLDER, dup-char"));
        assertEquals(200, md.statusCode(), md.body());
        assertEquals("总结.txt", Http.json(md).at("/files/0/path").asText());
        assertFalse(rules(Http.json(md)).contains("placeholder"));
        HttpResponse<String> docx = http.upload("/api/v1/check?includeText=true", "总结.docx", docx(REPORT), Map.of());
        assertEquals(200, docx.statusCode(), docx.body());
        JsonNode d = Http.json(docx);
        assertTrue(rules(d).contains("placeholder"), docx.body());
        assertTrue(d.at("/files/0/text").asText().contains("推动动产业"), docx.body());
        HttpResponse<String> form = http.upload("/api/v1/check", null, null, Map.of("text", REPORT, "fileName", "总结.txt"));
        assertEquals(200, form.statusCode(), form.body());
        assertEquals(utf8.get("files"), Http.json(form).get("files"));
    }

    @Test
    void badUploadsGetJsonErrors() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        error(http.upload("/api/v1/check", "scan.txt", png, Map.of()), 415, "binary-file");
        error(http.upload("/api/v1/check", "scan.png", png, Map.of()), 415, "unsupported-type");
        error(http.upload("/api/v1/check", "old.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, Map.of()),
                415, "unsupported-type");
        error(http.upload("/api/v1/check", "broken.docx", "不是压缩包".getBytes(StandardCharsets.UTF_8), Map.of()), 422,
                "unreadable");
        error(http.upload("/api/v1/check", "empty.txt", new byte[0], Map.of()), 400, "empty-body");
        error(http.upload("/api/v1/check", null, null, Map.of("fileName", "a.txt")), 400, "missing-file");
        error(http.upload("/api/v1/check", "a.txt", REPORT.getBytes(StandardCharsets.UTF_8), Map.of("reportYear", "x")),
                400, "bad-field");
        error(http.send("POST", "/api/v1/check", "--x\r\nbroken".getBytes(StandardCharsets.UTF_8),
                "multipart/form-data; boundary=x"), 400, "bad-multipart");
    }

    @Test
    void malformedHttpGetsAJsonErrorToo() throws IOException {
        URI base = URI.create(http.base());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\nnot a header\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.contains("application/json"), answer);
            assertTrue(answer.endsWith("{\"code\":\"bad-request\",\"message\":\"请求格式有误\"}"), answer);
        }
    }

    @Test
    void reviewAnswersTheDocumentWithACommentPerFinding() throws Exception {
        HttpResponse<byte[]> r = http.uploadForBytes("/api/v1/review", "2024年总结.docx", docx(REPORT));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("wordprocessingml"), r.headers().toString());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("filename*=UTF-8''"));
        int comments = Integer.parseInt(r.headers().firstValue("X-Gongwen-Comments").orElse("0"));
        assertTrue(comments > 0, "the report has findings");
        String xml = null;
        try (java.util.zip.ZipInputStream z = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(r.body()))) {
            for (java.util.zip.ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().equals("word/comments.xml")) {
                    xml = new String(z.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(xml != null && xml.contains("Gongwen"), "comments by Gongwen in the reviewed copy");
        assertEquals(comments, xml.split("<w:comment ", -1).length - 1);
        error(http.upload("/api/v1/review", "a.txt", REPORT.getBytes(StandardCharsets.UTF_8), Map.of()), 400, "not-docx");
        error(http.postJson("/api/v1/review", "{\"text\":\"x\"}"), 400, "not-multipart");
    }

    @Test
    void unknownPathsAndMethods() {
        error(http.get("/api/v1/nothing"), 404, "not-found");
        error(http.get("/api/v1/check"), 405, "method-not-allowed");
        error(http.send("DELETE", "/api/v1/rules", new byte[0], null), 405, "method-not-allowed");
    }

    @Test
    void rulesCatalogue() {
        HttpResponse<String> r = http.get("/api/v1/rules");
        assertEquals(200, r.statusCode());
        JsonNode rules = Http.json(r).get("rules");
        assertTrue(rules.size() >= 30, r.body());
        Set<String> ids = new HashSet<>();
        for (JsonNode rule : rules) {
            ids.add(rule.get("id").asText());
            assertTrue(rule.get("enabled").asBoolean());
            assertFalse(rule.get("title").asText().isEmpty());
            assertTrue(Set.of("error", "warning", "info").contains(rule.get("severity").asText()));
        }
        assertTrue(ids.containsAll(Set.of("placeholder", "dup-char", "duplicate-ordinal")), ids.toString());
        assertTrue(Http.json(r).get("categories").toString().contains("PLACEHOLDER"));
    }

    @Test
    void metricsInPrometheusFormat() {
        assertEquals(200, http.check(request("text", REPORT)).statusCode());
        error(http.get("/no/such/path/12345"), 404, "not-found");
        HttpResponse<String> r = http.get("/metrics");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String m = r.body();
        assertTrue(m.contains("gongwen_http_requests_total{method=\"POST\",route=\"/api/v1/check\",status=\"200\"} "), m);
        assertTrue(m.contains("route=\"other\",status=\"404\""), m);
        assertFalse(m.contains("12345"), "unknown paths are not labels");
        assertTrue(m.contains("gongwen_errors_total{code=\"not-found\"} "), m);
        assertTrue(m.contains("# TYPE gongwen_check_duration_seconds histogram"), m);
        assertTrue(m.contains("gongwen_checks_in_flight "), m);
        long count = 0;
        for (String line : m.split("\n")) {
            if (line.startsWith("gongwen_check_duration_seconds_count ")) {
                count = Long.parseLong(line.substring(line.indexOf(' ') + 1));
            }
        }
        assertTrue(count >= 1, m);
    }

    @Test
    void openApiDocumentNamesEveryEndpoint() {
        HttpResponse<String> r = http.get("/openapi.json");
        assertEquals(200, r.statusCode());
        JsonNode doc = Http.json(r);
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        for (String path : List.of("/api/v1/check", "/api/v1/review", "/api/v1/rules", "/health", "/ready", "/metrics")) {
            assertTrue(doc.get("paths").has(path), path);
        }
    }

    @Test
    void pageIsServedFromTheJar() {
        HttpResponse<String> page = http.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("公文"), page.body());
        assertFalse(page.body().contains("http://") || page.body().contains("https://"), "no network resources");
        for (String asset : List.of("/page.js", "/page.css")) {
            HttpResponse<String> a = http.get(asset);
            assertEquals(200, a.statusCode(), asset);
            assertFalse(a.body().isBlank(), asset);
            assertFalse(a.body().contains("http://") || a.body().contains("https://"), asset);
        }
    }

    @Test
    void configurationTurnsRulesOffAndARequestOnAgain(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("gongwen.yaml");
        Files.writeString(yaml, "rules:\n  PLACEHOLDER: off\n  dup-char: info\n");
        try (GongwenServer configured = GongwenServer.start(ServerConfig.defaults().withPort(0).withConfig(yaml))) {
            Http h = new Http(configured);
            JsonNode plain = Http.json(h.check(request("text", REPORT)));
            assertFalse(rules(plain).contains("placeholder"), plain.toString());
            for (JsonNode f : plain.at("/files/0/findings")) {
                if (f.get("rule").asText().equals("dup-char")) {
                    assertEquals("info", f.get("severity").asText());
                }
            }
            assertTrue(rules(Http.json(h.check(request("text", REPORT, "enabled", List.of("PLACEHOLDER")))))
                    .contains("placeholder"));
            JsonNode catalogue = Http.json(h.get("/api/v1/rules"));
            for (JsonNode rule : catalogue.get("rules")) {
                assertEquals(!rule.get("category").asText().equals("PLACEHOLDER"), rule.get("enabled").asBoolean(),
                        rule.toString());
            }
        }
    }

    @Test
    void aBrokenConfigurationStopsTheStart(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("gongwen.yaml");
        Files.writeString(yaml, "rules:\n  placeholdr: off\n");
        ServerException e = org.junit.jupiter.api.Assertions.assertThrows(ServerException.class,
                () -> GongwenServer.start(ServerConfig.defaults().withPort(0).withConfig(yaml)));
        assertTrue(e.getMessage().contains("placeholder"), e.getMessage());
    }

    static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
