package jp.meetingsearch.bench;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import jp.meetingsearch.elasticsearch.EsClients;

/** What the benchmark reports about the node: versions, heap, and the size of a dataset's indices. */
final class NodeInfo {
    private final ElasticsearchClient client;
    private final ObjectMapper mapper;

    NodeInfo(ElasticsearchClient client, ObjectMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    JsonNode get(String path) throws IOException {
        return mapper.readTree(EsClients.perform(client, new Request("GET", path)));
    }

    /** "Elasticsearch 9.5.3 on JDK 24 (…), heap max 512 MB". */
    String describe() throws IOException {
        JsonNode node = first(get("/_nodes/_local/jvm").path("nodes"));
        return String.format(java.util.Locale.ROOT, "Elasticsearch %s, its JVM %s (%s), heap max %d MB, %s",
                node.path("version").asText(), node.path("jvm").path("version").asText(),
                node.path("jvm").path("vm_name").asText(),
                node.path("jvm").path("mem").path("heap_max_in_bytes").asLong() >> 20,
                node.path("jvm").path("input_arguments").toString().contains("UseG1GC") ? "G1" : "default GC");
    }

    /** Heap in use now, in bytes (after a load and its merges, as queries see it). */
    long heapUsed() throws IOException {
        return first(get("/_nodes/_local/stats/jvm").path("nodes")).path("jvm").path("mem")
                .path("heap_used_in_bytes").asLong();
    }

    /** CPU time the node's process has used so far, in milliseconds (all its threads: indexing, merges, GC). */
    long cpuMillis() throws IOException {
        return first(get("/_nodes/_local/stats/process").path("nodes")).path("process").path("cpu")
                .path("total_in_millis").asLong();
    }

    /** Primary store size of an index or alias, in bytes. */
    long storeBytes(String index) throws IOException {
        return get("/" + index + "/_stats/store").path("_all").path("primaries").path("store")
                .path("size_in_bytes").asLong();
    }

    /** Segment count of an index or alias. */
    int segments(String index) throws IOException {
        return get("/" + index + "/_stats/segments").path("_all").path("primaries").path("segments")
                .path("count").asInt();
    }

    /** The Lucene version the node writes segments with, as its segments report it. */
    String luceneVersion(String index) throws IOException {
        JsonNode shards = get("/" + index + "/_segments").path("indices");
        for (JsonNode idx : shards) {
            for (JsonNode copies : idx.path("shards")) {
                for (JsonNode copy : copies) {
                    for (JsonNode seg : copy.path("segments")) {
                        return seg.path("version").asText();
                    }
                }
            }
        }
        return "unknown";
    }

    private static JsonNode first(JsonNode nodes) {
        return nodes.elements().hasNext() ? nodes.elements().next() : MissingNode.getInstance();
    }
}
