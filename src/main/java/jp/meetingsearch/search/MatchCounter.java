package jp.meetingsearch.search;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
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
}
