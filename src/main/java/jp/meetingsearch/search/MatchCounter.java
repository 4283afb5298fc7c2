package jp.meetingsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import jp.meetingsearch.elasticsearch.WholeCount;

/**
 * Counts the remarks of an index (or alias) a query matches with Elasticsearch's {@code _count}. Whether a query
 * reaches a number is asked with {@code terminate_after}: a common word is then decided after a few matches on
 * each shard instead of all of them. A count that a shard did not answer is refused ({@link WholeCount}).
 */
public final class MatchCounter implements RemarkQueries.Counter {
    private final ElasticsearchClient client;
    private final String index;

    public MatchCounter(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    @Override
    public long count(Query query) throws IOException {
        return WholeCount.of(client, c -> c.index(index).query(query));
    }

    /**
     * Each shard stops at {@code enough} matches, which decides exactly what the full count would: a shard that
     * stops holds that many, and when none stops the answer is the full count.
     */
    @Override
    public boolean reaches(Query query, int enough) throws IOException {
        return WholeCount.of(client, c -> c.index(index).query(query).terminateAfter((long) enough)) >= enough;
    }

    /**
     * The queries counted side by side in one {@code _msearch}, each as a search without hits that counts every
     * match; a count that a shard did not answer is refused, as {@link #count} refuses it.
     */
    @Override
    public List<Long> counts(List<Query> queries) throws IOException {
        if (queries.size() < 2) {
            return queries.isEmpty() ? List.of() : List.of(count(queries.getFirst()));
        }
        List<RequestItem> searches = new ArrayList<>();
        for (Query q : queries) {
            searches.add(RequestItem.of(r -> r.header(h -> h.index(index).allowPartialSearchResults(false))
                    .body(b -> b.size(0).trackTotalHits(t -> t.enabled(true)).query(q))));
        }
        MsearchResponse<Void> answer = client.msearch(m -> m.searches(searches), Void.class);
        List<Long> out = new ArrayList<>();
        for (MultiSearchResponseItem<Void> item : answer.responses()) {
            if (item.isFailure()) {
                throw new ElasticsearchException("msearch", item.failure());
            }
            WholeCount.check(item.result().shards(), "count of " + index);
            out.add(item.result().hits().total() == null ? 0 : item.result().hits().total().value());
        }
        if (out.size() != queries.size()) {
            throw new IOException("Elasticsearch answered " + out.size() + " counts of " + queries.size());
        }
        return out;
    }
}
