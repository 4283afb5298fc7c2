package jp.meetingsearch.elasticsearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Elasticsearch's disks and index write blocks, in words: which folder on which device is how full against the
 * flood-stage watermark, read from {@code _nodes/stats/fs}, and whether the service's indices refuse writes.
 */
public final class EsDisk {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EsDisk() {
    }

    /** True when a bulk item or request error is a write block (flood stage, or an index made read-only). */
    public static boolean isWriteBlock(String errorType) {
        return "cluster_block_exception".equals(errorType);
    }

    /**
     * Why writes are refused: the block's reason and, for the flood stage, each data folder with its free space
     * and what the flood stage requires, and what to do.
     */
    public static String blockedWrites(ElasticsearchClient client, String blockReason) {
        boolean flood = blockReason.contains("flood-stage") || blockReason.contains("read_only_allow_delete");
        if (!flood) {
            return "Elasticsearch refuses writes to the index: " + blockReason;
        }
        return "Elasticsearch refuses writes: the disk holding its data is past the flood-stage watermark and the "
                + "indices were made read-only (" + dataFolders(client) + "). Free space on that disk (or raise "
                + "cluster.routing.allocation.disk.watermark.flood_stage); Elasticsearch lifts the block by itself "
                + "once the disk is below the high watermark, then load again";
    }

    /** Each data folder of the cluster: path, device, free and total space, and the flood stage's free space. */
    static String dataFolders(ElasticsearchClient client) {
        try {
            JsonNode nodes = JSON.readTree(EsClients.perform(client, new Request("GET", "/_nodes/stats/fs"),
                    java.time.Duration.ofSeconds(2))).path("nodes");
            List<String> out = new ArrayList<>();
            for (JsonNode node : nodes) {
                for (JsonNode d : node.path("fs").path("data")) {
                    out.add(d.path("path").asText() + " on " + d.path("mount").asText() + ": "
                            + bytes(d.path("available_in_bytes").asLong()) + " free of "
                            + bytes(d.path("total_in_bytes").asLong())
                            + (d.has("flood_stage_free_space_in_bytes") ? ", the flood stage wants "
                            + bytes(d.path("flood_stage_free_space_in_bytes").asLong()) + " free" : ""));
                }
            }
            return out.isEmpty() ? "its data folders are not known" : String.join("; ", out);
        } catch (IOException | RuntimeException e) {
            return "the data folders could not be read: " + e.getMessage();
        }
    }

    /** A byte count for people: 2.1 GB, 840 MB, 1.0 PB. */
    static String bytes(long n) {
        String[] units = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};
        double v = n;
        int u = 0;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return u == 0 ? n + " B" : String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }
}
