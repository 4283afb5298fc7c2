package jp.meetingsearch.testsupport;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.config.LocalNodeConfig;
import jp.meetingsearch.elasticsearch.LocalNode;
import jp.meetingsearch.elasticsearch.LocalNodeTestAccess;
import jp.meetingsearch.elasticsearch.PluginZip;

/**
 * A node of a test's own, beside the shared one, for tests that stop, kill or restrict Elasticsearch: on a port and
 * in a data folder (under the cache's {@code test-nodes}) that survive a restart, deleted by {@link #close()}.
 */
public final class ExtraNode implements AutoCloseable {
    private final LocalNodeConfig cfg;
    private final Map<String, String> settings;
    private final LocalNode.Cluster cluster;
    private LocalNode node;

    private ExtraNode(LocalNodeConfig cfg, Map<String, String> settings, LocalNode.Cluster cluster) {
        this.cfg = cfg;
        this.settings = settings;
        this.cluster = cluster;
    }

    /** A node not started yet, on a free port, with these extra lines in its elasticsearch.yml. */
    public static ExtraNode prepare(Map<String, String> settings) throws IOException {
        return prepare(settings, LocalNode.Cluster.SINGLE, LocalNode.freePort());
    }

    /** A node of {@code cluster}, not started yet, on HTTP port {@code port}. */
    static ExtraNode prepare(Map<String, String> settings, LocalNode.Cluster cluster, int port) throws IOException {
        AppConfig base = AppConfig.from(System.getenv());
        Path data = Files.createDirectories(base.localNode().cacheDir().resolve("test-nodes"))
                .resolve("extra-" + UUID.randomUUID());
        LocalNodeConfig cfg = base.localNode().withPortAndData(port, data)
                .withHeap(System.getProperty("it.es.heap", "512m"));
        return new ExtraNode(cfg, settings, cluster);
    }

    /** A started node with these extra settings. */
    public static ExtraNode start(Map<String, String> settings) throws IOException {
        ExtraNode n = prepare(settings);
        n.start();
        return n;
    }

    /** Starts (or starts again, on the same data) the node. */
    public void start() {
        node = LocalNode.start(cfg, PluginZip.locate(cfg), cluster, settings);
    }

    /** Stops the node the orderly way. */
    public void stop() {
        if (node != null) {
            node.close();
            node = null;
        }
    }

    /** Kills Elasticsearch at once (SIGKILL, as the kernel's OOM killer or a power cut would), no shutdown. */
    public void kill() throws Exception {
        long pid = Long.parseLong(Files.readString(cfg.dataDir().resolve("elasticsearch.pid")).trim());
        Optional<ProcessHandle> es = ProcessHandle.of(pid);
        if (es.isPresent()) {
            es.get().destroyForcibly();
            es.get().onExit().get(60, TimeUnit.SECONDS);
        }
        stop();
    }

    /** The node's folder: config, data and logs. */
    public Path dataDir() {
        return cfg.dataDir();
    }

    public int port() {
        return cfg.port();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + cfg.port());
    }

    @Override
    public void close() throws IOException {
        stop();
        LocalNodeTestAccess.deleteTree(cfg.dataDir());
    }
}
