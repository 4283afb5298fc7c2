package jp.meetingsearch.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.util.NamedValue;

/**
 * The facets of one remark search: the most frequent roles, speakers and bodies, the fiscal years and the themes
 * of the matching remarks. Either every match is counted, or a random sample of them ({@link Sampling}), and the
 * answer then says the counts are estimates and how many remarks they came from. The count of remarks waiting for
 * their theme tags stays outside the sample, exact: it decides whether their themes must be counted by the rules.
 */
final class SearchFacets {
    /** Terms facets list at most this many values each. */
    static final int SIZE = 30;
    static final String SAMPLE = "facets_sample";
    private static final List<String> KEYWORDS = List.of("role", "speaker", "group", "body");

    private final ThemeCounting themes;
    private final double probability;

    /** @param probability the share of the matches the facets count, at random (1: every match; else under 0.5) */
    SearchFacets(ThemeCounting themes, double probability) {
        this.themes = themes;
        this.probability = Sampling.checked(probability);
    }

    /** True when the facets count a random sample of the matches. */
    boolean sampled() {
        return probability < 1;
    }

    /** The share of the matches counted (1: every match). */
    double probability() {
        return probability;
    }

    /** The same facets over another share of the matches. */
    SearchFacets withProbability(double p) {
        return new SearchFacets(themes, p);
    }

    /**
     * The facets of an answer and how many remarks they counted; {@code complete} is false when remarks waiting for
     * their theme tags matched and the request did not count their themes (ask again with {@link #withPending()});
     * {@code total} is the matches, estimated from the sample when {@code totalApproximate}.
     */
    record Result(Map<String, List<FacetBucket>> facets, boolean approximate, long counted, boolean complete,
                  long total, boolean totalApproximate) {
        /** The same facets with the total of their matches. */
        Result withTotal(long matches, boolean estimated) {
            return new Result(facets, approximate, counted, complete, matches, estimated);
        }
    }

    /** The same facets, with the rules' queries over the remarks not tagged yet. */
    SearchFacets withPending() {
        return new SearchFacets(themes.withPending(), probability);
    }

    /** The aggregations to add to the search request. */
    Map<String, Aggregation> aggregations() {
        return aggregations(true);
    }

    /**
     * The aggregations to add to the search request; {@code pending} false leaves out the count of matching remarks
     * waiting for their theme tags, which a search of those remarks asks for instead ({@link #pendingCount()}) when
     * the index holds any: a sample then visits its sample alone.
     */
    Map<String, Aggregation> aggregations(boolean pending) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        for (String field : KEYWORDS) {
            aggs.put(field, Aggregation.of(a -> a.terms(t -> t.field(field).size(SIZE))));
        }
        aggs.put("fiscal_year", Aggregation.of(a -> a.terms(t -> t.field("fiscal_year").size(100)
                .order(NamedValue.of("_key", co.elastic.clients.elasticsearch._types.SortOrder.Asc)))));
        aggs.putAll(themes.aggregations(Map.of()));
        if (!pending) {
            aggs.remove(ThemeCounting.PENDING);
        }
        return Sampling.around(SAMPLE, probability, aggs);
    }

    /**
     * The count of matching remarks waiting for their theme tags alone (empty when the themes are not counted from
     * their tags), for a search of those remarks beside a sample that leaves it out; {@link #read} takes it from the
     * answers' aggregations put together, and reads its absence as none.
     */
    Map<String, Aggregation> pendingCount() {
        Aggregation pending = themes.aggregations(Map.of()).get(ThemeCounting.PENDING);
        return pending == null ? Map.of() : Map.of(ThemeCounting.PENDING, pending);
    }

    /**
     * What selects the remarks waiting for their theme tags when the facets sample the matches and count themes from
     * their tags: their count then stays outside the sample ({@link #pendingCount()}); empty otherwise.
     */
    Optional<Query> pendingBesideSample() {
        return sampled() ? themes.pendingFilter() : Optional.empty();
    }

    /** Value counts, most frequent first (fiscal years in order, themes with their taxonomy order among equals). */
    Result read(Map<String, Aggregate> top, long total) {
        Map<String, Aggregate> aggs = top;
        long counted = total;
        if (sampled()) {
            aggs = Sampling.within(SAMPLE, top);
            counted = Sampling.counted(SAMPLE, top);
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
        return new Result(out, sampled(), counted, complete, total, false);
    }
}
