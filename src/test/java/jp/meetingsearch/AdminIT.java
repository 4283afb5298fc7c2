package jp.meetingsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.EsConnection;
import jp.meetingsearch.health.Readiness;
import jp.meetingsearch.http.ApiServer;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.search.SearchSettings;
import jp.meetingsearch.search.SynonymFile;
import jp.meetingsearch.testsupport.ApiContract;
import jp.meetingsearch.testsupport.TestCluster;
import jp.meetingsearch.themes.Taxonomy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write operations of the running service: absent without ADMIN_TOKEN (404), refused without the right bearer
 * token (401), done with it; every other route answers reads only.
 */
class AdminIT {
    private static final String TOKEN = "4f1c9a7e2b8d6035e1a9c4b7d2f80e6a";
    private final TestCluster es = TestCluster.get();
    private final ObjectMapper mapper = es.mapper();
    private final HttpClient http = ApiContract.httpClient();
    private AppConfig dataset;
    private Path themes;
    private Path synonyms;

    @BeforeEach
    void files(@TempDir Path dir) throws Exception {
        dataset = es.newDataset();
        themes = dir.resolve("themes.txt");
        synonyms = dir.resolve("synonyms.txt");
        Files.writeString(themes, "[協働]\nany = 協働\n", StandardCharsets.UTF_8);
        Files.writeString(synonyms, "人材, 人財\n", StandardCharsets.UTF_8);
        new IndexBootstrap(es.client(), IndexDefinitions.load(), new Indices(dataset.indexPrefix())).ensureAll();
    }

    @AfterEach
    void cleanUp() throws Exception {
        es.deleteDataset(dataset.indexPrefix());
    }

    @Test
    void withoutAdminTokenTheWriteRoutesDoNotExist() throws Exception {
        try (Running app = start(null)) {
            for (String action : List.of("reload", "load-sample")) {
                HttpResponse<String> r = post(app, "/api/admin/" + action, "Bearer " + TOKEN);
                assertEquals(404, r.statusCode(), r.body());
                assertEquals("not_found", mapper.readTree(r.body()).get("error").asText());
            }
        }
    }

    @Test
    void aMissingOrWrongTokenIs401AndChangesNothing() throws Exception {
        try (Running app = start(TOKEN)) {
            for (String auth : new String[] {null, "", "Bearer", "Bearer " + TOKEN.substring(0, 31),
                    "Bearer " + TOKEN + "0", "Basic " + TOKEN, "Bearer " + TOKEN.toUpperCase(java.util.Locale.ROOT)}) {
                HttpResponse<String> r = post(app, "/api/admin/load-sample", auth);
                assertEquals(401, r.statusCode(), auth + ": " + r.body());
                assertEquals("unauthorized", mapper.readTree(r.body()).get("error").asText());
                assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
                assertFalse(r.body().contains(TOKEN.substring(0, 8)), r.body());
            }
            assertEquals(0, count("remarks"), "a refused request loaded data");
        }
    }

    @Test
    void theRightTokenReloadsThemesAndSynonymsAndLoadsTheSample() throws Exception {
        try (Running app = start(TOKEN)) {
            JsonNode before = mapper.readTree(ok(post(app, "/api/admin/reload", "Bearer " + TOKEN)));
            assertEquals(1, before.get("themes").asInt());
            assertEquals(2, before.get("synonyms").asInt());
            Files.writeString(themes, "[協働]\nany = 協働\n[防災]\nany = 防災\n", StandardCharsets.UTF_8);
            Files.writeString(synonyms, "人材, 人財\n子ども, 子供\n", StandardCharsets.UTF_8);
            JsonNode after = mapper.readTree(ok(post(app, "/api/admin/reload", "bearer  " + TOKEN)));
            assertEquals(2, after.get("themes").asInt());
            assertEquals(4, after.get("synonyms").asInt());

            // a broken file: 422 with its file and line, the service keeps answering
            Files.writeString(synonyms, "人材, 人財\n子ども,, 子供\n", StandardCharsets.UTF_8);
            HttpResponse<String> broken = post(app, "/api/admin/reload", "Bearer " + TOKEN);
            assertEquals(422, broken.statusCode(), broken.body());
            assertTrue(mapper.readTree(broken.body()).get("message").asText().contains("synonyms.txt:2"), broken.body());

            JsonNode loaded = mapper.readTree(ok(post(app, "/api/admin/load-sample", "Bearer " + TOKEN)));
            assertEquals(1, loaded.get("exit_code").asInt(), "the sample's CP932 list rejects one row on purpose");
            assertEquals(216, count("remarks"));
        }
    }

    @Test
    void noOtherRouteAcceptsAWrite() throws Exception {
        try (Running app = start(TOKEN)) {
            for (String path : List.of("/api/search", "/api/meetings", "/api/projects", "/api/health", "/api/themes",
                    "/api/remarks/x", "/api/admin", "/api/admin/", "/api/admin/delete-all")) {
                for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.base() + path))
                            .header("Authorization", "Bearer " + TOKEN)
                            .method(method, HttpRequest.BodyPublishers.ofString("{}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertTrue(r.statusCode() == 404 || r.statusCode() == 405, method + " " + path + ": "
                            + r.statusCode() + " " + r.body());
                }
            }
        }
    }

    @Test
    void theMethodOverrideHeaderIsIgnored() throws Exception {
        try (Running app = start(TOKEN)) {
            for (String override : List.of("POST", "post", "PUT")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/admin/reload"))
                        .header("Authorization", "Bearer " + TOKEN).header("X-HTTP-Method-Override", override)
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(r.statusCode() == 404 || r.statusCode() == 405, override + ": " + r.statusCode() + " "
                        + r.body());
                assertFalse(r.body().contains("synonyms"), "a GET ran the reload: " + r.body());
            }
            HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/health"))
                    .header("X-HTTP-Method-Override", "DELETE").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, search.statusCode(), "a GET is still a GET: " + search.body());
        }
    }

    /** The app as Main wires it, with this test's dataset, files and token. */
    private Running start(String token) {
        Map<String, String> env = new HashMap<>();
        env.put("ES_URL", es.url().toString());
        env.put("INDEX_PREFIX", dataset.indexPrefix());
        if (token != null) {
            env.put("ADMIN_TOKEN", token);
        }
        AppConfig cfg = AppConfig.from(env);
        EsConnection connection = EsConnection.open(cfg, mapper);
        SearchSettings settings = SearchSettings.of(AppConfig.from(Map.of("SYNONYMS_FILE", synonyms.toString())).search(), 0);
        Taxonomy taxonomy = new Taxonomy(themes);
        SynonymFile synonymFile = ApiServer.Services.synonymFile(settings);
        Javalin app = ApiServer.create(cfg, mapper, ApiServer.Services.forCluster(connection.client(), mapper,
                new Indices(cfg.indexPrefix()), settings, taxonomy, synonymFile), Readiness.READY,
                Main.adminActions(cfg, mapper, connection, taxonomy, synonymFile)).start(0);
        return new Running(app, connection);
    }

    record Running(Javalin app, EsConnection connection) implements AutoCloseable {
        String base() {
            return "http://127.0.0.1:" + app.port();
        }

        @Override
        public void close() {
            app.stop();
            connection.close();
        }
    }

    private HttpResponse<String> post(Running app, String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.base() + path))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private long count(String index) throws Exception {
        es.request("POST", "/" + dataset.indexPrefix() + index + "/_refresh", null);
        return es.request("GET", "/" + dataset.indexPrefix() + index + "/_count", null).get("count").asLong();
    }
}
