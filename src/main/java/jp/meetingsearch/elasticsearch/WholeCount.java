package jp.meetingsearch.elasticsearch;

import java.io.IOException;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ShardStatistics;
import co.elastic.clients.elasticsearch.core.CountRequest;
import co.elastic.clients.elasticsearch.core.CountResponse;
import co.elastic.clients.util.ObjectBuilder;

/**
 * Elasticsearch's {@code _count}, refused when a shard did not answer. Unlike a search, {@code _count} has no
 * {@code allow_partial_search_results}: a shard without a copy (a node down) is left out of the count and the
 * answer only says so in {@code _shards.failed}. A count that decides something (whether an index is empty, whether
 * a word fills a page, the size a sample is taken from) must not be one of part of the documents.
 */
public final class WholeCount {
    private WholeCount() {
    }

    /** The documents the request counts; {@link ShardsFailedException} when a shard did not answer. */
    public static long of(ElasticsearchClient client, Function<CountRequest.Builder, ObjectBuilder<CountRequest>> fn)
            throws IOException {
        CountRequest request = fn.apply(new CountRequest.Builder()).build();
        CountResponse answer = client.count(request);
        check(answer.shards(), "count of " + String.join(",", request.index()));
        return answer.count();
    }

    /** Throws {@link ShardsFailedException} when {@code shards} says some did not answer. */
    public static void check(ShardStatistics shards, String what) throws ShardsFailedException {
        if (shards != null && shards.failed().intValue() > 0) {
            throw new ShardsFailedException(shards.failed() + " of " + shards.total() + " shards did not answer the "
                    + what);
        }
    }

    /**
     * A request that only part of the shards answered: what a 503 from Elasticsearch means for a search that refuses
     * partial results ({@link EsFailures#status} says 503).
     */
    public static final class ShardsFailedException extends IOException {
        private static final long serialVersionUID = 1L;

        public ShardsFailedException(String message) {
            super(message);
        }
    }
}
