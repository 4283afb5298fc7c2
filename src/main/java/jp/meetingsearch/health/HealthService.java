package jp.meetingsearch.health;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.themes.TagState;

/** Asks the cluster for its status and the size of each of the service's indices. */
public final class HealthService {
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
        String cluster;
        try {
            cluster = client.cluster().health().status().jsonValue().toLowerCase(Locale.ROOT);
        } catch (IOException | ElasticsearchException e) {
            return new Health("degraded", "unreachable", Map.of());
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        boolean allPresent = true;
        for (IndexName n : IndexName.values()) {
            String alias = indices.alias(n);
            try {
                counts.put(alias, client.count(c -> c.index(alias)).count());
            } catch (ElasticsearchException e) {
                allPresent = false;
            } catch (IOException e) {
                return new Health("degraded", "unreachable", counts);
            }
        }
        boolean ok = allPresent && !"red".equals(cluster);
        return new Health(ok ? "ok" : "degraded", cluster, counts, themes == null ? null : themes.progress());
    }
}
