package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.elasticsearch.LocalNode;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.testsupport.ApiContract;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.Test;

class HealthIT {
    private final TestCluster es = TestCluster.get();
    private final HttpClient http = ApiContract.httpClient();

    @Test
    void okWithTheThreeAliasesAndTheirCounts() throws Exception {
        AppConfig cfg = es.newDataset();
        Indices indices = new Indices(cfg.indexPrefix());
        new IndexBootstrap(es.client(), IndexDefinitions.load(), indices).ensureAll();
        es.request("PUT", "/" + indices.alias(jp.meetingsearch.index.IndexName.PROJECTS) + "/_doc/p1?refresh=true",
                "{\"id\":\"p1\",\"name\":\"協働事業\",\"fiscal_year\":2021}");
        try {
            JsonNode body = get(cfg, es.client(), 200);
            assertEquals("ok", body.get("status").asText());
            assertTrue(body.get("elasticsearch").asText().matches("green|yellow"));
            assertEquals(0, body.at("/indices/" + cfg.indexPrefix() + "remarks").asLong(-1));
            assertEquals(0, body.at("/indices/" + cfg.indexPrefix() + "meetings").asLong(-1));
            assertEquals(1, body.at("/indices/" + cfg.indexPrefix() + "projects").asLong(-1));
        } finally {
            es.deleteDataset(cfg.indexPrefix());
        }
    }

    @Test
    void degradedWhenTheIndicesAreMissing() throws Exception {
        JsonNode body = get(es.newDataset(), es.client(), 503);
        assertEquals("degraded", body.get("status").asText());
        assertTrue(body.get("elasticsearch").asText().matches("green|yellow"));
    }

    @Test
    void degradedAnd503WhenElasticsearchIsUnreachable() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("ES_URL", "http://127.0.0.1:" + LocalNode.freePort());
        env.put("ES_CONNECT_TIMEOUT_MS", "500");
        AppConfig cfg = AppConfig.from(env);
        try (ElasticsearchClient dead = EsClients.create(cfg.esUrl().orElseThrow(), cfg, es.mapper())) {
            JsonNode body = get(cfg, dead, 503);
            assertEquals("degraded", body.get("status").asText());
            assertEquals("unreachable", body.get("elasticsearch").asText());
        }
    }

    @Test
    void unknownPathsAnswerJson404() throws Exception {
        AppConfig cfg = es.newDataset();
        Javalin app = TestApp.start(cfg, es.mapper(), TestApp.services(cfg, es.client()));
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + app.port() + "/api/nothing-here")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode());
            JsonNode body = es.mapper().readTree(r.body());
            assertEquals("not_found", body.get("error").asText());
            assertFalse(r.body().contains("Exception"));
        } finally {
            app.stop();
        }
    }

    private JsonNode get(AppConfig cfg, ElasticsearchClient client, int expectedStatus) throws Exception {
        Javalin app = TestApp.start(cfg, es.mapper(), TestApp.services(cfg, client));
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + app.port() + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(expectedStatus, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
            return es.mapper().readTree(r.body());
        } finally {
            app.stop();
        }
    }
}
