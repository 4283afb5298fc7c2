package jp.meetingsearch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.ingest.BulkSettings;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * Sends the exact bulk bodies a loader emitted ({@code --emit-ndjson}) straight to {@code _bulk}, cut at the same
 * size and with as many requests in flight as the loader uses: what indexing costs Elasticsearch alone, with no
 * parsing, no JSON building and no stale-document checks.
 */
final class BulkReplay {
    private static final ContentType NDJSON = ContentType.create("application/x-ndjson", StandardCharsets.UTF_8);

    /** Requests and operations sent, failed items, seconds. */
    record Result(long requests, long operations, long failedItems, double seconds) {
    }

    private BulkReplay() {
    }

    static Result replay(ElasticsearchClient client, Path ndjson, BulkSettings bulk) throws IOException {
        return replay(client, ndjson, bulk, Long.MAX_VALUE);
    }

    /** Replays the first bodies only, up to about {@code maxOperations} operations (a warm-up). */
    static Result replay(ElasticsearchClient client, Path ndjson, BulkSettings bulk, long maxOperations)
            throws IOException {
        AtomicLong requests = new AtomicLong();
        AtomicLong operations = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<IOException> failure = new AtomicReference<>();
        // the loader's shape: N senders, one body waiting per sender, the reader blocked beyond that
        ThreadPoolExecutor senders = new ThreadPoolExecutor(bulk.concurrency(), bulk.concurrency(), 0,
                TimeUnit.SECONDS, new ArrayBlockingQueue<>(1), new ThreadPoolExecutor.CallerRunsPolicy());
        long t0 = System.nanoTime();
        try (BufferedReader in = Files.newBufferedReader(ndjson, StandardCharsets.UTF_8)) {
            BulkBodies bodies = new BulkBodies(in, bulk.maxBytes());
            long read = 0;
            for (BulkBodies.Body b = bodies.next(); b != null && failure.get() == null && read < maxOperations;
                 b = bodies.next()) {
                BulkBodies.Body body = b;
                read += b.operations();
                senders.execute(() -> {
                    try {
                        Request r = new Request("POST", "/_bulk");
                        r.setEntity(new StringEntity(body.text(), NDJSON));
                        String answer = EsClients.perform(client, r);
                        requests.incrementAndGet();
                        operations.addAndGet(body.operations());
                        if (answer.regionMatches(0, "{\"errors\":true", 0, 14) || answer.contains("\"errors\":true")) {
                            failed.addAndGet(countErrors(answer));
                        }
                    } catch (IOException e) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
        } finally {
            senders.shutdown();
            try {
                senders.awaitTermination(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Result(requests.get(), operations.get(), failed.get(), (System.nanoTime() - t0) / 1e9);
    }

    private static long countErrors(String answer) {
        long n = 0;
        for (int i = answer.indexOf("\"error\":"); i >= 0; i = answer.indexOf("\"error\":", i + 1)) {
            n++;
        }
        return n;
    }
}
