package jp.meetingsearch.testsupport;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import jp.meetingsearch.elasticsearch.LocalNode;

/**
 * A real cluster of several nodes on this machine, from the same distribution and plugin as the local node: each
 * node with its own HTTP and transport port and data folder, all master-eligible data nodes that find each other
 * through their transport ports. Nodes can be killed and started again on their data; {@link #close()} stops them
 * and deletes their data.
 */
public final class LocalCluster implements AutoCloseable {
    private final List<ExtraNode> nodes;

    private LocalCluster(List<ExtraNode> nodes) {
        this.nodes = nodes;
    }

    /** Starts {@code size} nodes at once (the first master is elected when a majority is up). */
    public static LocalCluster start(int size) throws IOException {
        String name = "meeting-search-test-" + UUID.randomUUID().toString().substring(0, 8);
        List<Integer> http = new ArrayList<>();
        List<Integer> transport = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            http.add(LocalNode.freePort());
            transport.add(LocalNode.freePort());
            names.add("node-" + (i + 1));
        }
        List<String> seeds = transport.stream().map(p -> "127.0.0.1:" + p).toList();
        List<ExtraNode> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            nodes.add(ExtraNode.prepare(Map.of(), new LocalNode.Cluster(name, names.get(i), transport.get(i), seeds,
                    names), http.get(i)));
        }
        LocalCluster cluster = new LocalCluster(nodes);
        try {
            CompletableFuture.allOf(nodes.stream().map(n -> CompletableFuture.runAsync(n::start))
                    .toArray(CompletableFuture[]::new)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cluster.close();
            throw new IOException("interrupted while the cluster started", e);
        } catch (ExecutionException e) {
            cluster.close();
            throw new IOException("the cluster did not start: " + e.getCause().getMessage(), e.getCause());
        }
        return cluster;
    }

    /** The node at {@code index} (0-based). */
    public ExtraNode node(int index) {
        return nodes.get(index);
    }

    /** Every node's URL, in order, as {@code ES_URL} lists them. */
    public String urls() {
        return String.join(",", nodes.stream().map(n -> n.url().toString()).toList());
    }

    /** The first node's URL. */
    public URI url() {
        return nodes.getFirst().url();
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (ExtraNode n : nodes) {
            try {
                n.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
