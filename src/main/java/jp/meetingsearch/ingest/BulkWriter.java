package jp.meetingsearch.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.elasticsearch.EsFailures;
import jp.meetingsearch.elasticsearch.Retry;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import jp.meetingsearch.elasticsearch.EsDisk;
import jp.meetingsearch.elasticsearch.WritesBlockedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends operations as {@code _bulk} requests of bounded size and checks every item: 429s (the node's write queue
 * is full) and the refusals of a cluster that is losing or regaining a node (503, a shard without its primary, a
 * node that closed) are sent again with exponential backoff up to a bound, every other refusal is reported per
 * document. A request whose connection was cut is sent again the same way (the client picks another node of the
 * cluster); when that does not help, or the node does not answer in time, the IOException means the cluster could
 * not be reached, and what was acknowledged before stays written.
 */
public final class BulkWriter {
    private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);
    private static final ContentType NDJSON = ContentType.create("application/x-ndjson", StandardCharsets.UTF_8);
    /** Default bytes per bulk request; see docs/performance.md for how it was chosen. */
    public static final int DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
    /**
     * Most operations in one request, whatever their bytes: a partial update is a few dozen bytes but costs the node
     * a whole document's analysis, and 4 MB of them (about 25,000 link updates) kept a node of 1M remarks busy
     * beyond the client's timeout. A request of remarks reaches 4 MB with about 1,700.
     */
    public static final int MAX_ITEMS = 2_000;

    private final ElasticsearchClient client;
    private final ObjectMapper mapper;
    private final int maxBytes;
    private final String refresh;
    private final Consumer<String> bodySink;
    private final Retry retry;

    /**
     * @param refresh  the {@code refresh} parameter of each request ({@code false}, {@code wait_for}, or null)
     * @param bodySink receives each request body as sent (for {@code --emit-ndjson}); may be null
     */
    public BulkWriter(ElasticsearchClient client, ObjectMapper mapper, int maxBytes, String refresh,
                      Consumer<String> bodySink) {
        this(client, mapper, maxBytes, refresh, bodySink, Retry.DEFAULT);
    }

    /** As above, with another retry policy. */
    public BulkWriter(ElasticsearchClient client, ObjectMapper mapper, int maxBytes, String refresh,
                      Consumer<String> bodySink, Retry retry) {
        this.retry = retry;
        this.client = client;
        this.mapper = mapper;
        this.maxBytes = maxBytes;
        this.refresh = refresh;
        this.bodySink = bodySink;
    }

    /**
     * Writes all operations, in order, in as many requests as their size needs: each at most {@code maxBytes} (but
     * for a single larger operation) and {@link #MAX_ITEMS} operations.
     */
    public BulkResult write(List<BulkOp> ops) throws IOException {
        BulkResult result = new BulkResult();
        List<BulkOp> batch = new ArrayList<>();
        Body body = new Body(Math.min(maxBytes, 16 * 1024 * 1024) + 64 * 1024);
        for (BulkOp op : ops) {
            byte[] lines = op.ndjson().getBytes(StandardCharsets.UTF_8);
            if (!batch.isEmpty() && (body.size() + lines.length > maxBytes || batch.size() >= MAX_ITEMS)) {
                send(batch, body, result, 1);
                batch = new ArrayList<>();
                body = new Body(Math.min(maxBytes, 16 * 1024 * 1024) + 64 * 1024);
            }
            batch.add(op);
            body.write(lines, 0, lines.length);
        }
        if (!batch.isEmpty()) {
            send(batch, body, result, 1);
        }
        return result;
    }

    /** A request body written as UTF-8 once and sent from its own buffer, without copies in between. */
    static final class Body extends ByteArrayOutputStream {
        Body(int capacity) {
            super(capacity);
        }

        HttpEntity entity() {
            return new ByteArrayEntity(buf, 0, count, NDJSON);
        }
    }

    private void send(List<BulkOp> batch, Body body, BulkResult result, int attempt) throws IOException {
        if (bodySink != null && attempt == 1) {
            bodySink.accept(body.toString(StandardCharsets.UTF_8));
        }
        Request request = new Request("POST", "/_bulk");
        if (refresh != null) {
            request.addParameter("refresh", refresh);
        }
        request.setEntity(body.entity());
        JsonNode answer;
        try {
            answer = mapper.readTree(EsClients.perform(client, request));
        } catch (jp.meetingsearch.elasticsearch.EsRequestException e) {
            if (!Retry.passing(e.status())) {
                throw e;
            }
            if (e.status() == 429) {
                // a 503 block (no master) passes; a write block (a full disk's flood stage) ends the load
                blocked(errorOf(e.body()));
            }
            // the whole request was rejected (write queue or indexing memory full, no master): the same as each item
            if (attempt < retry.attempts()) {
                batch.forEach(op -> result.retried());
                LOG.info("bulk request of {} items rejected with {}; sending it again (attempt {})", batch.size(),
                        e.status(), attempt + 1);
                backoff(attempt);
                send(batch, body, result, attempt + 1);
            } else {
                String reason = rejection(e.body()) + " (still rejected after " + attempt + " attempts)";
                batch.forEach(op -> result.failed(new BulkResult.ItemFailure(op, e.status(), reason)));
            }
            return;
        } catch (IOException e) {
            if (!EsFailures.connectionLost(e) || attempt >= retry.attempts()) {
                throw e;
            }
            // the node went away mid-request; index operations by id can be sent again without duplicates
            batch.forEach(op -> result.retried());
            LOG.info("bulk request of {} items lost its connection ({}); sending it again (attempt {})", batch.size(),
                    e.getMessage(), attempt + 1);
            backoff(attempt);
            send(batch, body, result, attempt + 1);
            return;
        }
        List<BulkOp> again = new ArrayList<>();
        JsonNode items = answer.path("items");
        for (int i = 0; i < batch.size(); i++) {
            BulkOp op = batch.get(i);
            JsonNode item = items.path(i).elements().hasNext() ? items.path(i).elements().next() : null;
            if (item == null) {
                result.failed(new BulkResult.ItemFailure(op, 0, "no answer for this item"));
                continue;
            }
            int status = item.path("status").asInt();
            String outcome = item.path("result").asText();
            String type = item.path("error").path("type").asText();
            boolean transientItem = transientItem(status, type);
            if (!transientItem) {
                blocked(item.path("error"));
            }
            if ((status == 429 || transientItem) && attempt < retry.attempts()) {
                again.add(op);
            } else if (status >= 300 && !(op.action() == BulkOp.Action.DELETE && status == 404)) {
                JsonNode error = item.path("error");
                result.failed(new BulkResult.ItemFailure(op, status,
                        shorten(error.path("type").asText() + ": " + error.path("reason").asText())
                                + (status == 429 ? " (still rejected after " + attempt + " attempts)" : "")));
            } else if ("created".equals(outcome)) {
                result.created();
            } else if ("updated".equals(outcome)) {
                result.updated();
            } else if ("deleted".equals(outcome)) {
                result.deleted();
            }
        }
        if (!again.isEmpty()) {
            for (int i = 0; i < again.size(); i++) {
                result.retried();
            }
            LOG.info("{} bulk items rejected (429, or a shard moving to another node); sending them again (attempt {})",
                    again.size(), attempt + 1);
            backoff(attempt);
            Body retryBody = new Body(body.size());
            for (BulkOp op : again) {
                retryBody.writeBytes(op.ndjson().getBytes(StandardCharsets.UTF_8));
            }
            send(again, retryBody, result, attempt + 1);
        }
    }

    /** An item refused because its shard's primary was on a node that just left (a replica takes over). */
    static boolean transientItem(int status, String type) {
        return status == 503 || switch (type) {
            case "unavailable_shards_exception", "no_shard_available_action_exception", "node_closed_exception",
                 "node_disconnected_exception", "node_not_connected_exception", "connect_transport_exception",
                 "primary_missing_action_exception", "send_request_transport_exception" -> true;
            default -> false;
        };
    }

    /**
     * Stops the whole load at the first write block: a full disk (flood stage) refuses every document alike, and
     * retrying or reporting each one would only bury the cause.
     */
    private void blocked(JsonNode error) throws WritesBlockedException {
        if (EsDisk.isWriteBlock(error.path("type").asText())) {
            throw new WritesBlockedException(EsDisk.blockedWrites(client, error.path("reason").asText()));
        }
    }

    private JsonNode errorOf(String body) {
        try {
            return mapper.readTree(body).path("error");
        } catch (IOException | RuntimeException e) {
            return mapper.createObjectNode();
        }
    }

    /** The type and reason of a rejected request's error body, shortened: the body can repeat the whole request. */
    private String rejection(String body) {
        try {
            JsonNode error = mapper.readTree(body).path("error");
            return shorten(error.path("type").asText("rejected") + ": " + error.path("reason").asText(""));
        } catch (IOException | RuntimeException e) {
            return "rejected (429)";
        }
    }

    /** A reason cut to one readable line: rejections describe the whole executor, once per document. */
    private static String shorten(String reason) {
        return reason.length() > 160 ? reason.substring(0, 160) + "…" : reason;
    }

    private void backoff(int attempt) throws IOException {
        try {
            Thread.sleep(retry.jitteredMillis(attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to retry a bulk request", e);
        }
    }
}
