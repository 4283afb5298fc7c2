package jp.meetingsearch.search;

import java.nio.file.Path;
import java.time.Duration;

import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.config.SearchConfig;

/**
 * Settings of the search services, from the configuration read at start.
 *
 * @param synonymsFile  the query-side synonyms ({@code SYNONYMS_FILE})
 * @param exportMax     most remarks one export streams ({@code EXPORT_MAX})
 * @param searchTimeout how long Elasticsearch may spend on one search before it answers with what it has
 *                      ({@code SEARCH_TIMEOUT_MS})
 * @param facetSample   about how many matching remarks search facets count at random when there are more, and say
 *                      so (0: every match; {@code FACET_SAMPLE_SIZE})
 */
public record SearchSettings(Path synonymsFile, int exportMax, Duration searchTimeout, int facetSample) {
    /** The defaults, facets counting every match. */
    public static final SearchSettings DEFAULT = of(SearchConfig.DEFAULT, 0);

    /** The settings of the service's configuration. */
    public static SearchSettings of(AppConfig cfg) {
        return of(cfg.search(), cfg.scale().facetSample());
    }

    /** The settings of {@code search} with facets sampling about {@code facetSample} matches. */
    public static SearchSettings of(SearchConfig search, int facetSample) {
        return new SearchSettings(search.synonymsFile(), search.exportMax(), search.timeout(), facetSample);
    }

    /** The same settings with another facet sample size. */
    public SearchSettings withFacetSample(int remarks) {
        return new SearchSettings(synonymsFile, exportMax, searchTimeout, remarks);
    }

    /** The timeout as Elasticsearch writes durations. */
    public String timeoutValue() {
        return searchTimeout.toMillis() + "ms";
    }
}
