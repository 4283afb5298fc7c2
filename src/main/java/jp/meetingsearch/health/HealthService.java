package jp.meetingsearch.health;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.elasticsearch.EsDisk;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.index.LoadLease;

/**
 * Asks the cluster for its status and the size of each of the service's indices, and looks for what makes
 * searches or loads wrong while everything answers: refresh left paused by a load that is no longer running, and
 * indices that refuse writes (the read-only block of a disk past the flood-stage watermark).
 */
public final class HealthService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ElasticsearchClient client;
    private final Indices indices;

    public HealthService(ElasticsearchClient client, Indices indices) {
        this.client = client;
        this.indices = indices;
    }

    /** The current health; never throws for an unreachable or failing cluster. */
    public Health check() {
        String cluster;
        try {
            cluster = client.cluster().health().status().jsonValue().toLowerCase(Locale.ROOT);
        } catch (IOException | ElasticsearchException e) {
            return new Health("degraded", "unreachable", Map.of(), List.of("Elasticsearch does not answer"));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        for (IndexName n : IndexName.values()) {
            String alias = indices.alias(n);
            try {
                counts.put(alias, client.count(c -> c.index(alias)).count());
            } catch (ElasticsearchException e) {
                reasons.add("index " + alias + " is missing");
            } catch (IOException e) {
                return new Health("degraded", "unreachable", counts, List.of("Elasticsearch does not answer"));
            }
        }
        if ("red".equals(cluster)) {
            reasons.add("the cluster is red: some data cannot be read");
        }
        try {
            reasons.addAll(settingProblems(counts.keySet()));
        } catch (IOException e) {
            return new Health("degraded", "unreachable", counts, List.of("Elasticsearch does not answer"));
        }
        return new Health(reasons.isEmpty() ? "ok" : "degraded", cluster, counts, reasons);
    }

    /** What the settings of the existing indices say is wrong. */
    private List<String> settingProblems(Iterable<String> aliases) throws IOException {
        List<String> problems = new ArrayList<>();
        String names = String.join(",", aliases);
        if (names.isEmpty()) {
            return problems;
        }
        Request r = new Request("GET", "/" + names + "/_settings/index.refresh_interval,index.blocks.*"
                + "?flat_settings=true");
        JsonNode all = JSON.readTree(EsClients.perform(client, r));
        for (var e : (Iterable<Map.Entry<String, JsonNode>>) all::fields) {
            String index = e.getKey();
            JsonNode settings = e.getValue().path("settings");
            if ("-1".equals(settings.path("index.refresh_interval").asText())
                    && !LoadLease.of(client, index).map(LoadLease::live).orElse(false)) {
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
