package jp.meetingsearch.elasticsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;

/** The buckets of a terms aggregation over a keyword or a number field, with keys as strings. */
public record TermsBuckets(List<Bucket> buckets, long otherDocCount) {

    /** One bucket: its key as text, its remark count and its sub-aggregations. */
    public record Bucket(String key, long count, Map<String, Aggregate> aggs) {
    }

    /** Reads a terms aggregate of any value type; a missing aggregate (no matching field) has no buckets. */
    public static TermsBuckets of(Aggregate a) {
        List<Bucket> out = new ArrayList<>();
        if (a == null) {
            return new TermsBuckets(out, 0);
        }
        if (a.isSterms()) {
            for (StringTermsBucket b : a.sterms().buckets().array()) {
                out.add(new Bucket(b.key().stringValue(), b.docCount(), b.aggregations()));
            }
            return new TermsBuckets(out, nonNull(a.sterms().sumOtherDocCount()));
        }
        if (a.isLterms()) {
            for (LongTermsBucket b : a.lterms().buckets().array()) {
                out.add(new Bucket(Long.toString(b.key()), b.docCount(), b.aggregations()));
            }
            return new TermsBuckets(out, nonNull(a.lterms().sumOtherDocCount()));
        }
        // an unmapped field in every index answers with an empty "umterms"
        return new TermsBuckets(out, 0);
    }

    private static long nonNull(Long v) {
        return v == null ? 0 : v;
    }
}
