package jp.meetingsearch.elasticsearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every document a query matches, read in pages of 5,000. A query that fills less than one page is read with one
 * search. A longer one is read again from the start through a point in time, in the order of {@code _shard_doc}
 * with search_after, and the point in time is closed after: every page then reads the index as it was when the
 * scan began, whatever is written or refreshed meanwhile, and the pages meet without a seam (ordered by
 * {@code _doc} alone, the pages of an index of several shards left out the documents of one shard that tied with
 * the last of a page on another). An index that does not exist yet matches nothing. A page that a shard does not
 * answer is refused, never read in part (the loaders compare what they read with what they load: a missing part
 * would leave stale documents in place). A request refused for a passing reason ({@link Retry#passing}: a full
 * search queue or a tripped circuit breaker, no shard copy available yet as while a restarted node recovers; or a
 * connection cut by a node going away) is sent again as {@link Retry#DEFAULT} says, waiting the ceiling of each
 * wait: 0.2 s, then twice as long each time up to 5 s (about 16 s in all); anything else, or the same refusal after
 * that, is thrown.
 */
public final class DocumentScan {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentScan.class);
    static final int PAGE = 5000;
    /** Searches per {@code _msearch} of {@link #eachOf}. */
    static final int BATCH = 100;
    /** Hits of each search of {@link #eachOf}; a query with more is read on its own. */
    static final int BATCH_PAGE = 100;
    /** How many times a request is sent at most. */
    static final int ATTEMPTS = Retry.DEFAULT.attempts();
    /** How long the point in time of a long scan stays open after each of its pages. */
    static final String KEEP_ALIVE = "2m";

    private DocumentScan() {
    }

    /**
     * The hits of the query on the index: id, and the given _source fields read as {@code type} (no source when
     * {@code fields} is empty).
     */
    public static <T> List<Hit<T>> all(ElasticsearchClient client, String index, Query query, List<String> fields,
                                       Class<T> type) throws IOException {
        List<Hit<T>> out = new ArrayList<>();
        scan(client, index, query, fields, type, out::addAll);
        return out;
    }

    /** Receives a scan's hits a page at a time. */
    public interface Pages<T> {
        void accept(List<Hit<T>> page) throws IOException;
    }

    /**
     * The hits of the query on the index, as {@link #all} reads them, handed on a page at a time: a query of many
     * documents is read without holding them all. When a page cannot be read the scan throws, after the pages
     * handed on before it.
     */
    public static <T> void scan(ElasticsearchClient client, String index, Query query, List<String> fields,
                                Class<T> type, Pages<T> sink) throws IOException {
        SearchResponse<T> first = retried(index, () -> page(client, index, null, query, fields, type, null));
        if (first == null) {
            return;
        }
        if (first.hits().hits().size() < PAGE) {
            sink.accept(first.hits().hits());
            return;
        }
        String pit = retried(index, () -> client.openPointInTime(o -> o.index(index)
                .keepAlive(k -> k.time(KEEP_ALIVE))).id());
        if (pit == null) {
            return;
        }
        try {
            List<FieldValue> after = null;
            while (true) {
                String id = pit;
                List<FieldValue> from = after;
                SearchResponse<T> answer = retried(index, () -> page(client, index, id, query, fields, type, from));
                if (answer == null) {
                    // a point in time that no longer exists: what is left of the scan cannot be read
                    throw new IOException("reading " + index + ": its point in time was closed before the scan ended");
                }
                pit = answer.pitId() == null ? pit : answer.pitId();
                List<Hit<T>> hits = answer.hits().hits();
                sink.accept(hits);
                if (hits.size() < PAGE) {
                    return;
                }
                after = hits.getLast().sort();
            }
        } finally {
            close(client, index, pit);
        }
    }

    /** Receives the hits of the queries of {@link #eachOf}. */
    public interface Hits<T> {
        /** Some hits of query {@code query}: all of them, or one page of a query read alone. */
        void page(int query, List<Hit<T>> hits) throws IOException;

        /** Every hit of query {@code query} has been handed on. */
        void done(int query) throws IOException;
    }

    /**
     * The hits of each query on the index, as {@link #all} reads them, handed to {@code sink} in the order of
     * {@code queries}: their first pages of {@value #BATCH_PAGE} hits go in {@code _msearch} requests of
     * {@value #BATCH} searches, so that many queries that each match few documents cost one round trip a batch
     * instead of one each. A query whose first page is full, or whose search alone was refused, is read again on its
     * own by {@link #scan} when its turn comes, which hands it on a page at a time and retries or throws as that
     * says. Beyond what the sink keeps, one batch's first pages and one page of a query read alone are held at a time.
     */
    public static <T> void eachOf(ElasticsearchClient client, String index, List<Query> queries, List<String> fields,
                                  Class<T> type, Hits<T> sink) throws IOException {
        for (int start = 0; start < queries.size(); start += BATCH) {
            List<Query> batch = queries.subList(start, Math.min(queries.size(), start + BATCH));
            MsearchResponse<T> answer = retried(index, () -> client.msearch(m -> {
                m.index(index);
                for (Query q : batch) {
                    // a shard that does not answer fails the search instead of leaving its documents out of it
                    m.searches(item -> item.header(h -> h.allowPartialSearchResults(false)).body(b -> {
                        b.size(BATCH_PAGE).trackTotalHits(t -> t.enabled(false)).query(q)
                                .sort(o -> o.field(f -> f.field("_doc")));
                        if (fields.isEmpty()) {
                            b.source(src -> src.fetch(false));
                        } else {
                            b.source(src -> src.filter(f -> f.includes(fields)));
                        }
                        return b;
                    }));
                }
                return m;
            }, type));
            for (int i = 0; i < batch.size(); i++) {
                MultiSearchResponseItem<T> item = answer == null ? null : answer.responses().get(i);
                int query = start + i;
                if (item != null && item.isResult() && item.result().hits().hits().size() < BATCH_PAGE) {
                    sink.page(query, item.result().hits().hits());
                } else {
                    scan(client, index, batch.get(i), fields, type, hits -> sink.page(query, hits));
                }
                sink.done(query);
            }
        }
    }

    private interface Request<R> {
        R send() throws IOException;
    }

    /** The answer to a request sent again after a passing refusal; null when what it reads does not exist (404). */
    private static <R> R retried(String index, Request<R> request) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return request.send();
            } catch (ElasticsearchException | IOException e) {
                // a refusal whose body the typed client cannot read comes as the low-level client's exception
                int status = EsFailures.status(e);
                if (status == 404) {
                    return null;
                }
                boolean again = Retry.passing(status) || status == 0 && EsFailures.connectionLost(e);
                if (!again || attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.info("reading {} was refused ({}); asking again (attempt {})", index,
                        status == 0 ? "connection lost: " + e.getMessage() : String.valueOf(status), attempt + 1);
            }
            pause(attempt);
        }
    }

    /** Closes a scan's point in time; one that cannot be closed expires by itself after {@link #KEEP_ALIVE}. */
    private static void close(ElasticsearchClient client, String index, String pit) {
        try {
            client.closePointInTime(c -> c.id(pit));
        } catch (ElasticsearchException | IOException e) {
            LOG.info("the point in time of a scan of {} was not closed ({}); it expires within {}", index,
                    e.getMessage(), KEEP_ALIVE);
        }
    }

    /** The wait before attempt {@code attempt + 1}: 0.2 s doubled each time, 5 s at most. */
    static long pauseMillis(int attempt) {
        return Retry.DEFAULT.ceilingMillis(attempt);
    }

    private static void pause(int attempt) throws IOException {
        try {
            Thread.sleep(pauseMillis(attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to read again", e);
        }
    }

    /** A page: the first one of the index ({@code pit} null), or one of a point in time after {@code from}. */
    private static <T> SearchResponse<T> page(ElasticsearchClient client, String index, String pit, Query query,
                                              List<String> fields, Class<T> type, List<FieldValue> from)
            throws IOException {
        return client.search(s -> {
            // a shard that does not answer fails the page instead of leaving its documents out of it
            s.size(PAGE).trackTotalHits(t -> t.enabled(false)).query(query).allowPartialSearchResults(false);
            if (pit == null) {
                s.index(index).sort(o -> o.field(f -> f.field("_doc")));
            } else {
                // a point in time names its indices itself; _shard_doc orders the documents of every shard apart
                s.pit(p -> p.id(pit).keepAlive(k -> k.time(KEEP_ALIVE))).sort(o -> o.field(f -> f.field("_shard_doc")));
            }
            if (fields.isEmpty()) {
                s.source(src -> src.fetch(false));
            } else {
                s.source(src -> src.filter(f -> f.includes(fields)));
            }
            if (from != null) {
                s.searchAfter(from);
            }
            return s;
        }, type);
    }
}
