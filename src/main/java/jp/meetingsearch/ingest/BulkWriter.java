package jp.meetingsearch.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.elasticsearch.EsDisk;
import jp.meetingsearch.elasticsearch.WritesBlockedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends operations as {@code _bulk} requests of bounded size and checks every item: 429s (the node's write queue
 * is full) are sent again with exponential backoff up to a bound, every other refusal is reported per document.
 * An IOException means the cluster could not be reached; what was acknowledged before stays written.
 */
public final class BulkWriter {
    private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);
    /** Default bytes per bulk request; see docs/performance.md for how it was chosen. */
    public static final int DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

    private final ElasticsearchClient client;
    private final ObjectMapper mapper;
    private final int maxBytes;
    private final String refresh;
    private final Consumer<String> bodySink;
    private final Retry retry;

    /**
     * How often and how patiently rejected operations are sent again: at most {@code attempts} sends in all, the
     * n-th wait drawn between half and all of {@code min(firstBackoff × 2^(n-1), maxBackoff)} (the jitter keeps
     * concurrent writers from coming back at the same instant).
     */
    public record Retry(int attempts, Duration firstBackoff, Duration maxBackoff) {
        /** Eight sends over about 12 seconds (16 at most): long enough for a busy node to drain its write queue. */
        public static final Retry DEFAULT = new Retry(8, Duration.ofMillis(200), Duration.ofSeconds(5));

        public Retry {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1");
            }
        }

        long backoffMillis(int attempt) {
            long full = Math.min(firstBackoff.toMillis() << Math.min(attempt - 1, 16), maxBackoff.toMillis());
            return full / 2 + ThreadLocalRandom.current().nextLong(full / 2 + 1);
        }
    }

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

    /** Writes all operations, in order, in as many requests as their size needs. */
    public BulkResult write(List<BulkOp> ops) throws IOException {
        BulkResult result = new BulkResult();
        List<BulkOp> batch = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (BulkOp op : ops) {
            String lines = op.ndjson();
            if (!batch.isEmpty() && body.length() + lines.length() > maxBytes / 2) {
                // StringBuilder length counts UTF-16 units; Japanese text is ~3 bytes per unit in UTF-8
                send(batch, body.toString(), result, 1);
                batch = new ArrayList<>();
                body.setLength(0);
            }
            batch.add(op);
            body.append(lines);
        }
        if (!batch.isEmpty()) {
            send(batch, body.toString(), result, 1);
        }
        return result;
    }

    private void send(List<BulkOp> batch, String body, BulkResult result, int attempt) throws IOException {
        if (bodySink != null && attempt == 1) {
            bodySink.accept(body);
        }
        Request request = new Request("POST", "/_bulk");
        if (refresh != null) {
            request.addParameter("refresh", refresh);
        }
        request.setEntity(new org.apache.hc.core5.http.io.entity.StringEntity(body,
                org.apache.hc.core5.http.ContentType.create("application/x-ndjson", StandardCharsets.UTF_8)));
        JsonNode answer;
        try {
            answer = mapper.readTree(EsClients.perform(client, request));
        } catch (jp.meetingsearch.elasticsearch.EsRequestException e) {
            if (e.status() != 429) {
                throw e;
            }
            blocked(errorOf(e.body()));
            // the whole request was rejected (write queue or indexing memory full): the same as each item
            if (attempt < retry.attempts()) {
                batch.forEach(op -> result.retried());
                LOG.info("bulk request of {} items rejected with 429; sending it again (attempt {})", batch.size(),
                        attempt + 1);
                backoff(attempt);
                send(batch, body, result, attempt + 1);
            } else {
                String reason = rejection(e.body()) + " (still rejected after " + attempt + " attempts)";
                batch.forEach(op -> result.failed(new BulkResult.ItemFailure(op, 429, reason)));
            }
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
            blocked(item.path("error"));
            if (status == 429 && attempt < retry.attempts()) {
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
            LOG.info("{} bulk items rejected with 429; sending them again (attempt {})", again.size(), attempt + 1);
            backoff(attempt);
            StringBuilder retryBody = new StringBuilder();
            again.forEach(op -> retryBody.append(op.ndjson()));
            send(again, retryBody.toString(), result, attempt + 1);
        }
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
            Thread.sleep(retry.backoffMillis(attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to retry a bulk request", e);
        }
    }
}
