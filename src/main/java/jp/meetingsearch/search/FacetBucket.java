package jp.meetingsearch.search;

/** One value of a facet and how many matching remarks have it; {@code key} is a string or, for years, a number. */
public record FacetBucket(Object key, long count) {
}
