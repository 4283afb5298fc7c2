package jp.meetingsearch.search;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * The number of documents an index holds, read at most every 30 s: what sets a first sample's probability
 * ({@link Sampling}). A stale number only makes that sample larger or smaller than asked, and one too small is
 * taken again.
 */
public final class IndexSize {
    /** How long a number read stays good. */
    static final long HELD_FOR_NANOS = 30_000_000_000L;

    /** The number of documents the index held, and when it was read ({@link System#nanoTime()}). */
    private record Held(long documents, long readAt) {
    }

    private final ElasticsearchClient client;
    private final String index;
    private volatile Held held;

    public IndexSize(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** The documents the index holds (read again when the last reading is over 30 s old). */
    public long documents() throws IOException {
        Held h = held;
        long now = System.nanoTime();
        if (h == null || now - h.readAt() > HELD_FOR_NANOS) {
            h = new Held(jp.meetingsearch.elasticsearch.WholeCount.of(client, c -> c.index(index)), now);
            held = h;
        }
        return h.documents();
    }
}
