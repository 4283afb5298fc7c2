package jp.meetingsearch.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jp.meetingsearch.config.ConfigException;

/**
 * Settings of the search services, read from the environment once at start.
 *
 * @param synonymsFile  the query-side synonyms ({@code SYNONYMS_FILE}, default {@code mappings/synonyms.txt}
 *                      relative to the working directory)
 * @param exportMax     most remarks one export streams ({@code EXPORT_MAX}, default 50,000)
 * @param searchTimeout how long Elasticsearch may spend on one search before it answers with what it has
 *                      ({@code SEARCH_TIMEOUT_MS}, default 10,000)
 * @param facetSample   most matching remarks per shard that search facets count (0: all of them); beyond, they
 *                      count the best-matching ones and say so ({@code FACET_SAMPLE_SIZE}, read in config)
 */
public record SearchSettings(Path synonymsFile, int exportMax, Duration searchTimeout, int facetSample) {
    public static final int DEFAULT_EXPORT_MAX = 50_000;

    /** Reads the variables (the environment, or a test's map); a malformed number stops the start. */
    public static SearchSettings from(Map<String, String> env) {
        String file = env.getOrDefault("SYNONYMS_FILE", "");
        return new SearchSettings(
                Path.of(file.isBlank() ? "mappings/synonyms.txt" : file.trim()),
                positive(env, "EXPORT_MAX", DEFAULT_EXPORT_MAX),
                Duration.ofMillis(positive(env, "SEARCH_TIMEOUT_MS", 10_000)), 0);
    }

    /** The same settings with another facet sample size. */
    public SearchSettings withFacetSample(int remarks) {
        return new SearchSettings(synonymsFile, exportMax, searchTimeout, remarks);
    }

    /** The timeout as Elasticsearch writes durations. */
    public String timeoutValue() {
        return searchTimeout.toMillis() + "ms";
    }

    private static int positive(Map<String, String> env, String name, int defaultValue) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the variable's name
        }
        throw new ConfigException(name + "='" + v + "' is not a positive whole number");
    }
}
