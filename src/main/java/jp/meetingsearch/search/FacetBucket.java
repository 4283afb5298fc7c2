package jp.meetingsearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jp.meetingsearch.text.NaturalOrder;

/** One value of a facet and how many matching remarks have it; {@code key} is a string or, for years, a number. */
public record FacetBucket(Object key, long count) {

    /** Most frequent first; among equal counts in natural order (3番 before 11番), not Elasticsearch's text order. */
    public static List<FacetBucket> byCount(List<FacetBucket> buckets) {
        List<FacetBucket> out = new ArrayList<>(buckets);
        out.sort(Comparator.comparingLong(FacetBucket::count).reversed()
                .thenComparing(b -> String.valueOf(b.key()), NaturalOrder.INSTANCE));
        return List.copyOf(out);
    }
}
