package jp.meetingsearch.index;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.elasticsearch.EsClients;

/**
 * A running load's claim on an index whose periodic refresh it paused, kept in the index's mapping {@code _meta}
 * ({@code load_in_progress}) and renewed while the load runs. Refresh paused with no live lease means a load died
 * without turning it back on (killed, out of memory, power cut): searches then miss new documents, which
 * {@code /api/health} reports.
 *
 * @param host  the machine the loader runs on
 * @param pid   its process id
 * @param until when the lease ends unless renewed (epoch milliseconds)
 */
public record LoadLease(String host, long pid, long until) {
    /** How long a lease lasts; a loader renews it every {@link #RENEW}. */
    public static final Duration TERM = Duration.ofSeconds(90);
    public static final Duration RENEW = Duration.ofSeconds(30);
    static final String FIELD = "load_in_progress";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A lease of this process, from now for one {@link #TERM}. */
    public static LoadLease mine() {
        return new LoadLease(localHost(), ProcessHandle.current().pid(), Instant.now().plus(TERM).toEpochMilli());
    }

    /**
     * True while the loader may still be running: the lease has not run out and, when it was taken on this machine,
     * its process is alive (a killed loader is noticed at once, not after the term).
     */
    public boolean live() {
        if (until < System.currentTimeMillis()) {
            return false;
        }
        return !host.equals(localHost()) || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The lease in a mapping's {@code _meta} object, if there is one. */
    public static Optional<LoadLease> in(JsonNode meta) {
        JsonNode l = meta.path(FIELD);
        if (!l.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new LoadLease(l.path("host").asText(""), l.path("pid").asLong(), l.path("until").asLong()));
    }

    /** The lease of an index (alias or name), read from its mapping. */
    public static Optional<LoadLease> of(ElasticsearchClient client, String index) throws IOException {
        return in(meta(client, index));
    }

    /**
     * Stores this lease in the index's {@code _meta}, or removes the one there when {@code lease} is null. The whole
     * {@code _meta} is written back (Elasticsearch replaces it as a whole), so the schema version stays.
     */
    public static void write(ElasticsearchClient client, String index, LoadLease lease) throws IOException {
        ObjectNode meta = meta(client, index).deepCopy();
        if (lease == null) {
            meta.remove(FIELD);
        } else {
            meta.putObject(FIELD).put("host", lease.host()).put("pid", lease.pid()).put("until", lease.until());
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("_meta", meta);
        Request put = new Request("PUT", "/" + index + "/_mapping");
        put.setJsonEntity(body.toString());
        EsClients.perform(client, put);
    }

    /** The {@code _meta} object of an index's mapping (empty when it has none). */
    private static ObjectNode meta(ElasticsearchClient client, String index) throws IOException {
        JsonNode mappings = JSON.readTree(EsClients.perform(client, new Request("GET", "/" + index + "/_mapping")));
        JsonNode meta = mappings.elements().next().path("mappings").path("_meta");
        return meta.isObject() ? (ObjectNode) meta : JSON.createObjectNode();
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
