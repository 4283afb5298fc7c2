package jp.meetingsearch.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.corpus.GeneratorOptions;
import jp.meetingsearch.corpus.MinutesGenerator;
import jp.meetingsearch.http.ApiServer;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.testsupport.ChildJvm;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loader stopped in the middle of a large load (refresh paused): stopped by a signal it turns refresh back on and
 * says what it loaded; killed outright, {@code /api/health} says that refresh is paused with no load running.
 */
class LoaderInterruptIT {
    private final TestCluster es = TestCluster.get();
    private final AppConfig cfg = es.newDataset();
    private Path corpus;

    @BeforeEach
    void corpus(@TempDir Path dir) throws Exception {
        corpus = dir.resolve("corpus");
        new MinutesGenerator(GeneratorOptions.parse("--remarks", "6000", "--seed", "31", "--out", corpus.toString()))
                .writeTo(corpus);
    }

    @AfterEach
    void cleanUp() throws Exception {
        es.deleteDataset(cfg.indexPrefix());
    }

    @Test
    void aLoaderStoppedBySignalTurnsRefreshBackOnAndPrintsWhatItLoaded() throws Exception {
        Path out = Files.createTempFile("loader-stopped", ".out");
        Process loader = startedAndIndexing(out);
        try {
            assertEquals("-1", refreshInterval("remarks"), "a load of this size pauses refresh");
            assertEquals(200, health().statusCode(), "a running load is not a problem: " + health().body());
            // what Ctrl-C sends a process in a terminal; SIGINT itself is ignored by processes that a
            // non-interactive shell starts in the background, SIGTERM runs the same shutdown hooks
            loader.destroy();
            assertTrue(loader.waitFor(60, TimeUnit.SECONDS), "the loader did not stop");
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(printed.contains("stopped before the end of the input"), printed);
            assertTrue(printed.contains("fully loaded ("), printed);
            assertTrue(printed.matches("(?s).*documents: \\d+ new.*"), printed);
            for (String index : List.of("remarks", "meetings", "projects")) {
                assertEquals("1s", refreshInterval(index), index + " left without refresh:\n" + printed);
            }
            HttpResponse<String> health = health();
            assertEquals(200, health.statusCode(), health.body());
            System.out.printf("interrupt: a loader stopped by SIGTERM %s; refresh back to 1s on all three indices, "
                    + "health 200%n", printed.lines().filter(l -> l.startsWith("fully loaded (")
                    || l.startsWith("documents:")).toList());
        } finally {
            loader.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            Files.deleteIfExists(out);
        }
    }

    @Test
    void healthIsDegradedWhileRefreshIsPausedByALoadThatWasKilled() throws Exception {
        Path out = Files.createTempFile("loader-killed", ".out");
        Process loader = startedAndIndexing(out);
        try {
            loader.destroyForcibly();
            assertTrue(loader.waitFor(30, TimeUnit.SECONDS));
            assertEquals("-1", refreshInterval("remarks"), "killed: nothing could turn refresh back on");
            HttpResponse<String> health = health();
            assertEquals(503, health.statusCode(), health.body());
            JsonNode body = es.mapper().readTree(health.body());
            assertEquals("degraded", body.get("status").asText());
            assertTrue(body.get("reasons").toString().contains("refresh is paused on " + cfg.indexPrefix()
                    + "remarks"), body.toString());
            assertTrue(body.get("reasons").toString().contains("no load is running"), body.toString());
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** A loader of the corpus in a JVM of its own, once it has indexed its first remarks. */
    private Process startedAndIndexing(Path out) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("ES_URL", es.url().toString());
        env.put("INDEX_PREFIX", cfg.indexPrefix());
        env.put("BULK_MAX_MB", "1");
        env.put("BULK_CONCURRENCY", "1");
        Process loader = ChildJvm.builder(List.of(), env, out, "load-minutes", corpus.toString()).start();
        awaitIndexed(loader, 300);
        return loader;
    }

    /** Waits until the loader has indexed this many remarks (the index's indexing count, refresh or not). */
    private void awaitIndexed(Process loader, long remarks) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertTrue(loader.isAlive(), "the loader ended before it was stopped");
            try {
                JsonNode stats = es.request("GET", "/" + cfg.indexPrefix() + "remarks/_stats/indexing", null);
                if (stats.at("/_all/primaries/indexing/index_total").asLong() >= remarks) {
                    return;
                }
            } catch (java.io.IOException notCreatedYet) {
                // the loader creates the indices first
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the loader did not index " + remarks + " remarks in time");
    }

    private String refreshInterval(String index) throws Exception {
        JsonNode s = es.request("GET", "/" + cfg.indexPrefix() + index + "/_settings/index.refresh_interval", null);
        return s.elements().next().at("/settings/index/refresh_interval").asText();
    }

    private HttpResponse<String> health() throws Exception {
        Javalin app = ApiServer.create(cfg, es.mapper(), ApiServer.Services.forCluster(es.client(), es.mapper(),
                new Indices(cfg.indexPrefix()), cfg)).start(0);
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            app.stop();
        }
    }
}
