package jp.meetingsearch.loaders;

import java.io.IOException;
import java.io.PrintStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;

/**
 * Turns periodic refresh off for a large load (fewer, larger segments: faster indexing) and back to the value
 * of the index definitions at the end. If the process dies in between, the next start of the service or a loader
 * puts it back (see {@link jp.meetingsearch.index.IndexBootstrap}).
 */
class RefreshPause implements AutoCloseable {
    /** Loads of fewer files keep refreshing: they are over before it matters. */
    static final int MIN_FILES = 20;
    static final RefreshPause NONE = new RefreshPause(null, null, null);

    private final ElasticsearchClient client;
    private final Indices indices;
    private final PrintStream err;

    private RefreshPause(ElasticsearchClient client, Indices indices, PrintStream err) {
        this.client = client;
        this.indices = indices;
        this.err = err;
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
        return new RefreshPause(client, indices, err);
    }

    @Override
    public void close() {
        if (client == null) {
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
