package jp.meetingsearch.health;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.elasticsearch.EsDisk;
import jp.meetingsearch.elasticsearch.EsRequestException;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.themes.TagState;
import jp.meetingsearch.index.LoadLease;

/**
 * Asks the cluster for its status and the size of each of the service's indices, and looks for what makes
 * searches or loads wrong while everything answers: refresh left paused by a load that is no longer running, and
 * indices that refuse writes (the read-only block of a disk past the flood-stage watermark). Each request waits at
 * most {@link #TIMEOUT}, so that a stalled cluster is reported in about that time.
 */
public final class HealthService {
    /**
     * How long one request of a health check may take: a monitor or load balancer asks every few seconds and must
     * learn of a stalled cluster in about this time, not after the searches' request timeout.
     */
    public static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNREACHABLE = "Elasticsearch does not answer";
    private final ElasticsearchClient client;
    private final Indices indices;
    private final TagState themes;

    public HealthService(ElasticsearchClient client, Indices indices) {
        this(client, indices, null);
    }

    /** Also reporting the progress of the theme tags in {@code themes} (may be null). */
    public HealthService(ElasticsearchClient client, Indices indices, TagState themes) {
        this.client = client;
        this.indices = indices;
        this.themes = themes;
    }

    /** The current health; never throws for an unreachable or failing cluster. */
    public Health check() {
        Health h = cluster();
        return themes == null ? h : h.withThemes(themes.progress());
    }

    private Health cluster() {
        String cluster;
        try {
            cluster = get("/_cluster/health").path("status").asText("unknown");
        } catch (IOException | RuntimeException e) {
            return new Health("degraded", "unreachable", Map.of(), List.of(UNREACHABLE));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        try {
            for (IndexName n : IndexName.values()) {
                String alias = indices.alias(n);
                try {
                    JsonNode counted = get("/" + alias + "/_count");
                    counts.put(alias, counted.path("count").asLong());
                    int failed = counted.path("_shards").path("failed").asInt();
                    if (failed > 0) {
                        reasons.add("index " + alias + ": " + failed + " of " + counted.path("_shards").path("total")
                                .asInt() + " shards did not answer; its count leaves their documents out");
                    }
                } catch (EsRequestException e) {
                    reasons.add("index " + alias + " is missing");
                }
            }
            if ("red".equals(cluster)) {
                reasons.add("the cluster is red: some data cannot be read");
            }
            reasons.addAll(settingProblems(counts.keySet()));
        } catch (IOException | RuntimeException e) {
            return new Health("degraded", "unreachable", counts, List.of(UNREACHABLE));
        }
        return new Health(reasons.isEmpty() ? "ok" : "degraded", cluster, counts, reasons);
    }

    private JsonNode get(String path) throws IOException {
        return JSON.readTree(EsClients.perform(client, new Request("GET", path), TIMEOUT));
    }

    /** What the settings of the existing indices say is wrong. */
    private List<String> settingProblems(Iterable<String> aliases) throws IOException {
        List<String> problems = new ArrayList<>();
        String names = String.join(",", aliases);
        if (names.isEmpty()) {
            return problems;
        }
        JsonNode all = get("/" + names + "/_settings/index.refresh_interval,index.blocks.*?flat_settings=true");
        for (var e : (Iterable<Map.Entry<String, JsonNode>>) all::fields) {
            String index = e.getKey();
            JsonNode settings = e.getValue().path("settings");
            if ("-1".equals(settings.path("index.refresh_interval").asText())
                    && !LoadLease.in(get("/" + index + "/_mapping").path(index).path("mappings").path("_meta"))
                    .map(LoadLease::live).orElse(false)) {
                problems.add("refresh is paused on " + index + " and no load is running (a loader was killed?): "
                        + "searches miss what was loaded since; the next load or start of the service turns it "
                        + "back on");
            }
            if (settings.path("index.blocks.read_only_allow_delete").asBoolean(false)) {
                problems.add("index " + index + " refuses writes: " + EsDisk.blockedWrites(client,
                        "read_only_allow_delete"));
            } else if (settings.path("index.blocks.read_only").asBoolean(false)
                    || settings.path("index.blocks.write").asBoolean(false)) {
                problems.add("index " + index + " refuses writes (index.blocks.read_only or index.blocks.write is set)");
            }
        }
        return problems;
    }
}
