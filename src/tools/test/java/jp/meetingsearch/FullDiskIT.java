package jp.meetingsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.corpus.GeneratorOptions;
import jp.meetingsearch.corpus.MinutesGenerator;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.elasticsearch.EsConnection;
import jp.meetingsearch.elasticsearch.WritesBlockedException;
import jp.meetingsearch.health.Readiness;
import jp.meetingsearch.http.ApiServer;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.ingest.BulkOp;
import jp.meetingsearch.ingest.BulkWriter;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.loaders.Loaders;
import jp.meetingsearch.search.SearchSettings;
import jp.meetingsearch.search.SynonymFile;
import jp.meetingsearch.testsupport.ChildJvm;
import jp.meetingsearch.testsupport.ExtraNode;
import jp.meetingsearch.themes.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, as Elasticsearch's own disk check sees it on a node of the test's own: the flood-stage watermark is
 * set in free bytes beyond what the disk has, so the real check trips and makes the indices read-only. A loader then
 * stops at once naming the disk, health is degraded with the reason, and the admin sample load answers an error.
 */
class FullDiskIT {
    private static final String TOKEN = "9d2e7c41a0b83f56c1e4a7d9b2f03e68";
    private final ObjectMapper mapper = Json.newMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aDiskPastTheFloodStageStopsLoadsAtOnceAndShowsInHealth(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        new MinutesGenerator(GeneratorOptions.parse("--remarks", "1000", "--seed", "5", "--out", corpus.toString()))
                .writeTo(corpus);
        // the disk is checked every 10 s (the shortest interval Elasticsearch allows)
        try (ExtraNode node = ExtraNode.start(Map.of("cluster.info.update.interval", "10s"))) {
            AppConfig cfg = AppConfig.from(Map.of("ES_URL", node.url().toString(), "INDEX_PREFIX", "disk-",
                    "ADMIN_TOKEN", TOKEN));
            Path sample = Path.of(System.getProperty("project.basedir", ".")).resolve("loaders/sample/minutes");
            assertEquals(0, load(cfg, sample));
            fillTheDisk(cfg);

            // a loader stops at once, names the disk, and reports no document one by one
            long t0 = System.nanoTime();
            ChildJvm.Result run = ChildJvm.run(List.of(), Map.of("ES_URL", node.url().toString(), "INDEX_PREFIX",
                    "disk-"), Duration.ofMinutes(3), "load-minutes", corpus.toString());
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            assertEquals(3, run.exitCode(), run.output());
            assertTrue(run.output().contains("flood-stage watermark"), run.output());
            assertTrue(run.output().contains(node.dataDir().resolve("data").toString()), run.output());
            assertFalse(run.output().contains("refused (429)"), run.output());
            assertTrue(run.output().lines().count() < 30, run.output());

            // a load that meets the block mid-way stops at the first refused request, without retries
            try (var client = EsClients.create(node.url(), cfg, mapper)) {
                List<BulkOp> ops = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    ops.add(BulkOp.index("disk-remarks", "x" + i, "{\"id\":\"x" + i + "\"}", "f.txt",
                            "f.txt:" + i));
                }
                long w0 = System.nanoTime();
                WritesBlockedException e = assertThrows(WritesBlockedException.class,
                        () -> new BulkWriter(client, mapper, 1 << 20, null, null).write(ops));
                assertTrue(Duration.ofNanos(System.nanoTime() - w0).toSeconds() < 5, "retried");
                assertTrue(e.getMessage().contains("flood-stage"), e.getMessage());
            }

            try (EsConnection es = EsConnection.open(cfg, mapper)) {
                Javalin app = service(cfg, es, dir);
                try {
                    HttpResponse<String> health = get(app, "/api/health");
                    assertEquals(503, health.statusCode(), health.body());
                    JsonNode h = mapper.readTree(health.body());
                    assertEquals("degraded", h.get("status").asText());
                    assertTrue(h.get("reasons").toString().contains("refuses writes"), health.body());
                    assertTrue(h.get("reasons").toString().contains("flood-stage"), health.body());

                    HttpResponse<String> admin = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + app.port() + "/api/admin/load-sample")).header("Authorization", "Bearer " + TOKEN)
                            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(503, admin.statusCode(), admin.body());
                    assertTrue(admin.body().contains("flood-stage"), admin.body());
                    System.out.printf("full disk: the loader exited 3 in %.1f s with %d lines of output naming the "
                            + "disk; health 503 degraded; admin load-sample 503; the loader said:%n%s%n",
                            took.toMillis() / 1e3, run.output().lines().count(), run.output());
                } finally {
                    app.stop();
                }
            }
        }
    }

    private int load(AppConfig cfg, Path input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            return Loaders.loadMinutes(new String[] {input.toString()}, cfg, mapper, p, p, null);
        }
    }

    /**
     * Watermarks in free bytes far beyond any disk: the node's next disk check finds its disk past the flood stage
     * and makes the indices read-only, as it does when a disk really fills.
     */
    private void fillTheDisk(AppConfig cfg) throws Exception {
        try (var client = EsClients.create(cfg.esUrl().orElseThrow(), cfg, mapper)) {
            Request put = new Request("PUT", "/_cluster/settings");
            put.setJsonEntity("""
                    {"persistent":{"cluster.routing.allocation.disk.watermark.low":"1000tb",
                     "cluster.routing.allocation.disk.watermark.high":"1000tb",
                     "cluster.routing.allocation.disk.watermark.flood_stage":"1000tb"}}""");
            EsClients.perform(client, put);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (Instant.now().isBefore(deadline)) {
                String blocks = EsClients.perform(client, new Request("GET", "/disk-remarks/_settings/index.blocks.*"));
                if (blocks.contains("read_only_allow_delete")) {
                    return;
                }
                Thread.sleep(500);
            }
            throw new AssertionError("the node never flagged its disk: are disk thresholds disabled?");
        }
    }

    private Javalin service(AppConfig cfg, EsConnection es, Path dir) throws Exception {
        SearchSettings settings = SearchSettings.DEFAULT;
        Taxonomy taxonomy = new Taxonomy(Path.of(Taxonomy.DEFAULT_FILE));
        SynonymFile synonyms = ApiServer.Services.synonymFile(settings);
        return ApiServer.create(cfg, mapper, ApiServer.Services.forCluster(es.client(), mapper,
                new Indices(cfg.indexPrefix()), settings, taxonomy, synonyms), Readiness.READY,
                Main.adminActions(cfg, mapper, es, taxonomy, synonyms)).start(0);
    }

    private HttpResponse<String> get(Javalin app, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
