package jp.meetingsearch.search;

import java.util.List;
import java.util.Map;

/**
 * One page of remark search results.
 *
 * @param total      all matching remarks; beyond twice the facet sample size, when the facets are sampled, an
 *                   estimate from their sample (more than that bound)
 * @param totalApproximate true when {@code total} is that estimate
 * @param hits       this page
 * @param facets     role, speaker, group, fiscal_year, body, theme → value counts over the remarks the facets counted
 *                   (empty when not asked for)
 * @param facetsApproximate true when the facets counted a random sample of the matches, {@code facetsCounted}
 *                   remarks, and their counts are estimates
 * @param facetsCounted     remarks the facets counted (0 without facets)
 * @param expanded   synonyms applied: entry of a query word → the synonyms it was also searched with
 * @param nextCursor the cursor of the next page; null on the last page
 * @param timedOut   true when Elasticsearch stopped at the search timeout and the page may be incomplete
 * @param match      how strictly the words matched, which {@code total} counts: {@code exact} (each word whole, in
 *                   one of its forms) or {@code broad} (also where a word's tokens are only scattered); null
 *                   without words
 */
public record SearchResult(long total, boolean totalApproximate, List<RemarkHit> hits,
                           Map<String, List<FacetBucket>> facets, boolean facetsApproximate, long facetsCounted,
                           Map<String, List<String>> expanded, String nextCursor, boolean timedOut, String match) {
}
