package jp.meetingsearch.elasticsearch;

import java.io.IOException;
import java.net.URI;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.config.AppConfig;

/**
 * A process's connection to Elasticsearch: the configured cluster ({@code ES_URL}) or the local node, started
 * here when none is running. Closing it closes the client and stops a node this process started.
 */
public final class EsConnection implements AutoCloseable {
    private final ElasticsearchClient client;
    private final URI url;
    private final LocalNode node;

    private EsConnection(ElasticsearchClient client, URI url, LocalNode node) {
        this.client = client;
        this.url = url;
        this.node = node;
    }

    /** Connects as the configuration says, starting the local node if needed. */
    public static EsConnection open(AppConfig cfg, ObjectMapper mapper) {
        if (cfg.esUrl().isPresent()) {
            URI url = cfg.esUrl().get();
            return new EsConnection(EsClients.create(cfg.esNodes(), cfg, mapper), url, null);
        }
        LocalNode node = LocalNode.startOrReuse(cfg.localNode(), PluginZip.locate(cfg.localNode()));
        return new EsConnection(EsClients.create(node.url(), cfg, mapper), node.url(), node);
    }

    /**
     * Runs {@code task} when the process is stopped by a signal (Ctrl-C, SIGTERM) while it still can reach
     * Elasticsearch: before the local node is stopped when this process started it.
     *
     * @return cancels the task (call it when the work the task would finish is done)
     */
    public Runnable onShutdown(Runnable task) {
        if (node != null && node.startedHere()) {
            return node.beforeStop(task);
        }
        Thread hook = new Thread(task, "shutdown-task");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs or ran: nothing to cancel
            }
        };
    }

    /** Restarts the local node whenever it dies, if this process started it (the service's own node). */
    public void restartNodeWhenItDies() {
        if (node != null && node.startedHere()) {
            node.restartWhenItDies();
        }
    }

    /** The typed client (one per process). */
    public ElasticsearchClient client() {
        return client;
    }

    /** The cluster's base URL, without credentials. */
    public URI url() {
        return url;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException ignored) {
            // closing the HTTP pool: nothing to recover
        }
        if (node != null) {
            node.close();
        }
    }
}
