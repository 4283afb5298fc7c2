package jp.meetingsearch.testsupport;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.config.LocalNodeConfig;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.elasticsearch.LocalNode;
import jp.meetingsearch.elasticsearch.PluginZip;
import jp.meetingsearch.json.Json;

/**
 * The Elasticsearch node shared by all integration tests of one run. Chosen by {@code ES_PROVIDER}:
 * {@code local} (default: a throw-away node from the cached distribution with our plugin, on a free port, data
 * deleted at the end), {@code url} (the cluster in {@code ES_URL}, used when ES_URL is set), or
 * {@code testcontainers} (the official image with the official analysis-kuromoji plugin; needs Docker).
 * Each test works in its own dataset ({@link #newDataset()}), so tests never see each other's documents.
 */
public final class TestCluster {
    private static TestCluster instance;

    private final URI url;
    private final AppConfig baseConfig;
    private final ElasticsearchClient client;
    private final ObjectMapper mapper = Json.newMapper();

    private TestCluster(URI url, AppConfig baseConfig) {
        this.url = url;
        this.baseConfig = baseConfig;
        this.client = EsClients.create(url, baseConfig, mapper);
    }

    /** The cluster of this test run, started on first use. */
    public static synchronized TestCluster get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static TestCluster start() {
        Map<String, String> env = new HashMap<>(System.getenv());
        String provider = env.getOrDefault("ES_PROVIDER", env.containsKey("ES_URL") ? "url" : "local")
                .toLowerCase(Locale.ROOT);
        env.remove("INDEX_PREFIX");
        switch (provider) {
            case "url" -> {
                AppConfig cfg = AppConfig.from(env);
                return new TestCluster(cfg.esUrl().orElseThrow(() ->
                        new IllegalStateException("ES_PROVIDER=url needs ES_URL")), cfg);
            }
            case "testcontainers" -> {
                URI url = ContainerCluster.start();
                env.put("ES_URL", url.toString());
                return new TestCluster(url, AppConfig.from(env));
            }
            case "local" -> {
                env.remove("ES_URL");
                AppConfig cfg = AppConfig.from(env);
                Path data;
                try {
                    data = Files.createDirectories(cfg.localNode().cacheDir().resolve("test-nodes"))
                            .resolve("node-" + UUID.randomUUID());
                } catch (IOException e) {
                    throw new IllegalStateException("cannot create a test node folder: " + e, e);
                }
                LocalNodeConfig nodeCfg = cfg.localNode().withPortAndData(LocalNode.freePort(), data)
                        .withHeap(System.getProperty("it.es.heap", "512m"));
                LocalNode node = LocalNode.start(nodeCfg, PluginZip.locate(nodeCfg));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    node.close();
                    deleteQuietly(data);
                }, "stop-test-elasticsearch"));
                return new TestCluster(node.url(), cfg.withLocalNode(nodeCfg).withEsUrl(node.url()));
            }
            default -> throw new IllegalStateException("ES_PROVIDER must be local, url or testcontainers, not " + provider);
        }
    }

    /** The cluster's base URL. */
    public URI url() {
        return url;
    }

    /** The shared client of the test run. */
    public ElasticsearchClient client() {
        return client;
    }

    /** The project's JSON mapper. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** A configuration for a new, empty dataset (a fresh INDEX_PREFIX) on this cluster. */
    public AppConfig newDataset() {
        return newDataset(Map.of());
    }

    /** As {@link #newDataset()}, with {@code settings} (environment variables of the service) besides. */
    public AppConfig newDataset(Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(settings);
        env.put("ES_URL", url.toString());
        env.put("INDEX_PREFIX", "t" + UUID.randomUUID().toString().substring(0, 8) + "-");
        env.remove("ES_PROVIDER");
        return AppConfig.from(env);
    }

    /** Sends a raw JSON request and parses the answer. */
    public JsonNode request(String method, String path, String jsonBody) throws IOException {
        Request r = new Request(method, path);
        if (jsonBody != null) {
            r.setJsonEntity(jsonBody);
        }
        return mapper.readTree(EsClients.perform(client, r));
    }

    /**
     * Puts a copy of the index behind {@code alias} (same mappings, analysis and documents) beside it, under the same
     * alias, with its only shard allowed on no node: as while the node holding part of the data is down, searches of
     * the alias are refused (503) or, where partial results are allowed, answered in part. Returns the copy's name;
     * allowing it a node again ({@code index.routing.allocation.require._name: null}) brings it back.
     */
    public String addUnavailableCopy(String alias) throws IOException {
        String away = alias + "-away";
        String concrete = request("GET", "/" + alias + "/_alias", null).fieldNames().next();
        request("PUT", "/" + concrete + "/_settings", "{\"index.blocks.write\":true}");
        request("POST", "/" + concrete + "/_clone/" + away + "?wait_for_active_shards=0", "{\"settings\":{"
                + "\"index.routing.allocation.require._name\":\"no-such-node\",\"index.blocks.write\":null}}");
        request("PUT", "/" + concrete + "/_settings", "{\"index.blocks.write\":null}");
        request("POST", "/_aliases", "{\"actions\":[{\"add\":{\"index\":\"" + away + "\",\"alias\":\"" + alias
                + "\"}}]}");
        return away;
    }

    /** Deletes every index of a dataset (by name: wildcard deletes are disabled on the node). */
    public void deleteDataset(String prefix) throws IOException {
        JsonNode cat = request("GET", "/_cat/indices/" + prefix + "*?format=json", null);
        for (JsonNode row : cat) {
            request("DELETE", "/" + row.get("index").asText(), null);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover test folder under the cache does no harm
        }
    }
}
