package jp.meetingsearch.search;

import java.util.List;
import java.util.Map;

/**
 * One page of remark search results.
 *
 * @param total      all matching remarks
 * @param hits       this page
 * @param facets     role, speaker, group, fiscal_year, body, theme → value counts over the remarks the facets counted
 *                   (empty when not asked for)
 * @param facetsApproximate true when the matches were more than the facet sample size and the facets counted
 *                   only the best-matching {@code facetsCounted} remarks
 * @param facetsCounted     remarks the facets counted (0 without facets)
 * @param expanded   synonyms applied: entry of a query word → the synonyms it was also searched with
 * @param nextCursor the cursor of the next page; null on the last page
 * @param timedOut   true when Elasticsearch stopped at the search timeout and the page may be incomplete
 * @param match      how strictly the words matched, which {@code total} counts: {@code exact} (each word whole, in
 *                   one of its forms) or {@code broad} (also where a word's tokens are only scattered); null
 *                   without words
 */
public record SearchResult(long total, List<RemarkHit> hits, Map<String, List<FacetBucket>> facets,
                           boolean facetsApproximate, long facetsCounted, Map<String, List<String>> expanded,
                           String nextCursor, boolean timedOut, String match) {
}
