package jp.meetingsearch.loaders;

import java.io.IOException;
import java.io.PrintStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.index.LoadLease;

/**
 * Turns periodic refresh off for a large load (fewer, larger segments: faster indexing) and back to the value
 * of the index definitions at the end, or when the process is stopped (Ctrl-C: the loader's shutdown hook closes
 * it). While paused, each index holds a {@link LoadLease} renewed every {@link LoadLease#RENEW}, so that
 * {@code /api/health} can tell a running load from one that died. Or, asked for, it drops the replicas (each
 * document is then analysed once, and the replicas are copied as files afterwards) and sets them back to
 * {@code INDEX_REPLICAS}. If the process dies in between, the next start of the service or a loader puts both back
 * (see {@link jp.meetingsearch.index.IndexBootstrap}).
 */
class RefreshPause implements AutoCloseable {
    /** Loads of fewer files keep refreshing: they are over before it matters. */
    static final int MIN_FILES = 20;
    static final RefreshPause NONE = new RefreshPause(null, null, null, -1);

    private final ElasticsearchClient client;
    private final Indices indices;
    private final PrintStream err;
    private final int replicas;
    private Thread renewer;
    private boolean closed;

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
        RefreshPause pause = new RefreshPause(client, indices, err, -1);
        try {
            pause.lease(LoadLease.mine());
            for (IndexName n : IndexName.values()) {
                client.indices().putSettings(p -> p.index(indices.alias(n))
                        .settings(s -> s.refreshInterval(t -> t.time("-1"))));
            }
        } catch (IOException | RuntimeException e) {
            err.println("could not pause refreshing during the load (it goes on, slower): " + e.getMessage());
        }
        pause.renewer = Thread.ofVirtual().name("refresh-pause-lease").start(pause::renew);
        return pause;
    }

    private void lease(LoadLease lease) throws IOException {
        for (IndexName n : IndexName.values()) {
            LoadLease.write(client, indices.alias(n), lease);
        }
    }

    private void renew() {
        while (true) {
            try {
                Thread.sleep(LoadLease.RENEW);
                synchronized (this) {
                    if (closed) {
                        return;
                    }
                    lease(LoadLease.mine());
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // the load itself reports an unreachable cluster; a lease that runs out only makes health cautious
            }
        }
    }

    /** Turns refresh back on and gives up the lease (or gives the replicas back); safe to call twice (the load's end and a shutdown hook). */
    @Override
    public synchronized void close() {
        if (client == null || closed) {
            return;
        }
        closed = true;
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
        renewer.interrupt();
        IndexDefinitions defs = IndexDefinitions.load();
        for (IndexName n : IndexName.values()) {
            String interval = defs.get(n).body().at("/settings/refresh_interval").asText("1s");
            try {
                client.indices().putSettings(p -> p.index(indices.alias(n))
                        .settings(s -> s.refreshInterval(t -> t.time(interval))));
                LoadLease.write(client, indices.alias(n), null);
            } catch (IOException | RuntimeException e) {
                err.println("could not turn refreshing back on for " + indices.alias(n) + " (the next start of the "
                        + "service does): " + e.getMessage());
            }
        }
    }
}
