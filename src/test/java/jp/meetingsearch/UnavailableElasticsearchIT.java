package jp.meetingsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.elasticsearch.LocalNode;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.testsupport.ChildJvm;
import jp.meetingsearch.testsupport.ExtraNode;
import jp.meetingsearch.testsupport.Http;
import org.junit.jupiter.api.Test;

/**
 * The service started while its Elasticsearch is down: it serves health and clear 503s at once, and once the node
 * comes up it creates the indices, loads the sample and answers searches, without being restarted; the same when
 * the node goes away and comes back later.
 */
class UnavailableElasticsearchIT {
    private static final List<String> DATA_PATHS = List.of("/api/search?q=%E5%8D%94%E5%83%8D", "/api/meetings",
            "/api/kwic?q=%E5%8D%94%E5%83%8D", "/api/projects", "/api/projects/yearly", "/api/search.csv");
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void startsWithoutElasticsearchAnswers503AndRecoversWhenItComesBack() throws Exception {
        Path out = Files.createTempFile("serve-unavailable", ".out");
        int apiPort = LocalNode.freePort();
        try (ExtraNode node = ExtraNode.prepare(Map.of())) {
            Map<String, String> env = Map.of("ES_URL", node.url().toString(), "PORT", String.valueOf(apiPort),
                    "INDEX_PREFIX", "t" + UUID.randomUUID().toString().substring(0, 8) + "-",
                    "ES_CONNECT_TIMEOUT_MS", "500", "ES_REQUEST_TIMEOUT_MS", "10000");
            Process serve = ChildJvm.builder(List.of("-Xmx384m"), env, out, "serve").start();
            Http http = new Http(apiPort);
            try {
                // the API is up although nothing listens on the node's port
                HttpResponse<String> health = http.await("/api/health", r -> r.statusCode() != 0,
                        Duration.ofSeconds(60), serve);
                assertEquals(503, health.statusCode(), health.body());
                JsonNode h = mapper.readTree(health.body());
                assertEquals("degraded", h.get("status").asText());
                assertEquals("unreachable", h.get("elasticsearch").asText());
                assertDataRoutesUnavailable(http);

                node.start();
                HttpResponse<String> ok = http.await("/api/health", r -> r.statusCode() == 200,
                        Duration.ofSeconds(120), serve);
                JsonNode healthy = mapper.readTree(ok.body());
                assertEquals(216, healthy.at("/indices/" + env.get("INDEX_PREFIX") + "remarks").asLong(), ok.body());
                HttpResponse<String> search = http.get(DATA_PATHS.get(0));
                assertEquals(200, search.statusCode(), search.body());
                assertTrue(mapper.readTree(search.body()).get("total").asLong() > 0, search.body());

                // gone again while serving, then back: no restart of the service needed
                node.stop();
                http.await("/api/health", r -> r.statusCode() == 503 && r.body().contains("unreachable"),
                        Duration.ofSeconds(30), serve);
                assertDataRoutesUnavailable(http);
                node.start();
                http.await(DATA_PATHS.get(0), r -> r.statusCode() == 200, Duration.ofSeconds(60), serve);
                assertEquals(200, http.get("/api/health").statusCode());
            } finally {
                serve.destroy();
                serve.waitFor(60, TimeUnit.SECONDS);
                serve.destroyForcibly();
            }
            String log = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(log.contains("nothing answers at " + node.url()), log);
            assertTrue(log.contains("Elasticsearch is reachable again"), log);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private void assertDataRoutesUnavailable(Http http) throws Exception {
        for (String path : DATA_PATHS) {
            HttpResponse<String> r = http.get(path, Duration.ofSeconds(15));
            assertEquals(503, r.statusCode(), path + ": " + r.body());
            assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"), path);
            JsonNode body = mapper.readTree(r.body());
            assertEquals("unavailable", body.get("error").asText(), path);
            assertTrue(body.get("message").asText().contains("Elasticsearch"), path + ": " + r.body());
            assertFalse(r.body().contains("Exception"), path + ": " + r.body());
        }
    }
}
