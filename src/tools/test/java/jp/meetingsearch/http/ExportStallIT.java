package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.corpus.GeneratorOptions;
import jp.meetingsearch.corpus.MinutesGenerator;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.loaders.Loaders;
import jp.meetingsearch.testsupport.RawHttp;
import jp.meetingsearch.testsupport.StallingProxy;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports when Elasticsearch stalls half-way (a relay in front of the real node stops passing its answers): the
 * client can always tell that it did not get everything, and an export that finishes is one consistent snapshot.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ExportStallIT {
    private final TestCluster es = TestCluster.get();
    private final AppConfig dataset = es.newDataset();
    private final HttpClient http = HttpClient.newHttpClient();
    private StallingProxy proxy;
    private Javalin app;
    private ElasticsearchClient client;

    @BeforeAll
    void load(@TempDir Path dir) throws Exception {
        new MinutesGenerator(GeneratorOptions.parse("--remarks", "2500", "--seed", "12", "--out", dir.toString()))
                .writeTo(dir);
        // the generator's answer key (.expected-counts.json) lies beside the minutes, hidden: the loader leaves it out
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // the load is set-up, not the subject: patient with a machine that runs other builds
        AppConfig patient = AppConfig.from(Map.of("ES_URL", es.url().toString(), "INDEX_PREFIX", dataset.indexPrefix(),
                "ES_REQUEST_TIMEOUT_MS", "180000"));
        try (PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            assertEquals(0, Loaders.loadMinutes(new String[] {dir.toString()}, patient, es.mapper(), p, p, null),
                    out.toString());
        }
        proxy = new StallingProxy(es.url());
    }

    @AfterAll
    void unload() throws Exception {
        proxy.close();
        es.deleteDataset(dataset.indexPrefix());
    }

    @AfterEach
    void stopApp() throws IOException {
        proxy.resume();
        if (app != null) {
            app.stop();
            client.close();
        }
    }

    /** The API reading Elasticsearch through the relay, with this request timeout. */
    private void start(Duration requestTimeout) {
        Map<String, String> env = new HashMap<>();
        env.put("ES_URL", proxy.url().toString());
        env.put("INDEX_PREFIX", dataset.indexPrefix());
        env.put("ES_CONNECT_TIMEOUT_MS", "1000");
        env.put("ES_REQUEST_TIMEOUT_MS", String.valueOf(requestTimeout.toMillis()));
        AppConfig cfg = AppConfig.from(env);
        client = EsClients.create(proxy.url(), cfg, es.mapper());
        app = ApiServer.create(cfg, es.mapper(), ApiServer.Services.forCluster(client, es.mapper(),
                new Indices(cfg.indexPrefix()), cfg)).start(0);
    }

    private HttpResponse<InputStream> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    /** Reads the body to its end; a body cut off throws, and what came before it is in {@code received}. */
    private static void readAll(InputStream in, ByteArrayOutputStream received) throws IOException {
        try (in) {
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) >= 0) {
                received.write(buf, 0, n);
            }
        }
    }

    @Test
    void aCsvExportCutOffByAStallEndsAsAnIncompleteTransferWithNothingAppended() throws Exception {
        start(Duration.ofMillis(2000));
        long t0 = System.nanoTime();
        try (RawHttp r = new RawHttp(app.port(), "/api/search.csv?sort=date")) {
            // the headers come with the first rows; the next pages are still to be read from Elasticsearch
            proxy.stall();
            assertEquals(200, r.status());
            long promised = Long.parseLong(r.header("X-Export-Count"));
            RawHttp.Body body = r.body();
            assertEquals("chunked", r.header("Transfer-Encoding"));
            assertFalse(body.complete(), "the chunked body must not end properly: no client could tell");
            String text = body.text();
            long rows = text.lines().filter(l -> l.matches("^\\d{4}-\\d{2}-\\d{2}-.*")).count();
            assertTrue(rows > 0 && rows < promised, rows + " of " + promised);
            assertFalse(text.contains("{\"error\""), "an error written into the CSV would pass for data");
            assertTrue(text.endsWith("\r\n"), "the last row is whole: " + text.substring(text.length() - 80));
            System.out.printf("export stall: CSV cut off after %d of %d rows in %.1f s, chunked body unterminated%n",
                    rows, promised, (System.nanoTime() - t0) / 1e9);
        }
    }

    @Test
    void anNdjsonExportCutOffByAStallEndsWithAnErrorLineAndAnIncompleteTransfer() throws Exception {
        start(Duration.ofMillis(2000));
        try (RawHttp r = new RawHttp(app.port(), "/api/search.ndjson?sort=date")) {
            proxy.stall();
            assertEquals(200, r.status());
            long promised = Long.parseLong(r.header("X-Export-Count"));
            RawHttp.Body body = r.body();
            assertFalse(body.complete());
            List<String> lines = body.text().lines().toList();
            JsonNode last = es.mapper().readTree(lines.getLast());
            assertEquals("export_incomplete", last.path("error").asText(), lines.getLast());
            assertFalse(last.has("id"));
            assertEquals(lines.size() - 1, last.path("exported").asLong());
            assertEquals(promised, last.path("expected").asLong());
            assertTrue(last.path("message").asText().contains("of " + promised + " remarks"), last.toString());
            for (String line : lines.subList(0, lines.size() - 1)) {
                assertTrue(es.mapper().readTree(line).has("id"), line);
            }
        }
    }

    @Test
    void anExportIsOneSnapshotEvenWhenRemarksAreDeletedWhileItRuns() throws Exception {
        start(Duration.ofSeconds(20));
        // the newest meeting comes last in date order: its remarks are deleted while the first pages are out
        JsonNode newest = es.request("POST", "/" + dataset.indexPrefix() + "remarks/_search", """
                {"size":0,"aggs":{"m":{"terms":{"field":"meeting_id","order":{"d":"desc"},"size":1},
                 "aggs":{"d":{"max":{"field":"meeting_date"}}}}}}""").at("/aggregations/m/buckets/0");
        String meeting = newest.get("key").asText();
        JsonNode ids = es.request("POST", "/" + dataset.indexPrefix() + "remarks/_search",
                "{\"size\":1000,\"_source\":false,\"query\":{\"term\":{\"meeting_id\":\"" + meeting + "\"}}}")
                .at("/hits/hits");
        HttpResponse<InputStream> r = get("/api/search.ndjson?sort=date");
        proxy.stall();
        StringBuilder bulk = new StringBuilder();
        ids.forEach(h -> bulk.append("{\"delete\":{\"_index\":\"").append(dataset.indexPrefix())
                .append("remarks\",\"_id\":\"").append(h.get("_id").asText()).append("\"}}\n"));
        es.request("POST", "/_bulk?refresh=true", bulk.toString());
        proxy.resume();
        assertEquals(200, r.statusCode());
        long promised = Long.parseLong(r.headers().firstValue("X-Export-Count").orElseThrow());
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        readAll(r.body(), received);
        List<String> lines = received.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(promised, lines.size(), "the rows the headers announced, no more, no less");
        Set<String> seen = new HashSet<>();
        List<String> ofDeleted = new ArrayList<>();
        for (String line : lines) {
            JsonNode row = es.mapper().readTree(line);
            assertTrue(seen.add(row.get("id").asText()), "twice: " + row.get("id"));
            if (meeting.equals(row.at("/meeting/id").asText())) {
                ofDeleted.add(row.get("id").asText());
            }
        }
        assertEquals(ids.size(), ofDeleted.size(), "the snapshot still has the meeting deleted after it began");
    }
}
