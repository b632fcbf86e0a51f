package io.github.gongwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongwen.Checker;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /api/v1/check answers every seed report exactly as the command line's JSON report (compared as text). */
class SeedsTest {
    static GongwenServer server;
    static Http http;
    static List<Seeds.Seed> seeds;

    @BeforeAll
    static void start() throws Exception {
        server = GongwenServer.start(ServerConfig.defaults().withPort(0));
        http = new Http(server);
        seeds = Seeds.all(Checker.builder().build());
        assertTrue(seeds.size() >= 5, "seed reports in " + Seeds.dir());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void jsonRequestsGiveTheCommandLinesJson() {
        for (Seeds.Seed s : seeds) {
            HttpResponse<String> r = http.check(Map.of("text", s.text(), "fileName", s.name()));
            assertEquals(200, r.statusCode(), r.body());
            assertFalse(Http.json(r).at("/files/0/findings").isEmpty(), s.name());
            assertEquals(s.expected(), r.body(), s.name());
        }
    }

    @Test
    void uploadsGiveTheCommandLinesJson() {
        for (Seeds.Seed s : seeds) {
            HttpResponse<String> r = http.upload("/api/v1/check", s.path().getFileName().toString(), s.bytes(),
                    Map.of("fileName", s.name()));
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(s.expected(), r.body(), s.name());
        }
    }
}
