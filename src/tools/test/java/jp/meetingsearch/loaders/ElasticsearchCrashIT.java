package jp.meetingsearch.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.testsupport.ExtraNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Elasticsearch killed (SIGKILL) in the middle of a large load: the loader exits 3 and lists the files it fully
 * loaded (and they are complete); after a restart on the same data, the same command completes, and the dataset
 * then holds exactly what a clean load of the same files holds: the same ids, the same documents, no more.
 */
class ElasticsearchCrashIT {
    private static final int REMARKS = Integer.getInteger("crash.remarks", 20_000);
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void aLoadCutByAKilledNodeCompletesOnRerunToExactlyACleanLoad(@TempDir Path dir) throws Exception {
        Path corpus = Datasets.corpus(dir, REMARKS, 20);
        Map<String, Integer> expected = expectedRemarks(corpus);
        try (ExtraNode node = ExtraNode.start(Map.of())) {
            AppConfig crashed = dataset(node, "crash-");
            CompletableFuture<Datasets.Run> load = CompletableFuture.supplyAsync(() -> load(crashed, corpus));
            long indexedWhenKilled = killWhenIndexed(node, "crash-remarks", REMARKS / 2, load);
            Datasets.Run cut = load.get(5, TimeUnit.MINUTES);
            assertEquals(3, cut.code(), cut.out() + cut.err());
            assertTrue(cut.err().contains("stopped answering during the load"), cut.err());
            List<String> fullyLoaded = fullyLoaded(cut.out());
            assertTrue(!fullyLoaded.isEmpty(), "killed after " + indexedWhenKilled + " remarks, no file listed:\n"
                    + cut.out());
            assertTrue(fullyLoaded.size() < expected.size(), "killed after " + indexedWhenKilled
                    + " remarks, yet every file is listed as loaded:\n" + cut.out());

            node.start();
            try (ElasticsearchClient client = client(crashed)) {
                refresh(client, "crash-");
                // every file the loader called fully loaded is complete, even before the rerun
                Map<String, Long> stored = remarksPerFile(client, "crash-remarks");
                for (String file : fullyLoaded) {
                    String name = Path.of(file).getFileName().toString();
                    assertEquals((long) expected.get(name), stored.getOrDefault(name, 0L), name + " listed as loaded");
                }

                Datasets.Run rerun = load(crashed, corpus);
                assertEquals(0, rerun.code(), rerun.out() + rerun.err());
                AppConfig clean = dataset(node, "clean-");
                Datasets.Run reference = load(clean, corpus);
                assertEquals(0, reference.code(), reference.out() + reference.err());
                refresh(client, "crash-");
                refresh(client, "clean-");
                Datasets.assertSameDocuments(client, "crash-", "clean-", mapper);
                assertEquals(REMARKS, documents(client, "crash-remarks").size());
                assertEquals(expected, remarksPerFile(client, "crash-remarks").entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().intValue())));
                System.out.printf("crash: Elasticsearch killed after %d of %d remarks were indexed; the loader exited 3 "
                        + "listing %d of %d files as fully loaded (all complete); the rerun exited 0 and the dataset "
                        + "equals a clean load: %d remarks, %d meetings, same ids and sources%n", indexedWhenKilled,
                        REMARKS, fullyLoaded.size(), expected.size(), REMARKS, expected.size());
            }
        }
    }

    private Datasets.Run load(AppConfig cfg, Path corpus) {
        return Datasets.load(cfg, corpus, mapper);
    }

    /** Watches the indexing count of the index through a connection of its own and kills the node past {@code at}. */
    private long killWhenIndexed(ExtraNode node, String index, long at, CompletableFuture<Datasets.Run> load) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (load.isDone()) {
                throw new AssertionError("the load ended before the node was killed: " + load.get());
            }
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                    URI.create(node.url() + "/" + index + "/_stats/indexing")).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                long indexed = mapper.readTree(r.body()).at("/_all/primaries/indexing/index_total").asLong();
                if (indexed >= at) {
                    node.kill();
                    return indexed;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the load did not reach " + at + " remarks in time");
    }

    private static AppConfig dataset(ExtraNode node, String prefix) {
        Map<String, String> env = new HashMap<>();
        env.put("ES_URL", node.url().toString());
        env.put("INDEX_PREFIX", prefix);
        env.put("ES_CONNECT_TIMEOUT_MS", "1000");
        return AppConfig.from(env);
    }

    private ElasticsearchClient client(AppConfig cfg) {
        return EsClients.create(cfg.esUrl().orElseThrow(), cfg, mapper);
    }

    /** The "fully loaded (N files):" list the loader prints when it stops early. */
    private static List<String> fullyLoaded(String out) {
        List<String> files = new ArrayList<>();
        boolean inList = false;
        for (String line : out.split("\n")) {
            if (line.startsWith("fully loaded (")) {
                inList = true;
                int n = Integer.parseInt(line.replaceAll("\\D+", " ").trim().split(" ")[0]);
                files.clear();
                assertTrue(n >= 0);
            } else if (inList && line.startsWith("  ")) {
                files.add(line.trim());
            } else {
                inList = false;
            }
        }
        return files;
    }

    private Map<String, Integer> expectedRemarks(Path corpus) throws Exception {
        Map<String, Integer> m = new LinkedHashMap<>();
        mapper.readTree(corpus.resolve(jp.meetingsearch.corpus.ExpectedCounts.FILE_NAME).toFile()).get("files")
                .forEach(f -> m.put(f.get("file").asText(), f.get("remarks").asInt()));
        return m;
    }

    private void refresh(ElasticsearchClient client, String prefix) throws Exception {
        EsClients.perform(client, new Request("POST", "/" + prefix + "remarks," + prefix + "meetings/_refresh"));
    }

    private Map<String, Long> remarksPerFile(ElasticsearchClient client, String alias) throws Exception {
        Request r = new Request("POST", "/" + alias + "/_search");
        r.setJsonEntity("{\"size\":0,\"aggs\":{\"f\":{\"terms\":{\"field\":\"source_file\",\"size\":100000}}}}");
        Map<String, Long> m = new HashMap<>();
        mapper.readTree(EsClients.perform(client, r)).at("/aggregations/f/buckets")
                .forEach(b -> m.put(b.get("key").asText(), b.get("doc_count").asLong()));
        return m;
    }

    private Map<String, JsonNode> documents(ElasticsearchClient client, String alias) throws Exception {
        return Datasets.documents(client, alias, mapper);
    }
}
