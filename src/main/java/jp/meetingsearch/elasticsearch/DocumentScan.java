package jp.meetingsearch.elasticsearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every document a query matches, read in pages of 5,000 with search_after on {@code _doc} (no point in time: the
 * loaders read what they themselves wrote and refreshed). An index that does not exist yet matches nothing. A page
 * that a shard does not answer is refused, never read in part (the loaders compare what they read with what they
 * load: a missing part would leave stale documents in place). A page refused for a passing reason
 * ({@link Retry#passing}: a full search queue or a tripped circuit breaker, no shard copy available yet as while a
 * restarted node recovers; or a connection cut by a node going away) is asked again as {@link Retry#DEFAULT} says,
 * waiting the ceiling of each wait: 0.2 s, then twice as long each time up to 5 s (about 16 s in all); anything
 * else, or the same refusal after that, is thrown.
 */
public final class DocumentScan {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentScan.class);
    private static final int PAGE = 5000;
    /** How many times a page is asked for at most. */
    static final int ATTEMPTS = Retry.DEFAULT.attempts();

    private DocumentScan() {
    }

    /**
     * The hits of the query on the index: id, and the given _source fields read as {@code type} (no source when
     * {@code fields} is empty).
     */
    public static <T> List<Hit<T>> all(ElasticsearchClient client, String index, Query query, List<String> fields,
                                       Class<T> type) throws IOException {
        List<Hit<T>> out = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<T> answer;
            for (int attempt = 1; ; attempt++) {
                try {
                    answer = page(client, index, query, fields, type, from);
                    break;
                } catch (ElasticsearchException | IOException e) {
                    // a refusal whose body the typed client cannot read comes as the low-level client's exception
                    int status = EsFailures.status(e);
                    if (status == 404) {
                        return out;
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
            List<Hit<T>> hits = answer.hits().hits();
            out.addAll(hits);
            if (hits.size() < PAGE) {
                return out;
            }
            after = hits.getLast().sort();
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

    private static <T> SearchResponse<T> page(ElasticsearchClient client, String index, Query query,
                                              List<String> fields, Class<T> type, List<FieldValue> from)
            throws IOException {
        return client.search(s -> {
            // a shard that does not answer fails the page instead of leaving its documents out of it
            s.index(index).size(PAGE).trackTotalHits(t -> t.enabled(false)).query(query)
                    .sort(o -> o.field(f -> f.field("_doc"))).allowPartialSearchResults(false);
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
