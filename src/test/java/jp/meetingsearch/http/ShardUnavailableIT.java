package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import jp.meetingsearch.analytics.AnalyticsFixture;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.WholeCount;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.search.SearchSettings;
import jp.meetingsearch.testsupport.ApiContract;
import jp.meetingsearch.testsupport.TestCluster;
import jp.meetingsearch.themes.Taxonomy;
import org.junit.jupiter.api.Test;

/**
 * The API while a shard of the remarks has no copy (its only copy may go to no node, as while a node is down): the
 * shards that answer hold part of the remarks, and no answer is given from part of them.
 */
class ShardUnavailableIT {
    private static final TestCluster ES = TestCluster.get();
    private static final HttpClient HTTP = ApiContract.httpClient();
    private static final List<String> PATHS = List.of("/api/search?q=%E5%8D%94%E5%83%8D",
            "/api/search?q=%E5%8D%94%E5%83%8D&facets=exact", "/api/themes", "/api/themes/matrix?by=role",
            "/api/roles", "/api/kwic?q=%E5%8D%94%E5%83%8D", "/api/search.csv?q=%E5%8D%94%E5%83%8D",
            "/api/keywords?fg=role_group:member", "/api/speakers?prefix=%E4%BD%90",
            "/api/roles/%E5%A7%94%E5%93%A1/keywords");
    /**
     * Refused too; checked only then: once the shard is back, this test's alias holds every remark twice in two
     * indices (co-occurring words analyse their words on the alias's one index; a meeting would list each remark twice).
     */
    private static final List<String> WHILE_AWAY = List.of("/api/cooccurrence?q=%E5%8D%94%E5%83%8D",
            "/api/meetings/fx-2020-1", "/api/remarks/fx-2020-1-001?context=2");

    @Test
    void searchesAndCountsAreRefusedNotAnsweredFromTheShardsThatRemain() throws Exception {
        AppConfig cfg = ES.newDataset();
        AnalyticsFixture.index(ES, cfg, AnalyticsFixture.ndjson(ES.mapper(), "analytics/remarks.ndjson"),
                AnalyticsFixture.ndjson(ES.mapper(), "analytics/meetings.ndjson"));
        Indices indices = new Indices(cfg.indexPrefix());
        String alias = indices.alias(IndexName.REMARKS);
        String away = alias + "-away";
        SearchSettings settings = SearchSettings.DEFAULT;
        Javalin app = ApiServer.create(cfg, ES.mapper(), ApiServer.Services.forCluster(ES.client(), ES.mapper(),
                indices, settings, new Taxonomy(java.nio.file.Path.of(System.getProperty("project.basedir", "."))
                        .resolve("mappings/themes.txt")), ApiServer.Services.synonymFile(settings))).start(0);
        try {
            for (String path : java.util.stream.Stream.concat(PATHS.stream(), WHILE_AWAY.stream()).toList()) {
                assertEquals(200, get(app, path).statusCode(), path + " before the shard goes away");
            }
            long remarks = WholeCount.of(ES.client(), c -> c.index(alias));
            // a copy of the remarks index (same mappings and analysis) whose only shard may go to no node
            ES.addUnavailableCopy(alias);
            for (String path : java.util.stream.Stream.concat(PATHS.stream(), WHILE_AWAY.stream()).toList()) {
                HttpResponse<String> r = get(app, path);
                assertEquals(503, r.statusCode(), path + ": " + r.body());
                JsonNode body = ES.mapper().readTree(r.body());
                assertEquals("data_unavailable", body.get("error").asText(), path);
                assertEquals("5", r.headers().firstValue("Retry-After").orElse(""), path);
                assertTrue(body.get("message").asText().contains("part of the data"), path + ": " + r.body());
                assertFalse(r.body().contains("Exception"), "no Elasticsearch internals: " + r.body());
            }
            // _count has no allow_partial_search_results: a count that decides something (whether an index is empty,
            // whether a word fills a page, the size a sample is taken from) is refused instead of taken in part
            assertThrows(WholeCount.ShardsFailedException.class, () -> WholeCount.of(ES.client(), c -> c.index(alias)));
            JsonNode health = ES.mapper().readTree(get(app, "/api/health").body());
            assertEquals("degraded", health.get("status").asText(), health.toString());
            assertTrue(health.get("reasons").toString().contains("1 of 2 shards did not answer"), health.toString());
            ES.request("PUT", "/" + away + "/_settings", "{\"index.routing.allocation.require._name\":null}");
            ES.request("GET", "/_cluster/health/" + away + "?wait_for_status=yellow&timeout=30s", null);
            for (String path : PATHS) {
                assertEquals(200, get(app, path).statusCode(), path + " once the shard is back");
            }
            assertEquals(2 * remarks, WholeCount.of(ES.client(), c -> c.index(alias)), "the copy counts in full");
        } finally {
            app.stop();
            ES.request("DELETE", "/" + away + "?ignore_unavailable=true", null);
            ES.deleteDataset(cfg.indexPrefix());
        }
    }

    private static HttpResponse<String> get(Javalin app, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
