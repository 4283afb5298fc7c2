package jp.meetingsearch.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * How one request counts remarks per theme, and how its answer is read. Either from the tags (a terms aggregation
 * on the tag field, a filter for remarks no theme tags carry, and a count of the remarks a loader wrote
 * that are not tagged yet), or from one query per theme (a filters aggregation).
 *
 * <p>Counting from the tags sends no rule at all (Elasticsearch then neither parses nor analyses their words);
 * when the answer shows remarks waiting for their tags, {@link Tally#complete()} is false and the request is
 * sent again with {@link #withPending()}, which adds the rules' queries over those remarks. Counts are exact
 * either way; sub-aggregations of the theme buckets cover tagged remarks only, so when remarks wait for their tags
 * {@link Tally#exact()} is false and {@link #exact()} (one query per theme) counts them too.
 */
public final class ThemeCounting {
    /** Key of the remarks no theme tags (theme names cannot start with '_'). */
    public static final String UNTAGGED = "_untagged";
    static final String BY_QUERY = "themes";
    static final String TAGGED = "themes_tagged";
    static final String UNTAGGED_TAGS = "themes_untagged";
    public static final String PENDING = "themes_pending";

    private final Map<String, Query> filters;
    private final String tagField;
    private final Query pending;
    private final boolean rulesOverPending;
    private final ThemeCounting exact;

    private ThemeCounting(Map<String, Query> filters, String tagField, Query pending, boolean rulesOverPending,
            ThemeCounting exact) {
        this.filters = filters;
        this.tagField = tagField;
        this.pending = pending;
        this.rulesOverPending = rulesOverPending;
        this.exact = exact;
    }

    /** One filter per theme, keyed by name in taxonomy order; remarks matching none count as untagged. */
    public static ThemeCounting byQueries(Map<String, Query> filters) {
        return new ThemeCounting(Collections.unmodifiableMap(new LinkedHashMap<>(filters)), null, null, false, null);
    }

    /**
     * From the tags in {@code tagField}; {@code rules} are the themes' queries by name in taxonomy order, for the
     * remarks {@code pending} selects (they carry no tags yet); {@code exact} counts by one query per theme.
     */
    public static ThemeCounting byTags(String tagField, Map<String, Query> rules, Query pending,
            ThemeCounting exact) {
        return new ThemeCounting(Collections.unmodifiableMap(new LinkedHashMap<>(rules)), tagField, pending, false,
                exact);
    }

    /** True when there are no themes to count. */
    public boolean isEmpty() {
        return filters.isEmpty();
    }

    /** True when counts come from the tags. */
    public boolean fromTags() {
        return tagField != null;
    }

    /** The theme names, in taxonomy order. */
    public List<String> names() {
        return List.copyOf(filters.keySet());
    }

    /** The counting that is exact for sub-aggregations too (this one, when counting by queries). */
    public ThemeCounting exact() {
        return exact == null ? this : exact;
    }

    /** Counting from the tags and, over the remarks not tagged yet, by the rules (this one, by queries). */
    public ThemeCounting withPending() {
        return fromTags() ? new ThemeCounting(filters, tagField, pending, true, exact) : this;
    }

    /** What selects the remarks waiting for their tags: empty when the themes are not counted from tags. */
    public Optional<Query> pendingFilter() {
        return isEmpty() || !fromTags() ? Optional.empty() : Optional.of(pending);
    }

    /**
     * The aggregations to add to a request (at its top or under a bucket); {@code perTheme} are added under each
     * theme's bucket and the untagged one (e.g. a count of meetings). Empty when there are no themes.
     */
    public Map<String, Aggregation> aggregations(Map<String, Aggregation> perTheme) {
        Map<String, Aggregation> out = new LinkedHashMap<>();
        if (isEmpty()) {
            return out;
        }
        if (!fromTags()) {
            out.put(BY_QUERY, Aggregation.of(a -> {
                var f = a.filters(x -> x.filters(b -> b.keyed(filters)).otherBucketKey(UNTAGGED));
                return perTheme.isEmpty() ? f : f.aggregations(perTheme);
            }));
            return out;
        }
        List<String> names = List.copyOf(filters.keySet());
        // only the current themes: a name a taxonomy edit removed may still be on remarks being retagged
        out.put(TAGGED, Aggregation.of(a -> {
            var t = a.terms(x -> x.field(tagField).size(names.size()).include(i -> i.terms(names)));
            return perTheme.isEmpty() ? t : t.aggregations(perTheme);
        }));
        // a filter rather than a missing aggregation: the same count, and a random sampler accepts it
        Query noTag = Query.of(q -> q.bool(b -> b.mustNot(n -> n.exists(e -> e.field(tagField)))));
        out.put(UNTAGGED_TAGS, Aggregation.of(a -> {
            var m = a.filter(noTag);
            return perTheme.isEmpty() ? m : m.aggregations(perTheme);
        }));
        out.put(PENDING, Aggregation.of(a -> {
            var p = a.filter(pending);
            return !rulesOverPending ? p : p.aggregations(BY_QUERY,
                    Aggregation.of(x -> x.filters(f -> f.filters(b -> b.keyed(filters)).otherBucketKey(UNTAGGED))));
        }));
        return out;
    }

    /** Remarks of one theme (or of no theme) and the sub-aggregations of its bucket. */
    public record Count(long remarks, Map<String, Aggregate> aggregations) {
    }

    /**
     * The counts of an answer.
     *
     * @param themes   per theme in taxonomy order (a theme no remark has counts 0)
     * @param untagged remarks no theme tags
     * @param complete false when remarks not tagged yet matched and the request had no rules for them: ask again
     *                 with {@link #withPending()}
     * @param exact    false when remarks not tagged yet matched: the counts may hold, but sub-aggregations of the
     *                 theme and untagged buckets left them out (ask again with {@link #exact()} if they matter)
     */
    public record Tally(Map<String, Count> themes, Count untagged, boolean complete, boolean exact) {
    }

    /** Reads what {@link #aggregations} asked for from the aggregations of an answer (or of a bucket). */
    public Tally read(Map<String, Aggregate> aggs) {
        Map<String, Count> out = new LinkedHashMap<>();
        if (!fromTags()) {
            Aggregate a = aggs.get(BY_QUERY);
            Map<String, FiltersBucket> keyed = a == null ? Map.of() : a.filters().buckets().keyed();
            for (String name : filters.keySet()) {
                out.put(name, count(keyed.get(name)));
            }
            return new Tally(out, count(keyed.get(UNTAGGED)), true, true);
        }
        Map<String, StringTermsBucket> tagged = new LinkedHashMap<>();
        Aggregate terms = aggs.get(TAGGED);
        if (terms != null && terms.isSterms()) {
            terms.sterms().buckets().array().forEach(b -> tagged.put(b.key().stringValue(), b));
        }
        Aggregate pendingAgg = aggs.get(PENDING);
        long pendingDocs = pendingAgg == null ? 0 : pendingAgg.filter().docCount();
        Aggregate byRules = pendingAgg == null ? null : pendingAgg.filter().aggregations().get(BY_QUERY);
        Map<String, FiltersBucket> fromRules = pendingDocs == 0 || byRules == null ? Map.of()
                : byRules.filters().buckets().keyed();
        for (String name : filters.keySet()) {
            StringTermsBucket b = tagged.get(name);
            FiltersBucket p = fromRules.get(name);
            out.put(name, new Count((b == null ? 0 : b.docCount()) + (p == null ? 0 : p.docCount()),
                    b == null ? Map.of() : b.aggregations()));
        }
        Aggregate missing = aggs.get(UNTAGGED_TAGS);
        // remarks not tagged yet have no tag at all: the missing bucket holds them, the rules sort them out
        FiltersBucket pendingUntagged = fromRules.get(UNTAGGED);
        long untagged = Math.max(0, (missing == null ? 0 : missing.filter().docCount()) - pendingDocs
                + (pendingUntagged == null ? 0 : pendingUntagged.docCount()));
        return new Tally(out, new Count(untagged, missing == null ? Map.of() : missing.filter().aggregations()),
                pendingDocs == 0 || byRules != null, pendingDocs == 0);
    }

    private static Count count(FiltersBucket b) {
        return b == null ? new Count(0, Map.of()) : new Count(b.docCount(), b.aggregations());
    }
}
