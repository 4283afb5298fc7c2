package jp.meetingsearch.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.http.ApiServer;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.testsupport.LocalCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service and the loader on a real cluster of three nodes started from the same distribution on this
 * machine, indices with one replica: while a large load runs, one data node is killed (SIGKILL) and later started
 * again on its data. The loader carries on (requests cut by the kill go to the other nodes again), exits 0, and
 * the dataset equals a clean load of the same files: the same ids, the same documents. Searches through the API
 * answer all the while, also while the cluster is yellow.
 */
@Tag("scale")
class ClusterFailoverIT {
    private static final int REMARKS = Integer.getInteger("cluster.remarks", 100_000);
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void aNodeKilledDuringALoadLosesNothingAndSearchesGoOn(@TempDir Path dir) throws Exception {
        Path corpus = Datasets.corpus(dir, REMARKS, 21);
        try (LocalCluster cluster = LocalCluster.start(3)) {
            AppConfig loaded = dataset(cluster, "cluster-", "1");
            ElasticsearchClient client = EsClients.create(loaded.esNodes(), loaded, mapper);
            Indices indices = new Indices(loaded.indexPrefix());
            new IndexBootstrap(client, IndexDefinitions.load(), indices, loaded.scale()).ensureAll();
            awaitStatus(client, "green", Duration.ofMinutes(3));
            Javalin api = ApiServer.create(loaded, mapper, ApiServer.Services.forCluster(client, mapper, indices,
                    loaded)).start(0);
            Searches searches = new Searches(api.port(), client);
            CompletableFuture<Void> searching = CompletableFuture.runAsync(searches::run);
            try {
                CompletableFuture<Datasets.Run> load = CompletableFuture.supplyAsync(
                        () -> load(loaded, corpus));
                long killedAt = awaitIndexed(client, "cluster-remarks", REMARKS / 3, load);
                cluster.node(1).kill();
                Instant killed = Instant.now();
                awaitExactly(client, "yellow", Duration.ofMinutes(2));
                long restartAt = awaitIndexed(client, "cluster-remarks", 2L * REMARKS / 3, load);
                int whileYellow = searches.yellow();
                cluster.node(1).start();
                Duration down = Duration.between(killed, Instant.now());
                Datasets.Run run = load.get(20, TimeUnit.MINUTES);
                assertEquals(0, run.code(), run.out() + run.err());
                awaitStatus(client, "green", Duration.ofMinutes(5));
                searches.stop();
                searching.get(1, TimeUnit.MINUTES);
                assertEquals(List.of(), searches.failures(), "searches that did not answer 200");
                assertTrue(searches.yellow() >= 5, "too few searches while the cluster was yellow: "
                        + searches.yellow());

                AppConfig clean = dataset(cluster, "clean-", "0");
                Datasets.Run reference = load(clean, corpus);
                assertEquals(0, reference.code(), reference.out() + reference.err());
                Datasets.assertSameDocuments(client, "cluster-", "clean-", mapper);
                assertEquals(REMARKS, documents(client, "cluster-remarks").size());
                System.out.printf("cluster: 3 nodes, 1 replica; node-2 killed after %,d of %,d remarks were "
                        + "indexed, started again after %,d (%d s down); the loader exited 0 (%s); %d searches, %d of "
                        + "them while the cluster was yellow, all answered; the dataset equals a clean load: %,d "
                        + "remarks, same ids and documents%n", killedAt, REMARKS, restartAt, down.toSeconds(),
                        retried(run.out()), searches.total(), whileYellow, REMARKS);
            } finally {
                searches.stop();
                api.stop();
                client.close();
            }
        }
    }

    /** Searches through the API every 200 ms, noting each answer and the cluster's status at the time. */
    private final class Searches {
        private final HttpClient http = HttpClient.newHttpClient();
        private final int port;
        private final ElasticsearchClient client;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<String> failures = new ArrayList<>();
        private int total;
        private int yellow;

        Searches(int port, ElasticsearchClient client) {
            this.port = port;
            this.client = client;
        }

        void run() {
            String[] paths = {"/api/search?size=5&q=" + URLEncoder.encode("地域", StandardCharsets.UTF_8),
                "/api/themes", "/api/search?size=5&facets=false&q=" + URLEncoder.encode("防災", StandardCharsets.UTF_8)};
            while (running.get()) {
                String path = paths[total % paths.length];
                try {
                    String status = client.cluster().health().status().jsonValue();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    synchronized (this) {
                        total++;
                        if ("yellow".equalsIgnoreCase(status)) {
                            yellow++;
                        }
                        if (r.statusCode() != 200) {
                            failures.add(path + " → " + r.statusCode() + " " + r.body());
                        }
                    }
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    synchronized (this) {
                        total++;
                        failures.add(path + " → " + e);
                    }
                }
            }
        }

        void stop() {
            running.set(false);
        }

        synchronized List<String> failures() {
            return List.copyOf(failures);
        }

        synchronized int total() {
            return total;
        }

        synchronized int yellow() {
            return yellow;
        }
    }

    private Datasets.Run load(AppConfig cfg, Path corpus) {
        return Datasets.load(cfg, corpus, mapper);
    }

    /** A dataset on every node of the cluster with this many replicas. */
    private static AppConfig dataset(LocalCluster cluster, String prefix, String replicas) {
        Map<String, String> env = new HashMap<>();
        env.put("ES_URL", cluster.urls());
        env.put("INDEX_PREFIX", prefix);
        env.put("INDEX_REPLICAS", replicas);
        env.put("ES_CONNECT_TIMEOUT_MS", "2000");
        env.put("ES_REQUEST_TIMEOUT_MS", "120000");
        return AppConfig.from(env);
    }

    /** Waits until the primaries of {@code index} have indexed {@code at} documents; returns how many they had. */
    private long awaitIndexed(ElasticsearchClient client, String index, long at,
                              CompletableFuture<Datasets.Run> load) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(20));
        while (Instant.now().isBefore(deadline)) {
            if (load.isDone()) {
                throw new AssertionError("the load ended early: " + load.get());
            }
            JsonNode stats = mapper.readTree(EsClients.perform(client, new Request("GET",
                    "/" + index + "/_stats/indexing")));
            long indexed = stats.at("/_all/primaries/indexing/index_total").asLong();
            if (indexed >= at) {
                return indexed;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the load did not reach " + at + " remarks in time");
    }

    private static void awaitStatus(ElasticsearchClient client, String status, Duration timeout) throws Exception {
        Request r = new Request("GET", "/_cluster/health");
        r.addParameter("wait_for_status", status);
        r.addParameter("timeout", timeout.toSeconds() + "s");
        JsonNode h = Json.newMapper().readTree(EsClients.perform(client, r));
        assertTrue(!h.path("timed_out").asBoolean(), "the cluster did not become " + status + ": " + h);
    }

    /** Waits until the cluster's status is exactly {@code status} (a wait_for_status would accept better too). */
    private static void awaitExactly(ElasticsearchClient client, String status, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        String last = "?";
        while (Instant.now().isBefore(deadline)) {
            try {
                last = client.cluster().health().status().jsonValue();
            } catch (IOException | ElasticsearchException e) {
                // a master node killed: the others answer 503 (master_not_discovered) until they elect one of them
                last = e.getMessage().lines().findFirst().orElse(e.toString());
            }
            if (status.equalsIgnoreCase(last)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the cluster did not become " + status + " (last: " + last + ")");
    }

    private static String retried(String out) {
        for (String line : out.split("\n")) {
            if (line.startsWith("documents:")) {
                return line.substring("documents: ".length());
            }
        }
        return "?";
    }

    private Map<String, JsonNode> documents(ElasticsearchClient client, String alias) throws Exception {
        return Datasets.documents(client, alias, mapper);
    }
}
