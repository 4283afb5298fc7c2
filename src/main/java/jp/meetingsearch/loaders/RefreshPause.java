package jp.meetingsearch.loaders;

import java.io.IOException;
import java.io.PrintStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;

/**
 * Turns periodic refresh off for a large load (fewer, larger segments: faster indexing) and back to the value
 * of the index definitions at the end; or, asked for, the replicas (each document is then analysed once, and the
 * replicas are copied as files afterwards) and back to {@code INDEX_REPLICAS}. If the process dies in between,
 * the next start of the service or a loader puts both back (see {@link jp.meetingsearch.index.IndexBootstrap}).
 */
class RefreshPause implements AutoCloseable {
    /** Loads of fewer files keep refreshing: they are over before it matters. */
    static final int MIN_FILES = 20;
    static final RefreshPause NONE = new RefreshPause(null, null, null, -1);

    private final ElasticsearchClient client;
    private final Indices indices;
    private final PrintStream err;
    private final int replicas;

    private RefreshPause(ElasticsearchClient client, Indices indices, PrintStream err, int replicas) {
        this.client = client;
        this.indices = indices;
        this.err = err;
        this.replicas = replicas;
    }

    /** No replicas until {@link #close()}, which sets {@code replicas} again. */
    static RefreshPause withoutReplicas(ElasticsearchClient client, Indices indices, int replicas, PrintStream err) {
        try {
            for (IndexName n : IndexName.values()) {
                IndexBootstrap.setReplicas(client, indices.alias(n), 0);
            }
        } catch (IOException | RuntimeException e) {
            err.println("could not drop the replicas during the load (it goes on with them): " + e.getMessage());
        }
        return new RefreshPause(client, indices, err, replicas);
    }

    static RefreshPause start(ElasticsearchClient client, Indices indices, PrintStream err) {
        try {
            for (IndexName n : IndexName.values()) {
                client.indices().putSettings(p -> p.index(indices.alias(n))
                        .settings(s -> s.refreshInterval(t -> t.time("-1"))));
            }
        } catch (IOException | RuntimeException e) {
            err.println("could not pause refreshing during the load (it goes on, slower): " + e.getMessage());
        }
        return new RefreshPause(client, indices, err, -1);
    }

    @Override
    public void close() {
        if (client == null) {
            return;
        }
        if (replicas >= 0) {
            for (IndexName n : IndexName.values()) {
                try {
                    IndexBootstrap.setReplicas(client, indices.alias(n), replicas);
                } catch (IOException | RuntimeException e) {
                    err.println("could not give " + indices.alias(n) + " its " + replicas + " replicas back (the next "
                            + "start of the service or a loader does): " + e.getMessage());
                }
            }
            return;
        }
        IndexDefinitions defs = IndexDefinitions.load();
        for (IndexName n : IndexName.values()) {
            String interval = defs.get(n).body().at("/settings/refresh_interval").asText("1s");
            try {
                client.indices().putSettings(p -> p.index(indices.alias(n))
                        .settings(s -> s.refreshInterval(t -> t.time(interval))));
            } catch (IOException | RuntimeException e) {
                err.println("could not turn refreshing back on for " + indices.alias(n) + " (the next start of the "
                        + "service does): " + e.getMessage());
            }
        }
    }
}
