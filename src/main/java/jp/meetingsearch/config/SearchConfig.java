package jp.meetingsearch.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What searches and analytics read and how long they may take.
 *
 * @param synonymsFile  the query-side synonyms ({@code SYNONYMS_FILE}, default {@value #DEFAULT_SYNONYMS}, relative
 *                      to the working directory)
 * @param themesFile    the theme taxonomy ({@code THEMES_FILE}, default {@value #DEFAULT_THEMES})
 * @param exportMax     most remarks one export streams ({@code EXPORT_MAX}, default {@value #DEFAULT_EXPORT_MAX})
 * @param timeout       how long Elasticsearch may spend on one search, aggregation or project query before it answers
 *                      with what it has ({@code SEARCH_TIMEOUT_MS}, default 10,000)
 */
public record SearchConfig(Path synonymsFile, Path themesFile, int exportMax, Duration timeout) {
    public static final String DEFAULT_SYNONYMS = "mappings/synonyms.txt";
    public static final String DEFAULT_THEMES = "mappings/themes.txt";
    public static final int DEFAULT_EXPORT_MAX = 50_000;
    /** The settings when no variable is set. */
    public static final SearchConfig DEFAULT = from(new Env(java.util.Map.of(), java.util.Map.of()));

    static SearchConfig from(Env e) {
        return new SearchConfig(
                Path.of(e.optional("SYNONYMS_FILE").orElse(DEFAULT_SYNONYMS)),
                Path.of(e.optional("THEMES_FILE").orElse(DEFAULT_THEMES)),
                e.positiveInt("EXPORT_MAX", DEFAULT_EXPORT_MAX),
                Duration.ofMillis(e.positiveInt("SEARCH_TIMEOUT_MS", 10_000)));
    }
}
