package jp.meetingsearch.ingest;

import java.util.Map;

import jp.meetingsearch.config.ConfigException;

/**
 * How loaders write: the size of one {@code _bulk} request and how many are in flight at once. The defaults were
 * chosen by measurement (docs/performance.md); {@code BULK_MAX_MB} and {@code BULK_CONCURRENCY} override them.
 *
 * @param maxBytes    bytes per request (Japanese text counts about three bytes per character)
 * @param concurrency requests in flight; two let the node index on both write threads of a 2-core machine
 */
public record BulkSettings(int maxBytes, int concurrency) {
    public static final int DEFAULT_MAX_BYTES = BulkWriter.DEFAULT_MAX_BYTES;
    public static final int DEFAULT_CONCURRENCY = 2;

    public BulkSettings {
        if (maxBytes < 1024 || concurrency < 1) {
            throw new IllegalArgumentException("bulk requests need at least 1 KB and 1 in flight");
        }
    }

    /** The settings of the environment (or a test's map); a malformed value stops the loader with its name. */
    public static BulkSettings from(Map<String, String> env) {
        return new BulkSettings(positive(env, "BULK_MAX_MB", DEFAULT_MAX_BYTES / (1024 * 1024)) * 1024 * 1024,
                positive(env, "BULK_CONCURRENCY", DEFAULT_CONCURRENCY));
    }

    private static int positive(Map<String, String> env, String name, int defaultValue) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n > 0 && n <= 1024) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the variable's name
        }
        throw new ConfigException(name + "='" + v + "' must be a whole number from 1 to 1024");
    }
}
