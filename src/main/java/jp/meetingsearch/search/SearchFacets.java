package jp.meetingsearch.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.util.NamedValue;

/**
 * The facets of one remark search: the most frequent roles, speakers and bodies, the fiscal years and the themes
 * of the matching remarks. With a sample size, they count at most that many remarks per shard: every match while
 * there are no more, else the best-matching ones (a {@code sampler} aggregation), and the answer says so.
 */
final class SearchFacets {
    /** Terms facets list at most this many values each. */
    static final int SIZE = 30;
    static final String SAMPLE = "facets_sample";
    private static final List<String> KEYWORDS = List.of("role", "speaker", "group", "body");

    private final ThemeCounting themes;
    private final int sampleSize;

    /** @param sampleSize most remarks per shard the facets count (0: every match) */
    SearchFacets(ThemeCounting themes, int sampleSize) {
        this.themes = themes;
        this.sampleSize = sampleSize;
    }

    /**
     * The facets of an answer and how many remarks they counted; {@code complete} is false when remarks waiting for
     * their theme tags matched and the request did not count their themes (ask again with {@link #withPending()}).
     */
    record Result(Map<String, List<FacetBucket>> facets, boolean approximate, long counted, boolean complete) {
    }

    /** The same facets, with the rules' queries over the remarks not tagged yet. */
    SearchFacets withPending() {
        return new SearchFacets(themes.withPending(), sampleSize);
    }

    /** The aggregations to add to the search request. */
    Map<String, Aggregation> aggregations() {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        for (String field : KEYWORDS) {
            aggs.put(field, Aggregation.of(a -> a.terms(t -> t.field(field).size(SIZE))));
        }
        aggs.put("fiscal_year", Aggregation.of(a -> a.terms(t -> t.field("fiscal_year").size(100)
                .order(NamedValue.of("_key", co.elastic.clients.elasticsearch._types.SortOrder.Asc)))));
        aggs.putAll(themes.aggregations(Map.of()));
        if (sampleSize <= 0) {
            return aggs;
        }
        return Map.of(SAMPLE, Aggregation.of(a -> a.sampler(s -> s.shardSize(sampleSize)).aggregations(aggs)));
    }

    /** Value counts, most frequent first (fiscal years in order, themes with their taxonomy order among equals). */
    Result read(Map<String, Aggregate> top, long total) {
        Map<String, Aggregate> aggs = top;
        long counted = total;
        if (sampleSize > 0) {
            Aggregate sample = top.get(SAMPLE);
            aggs = sample == null ? Map.of() : sample.sampler().aggregations();
            counted = sample == null ? 0 : sample.sampler().docCount();
        }
        Map<String, List<FacetBucket>> out = new LinkedHashMap<>();
        for (String field : KEYWORDS) {
            Aggregate agg = aggs.get(field);
            out.put(field, agg == null || !agg.isSterms() ? List.of() : FacetBucket.byCount(agg.sterms().buckets()
                    .array().stream().map(b -> new FacetBucket(b.key().stringValue(), b.docCount())).toList()));
        }
        Aggregate fy = aggs.get("fiscal_year");
        out.put("fiscal_year", fy == null || !fy.isLterms() ? List.of() : fy.lterms().buckets().array().stream()
                .map(b -> new FacetBucket(b.key(), b.docCount())).toList());
        List<FacetBucket> themeBuckets = new ArrayList<>();
        boolean complete = true;
        if (!themes.isEmpty() && !aggs.isEmpty()) {
            ThemeCounting.Tally tally = themes.read(aggs);
            complete = tally.complete();
            tally.themes().forEach((name, c) -> {
                if (c.remarks() > 0) {
                    themeBuckets.add(new FacetBucket(name, c.remarks()));
                }
            });
            themeBuckets.sort((a, b) -> Long.compare(b.count(), a.count()));
        }
        out.put("theme", themeBuckets);
        return new Result(out, counted < total, counted, complete);
    }
}
