package jp.meetingsearch.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.search.FixedThemes;
import jp.meetingsearch.search.SearchSettings;
import jp.meetingsearch.search.Synonyms;
import jp.meetingsearch.testsupport.ApiContract;
import jp.meetingsearch.testsupport.TestCluster;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * The fixture corpus of src/test/resources/search in a fresh dataset, served by the real application with the
 * shipped synonyms file and two test themes (子育て, 防災).
 */
final class SearchFixture implements AutoCloseable {
    static final String M1 = "2020-11-10-s2-aaaa0001";
    static final String M2 = "2021-12-21-s3-aaaa0002";
    static final String M3 = "2021-07-15-s1-bbbb0003";
    static final String M4 = "2023-02-14-s1-bbbb0004";

    final TestCluster es = TestCluster.get();
    final AppConfig cfg;
    final Javalin app;
    private final HttpClient http = ApiContract.httpClient();

    /** The id of remark {@code order} of a meeting. */
    static String r(String meeting, int order) {
        return meeting + "-%04d".formatted(order);
    }

    SearchFixture(Map<String, String> settings) throws IOException {
        this(settings, 0);
    }

    /** With search facets that sample about {@code facetSample} remarks from a larger index. */
    SearchFixture(Map<String, String> settings, int facetSample) throws IOException {
        this(settings, facetSample, 1);
    }

    /**
     * With the fixture's remarks indexed {@code copies} times (a copy's id ends in {@code -c} and its number; the
     * first copy keeps the fixture's ids), for searches whose answers depend on the size of the index.
     */
    SearchFixture(Map<String, String> settings, int facetSample, int copies) throws IOException {
        cfg = es.newDataset();
        Indices indices = new Indices(cfg.indexPrefix());
        new IndexBootstrap(es.client(), IndexDefinitions.load(), indices).ensureAll();
        bulk(indices.alias(IndexName.MEETINGS), "meetings.ndjson", 1);
        bulk(indices.alias(IndexName.REMARKS), "remarks.ndjson", copies);
        Path synonymsFile = project().resolve("mappings/synonyms.txt");
        Synonyms synonyms = Synonyms.parse(Files.readAllLines(synonymsFile), synonymsFile.toString());
        app = TestApp.start(cfg, es.mapper(), TestApp.services(cfg, es.client(),
                FixedThemes.of("子育て", "子育て", "防災", "防災"), synonyms,
                SearchSettings.of(AppConfig.from(settings).search(), facetSample)));
    }

    SearchFixture() throws IOException {
        this(Map.of());
    }

    static Path project() {
        return Path.of(System.getProperty("project.basedir", "."));
    }

    private void bulk(String alias, String file, int copies) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String line : Files.readAllLines(project().resolve("src/test/resources/search").resolve(file))) {
            if (line.isBlank()) {
                continue;
            }
            for (int c = 0; c < copies; c++) {
                com.fasterxml.jackson.databind.node.ObjectNode doc =
                        (com.fasterxml.jackson.databind.node.ObjectNode) es.mapper().readTree(line);
                String id = doc.get("id").asText() + (c == 0 ? "" : "-c" + c);
                doc.put("id", id);
                body.append("{\"index\":{\"_id\":\"").append(id).append("\"}}\n").append(doc).append('\n');
            }
        }
        Request r = new Request("POST", "/" + alias + "/_bulk?refresh=true");
        r.setEntity(new StringEntity(body.toString(), ContentType.create("application/x-ndjson", StandardCharsets.UTF_8)));
        JsonNode answer = es.mapper().readTree(EsClients.perform(es.client(), r));
        if (answer.path("errors").asBoolean(true)) {
            throw new IllegalStateException("fixture not indexed: " + answer);
        }
    }

    /** GET with raw (already encoded) path and query. */
    HttpResponse<String> getRaw(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** GET with parameters given as name, value, name, value …, encoded here. */
    HttpResponse<String> get(String path, String... params) throws IOException, InterruptedException {
        return getRaw(path + query(params));
    }

    static String query(String... params) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < params.length; i += 2) {
            q.append(i == 0 ? '?' : '&').append(URLEncoder.encode(params[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    /** GET that must answer 200; the JSON body. */
    JsonNode ok(String path, String... params) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path, params);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + query(params) + " answered " + r.statusCode() + ": " + r.body());
        }
        return es.mapper().readTree(r.body());
    }

    /** The ids of the hits of a search answer, in order. */
    static List<String> ids(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.get("hits").forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    @Override
    public void close() throws IOException {
        app.stop();
        es.deleteDataset(cfg.indexPrefix());
    }
}
