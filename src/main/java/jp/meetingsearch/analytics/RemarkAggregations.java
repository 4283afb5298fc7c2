package jp.meetingsearch.analytics;

import java.time.Duration;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonData;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;

/** What every analytics request over remarks shares: no hits, an exact total, a timeout, the filter as query. */
final class RemarkAggregations {
    /** Cardinality counts of meetings are exact below this many distinct meetings per bucket. */
    static final int MEETING_PRECISION = 10_000;

    private RemarkAggregations() {
    }

    /**
     * The remarks index an analytics service reads and the server-side time limit of each of its requests
     * ({@code SEARCH_TIMEOUT_MS}, as for searches; partial answers are flagged by Elasticsearch).
     */
    record Target(String index, String timeout) {
        static Target of(Indices indices, Duration timeout) {
            return new Target(indices.alias(IndexName.REMARKS), timeout.toMillis() + "ms");
        }
    }

    /** A size-0 search over the target restricted by {@code filter} (null or match_all: every remark). */
    static SearchRequest.Builder search(Target target, Query filter) {
        SearchRequest.Builder b = new SearchRequest.Builder()
                .index(target.index()).allowPartialSearchResults(false)
                .size(0)
                .trackTotalHits(t -> t.enabled(true))
                .timeout(target.timeout());
        if (restricts(filter)) {
            // filter context: the counts need no scores, and Elasticsearch can cache the clauses
            b.query(q -> q.bool(bool -> bool.filter(filter)));
        }
        return b;
    }

    /** False for no filter or one that matches every remark. */
    static boolean restricts(Query filter) {
        return filter != null && !filter.isMatchAll();
    }

    /** Distinct meetings among a bucket's remarks. */
    static Aggregation meetingCount() {
        return Aggregation.of(a -> a.cardinality(c -> c.field("meeting_id").precisionThreshold(MEETING_PRECISION)));
    }

    /** The value of a cardinality sub-aggregation, 0 when absent. */
    static long cardinality(Map<String, Aggregate> aggs, String name) {
        Aggregate a = aggs.get(name);
        return a == null ? 0 : a.cardinality().value();
    }

    /** The value of a sum sub-aggregation as a whole number, 0 when absent. */
    static long sum(Map<String, Aggregate> aggs, String name) {
        Aggregate a = aggs.get(name);
        return a == null ? 0 : Math.round(a.sum().value());
    }

    /** {@code part / whole} rounded to four decimals; 0 for an empty whole. */
    static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    /** The earliest meeting date of a bucket, to order meetings in time. */
    static Aggregation firstDate() {
        return Aggregation.of(a -> a.min(m -> m.field("meeting_date")));
    }

    /** One remark of a meeting bucket, for the meeting's title and date. */
    static Aggregation meetingSample() {
        return Aggregation.of(a -> a.topHits(h -> h.size(1)
                .source(s -> s.filter(sf -> sf.includes("meeting_title", "meeting_date")))));
    }

    /** Title and date from a {@link #meetingSample()} result; nulls when absent. */
    static String[] titleAndDate(Aggregate top) {
        if (top == null || top.topHits().hits().hits().isEmpty()) {
            return new String[] {null, null};
        }
        JsonData src = top.topHits().hits().hits().get(0).source();
        if (src == null) {
            return new String[] {null, null};
        }
        var o = src.toJson().asJsonObject();
        return new String[] {
            o.containsKey("meeting_title") && !o.isNull("meeting_title") ? o.getString("meeting_title") : null,
            o.containsKey("meeting_date") && !o.isNull("meeting_date") ? o.getString("meeting_date") : null};
    }
}
