package jp.meetingsearch.ingest;

import jp.meetingsearch.config.BulkConfig;

/**
 * How loaders write: the size of one {@code _bulk} request and how many are in flight at once. The defaults were
 * chosen by measurement (docs/performance.md); {@code BULK_MAX_MB} and {@code BULK_CONCURRENCY} override them.
 *
 * @param maxBytes    bytes per request (Japanese text counts about three bytes per character)
 * @param concurrency requests in flight; two let the node index on both write threads of a 2-core machine
 */
public record BulkSettings(int maxBytes, int concurrency) {

    public BulkSettings {
        if (maxBytes < 1024 || concurrency < 1) {
            throw new IllegalArgumentException("bulk requests need at least 1 KB and 1 in flight");
        }
    }

    /** The settings of the configuration read at start. */
    public static BulkSettings of(BulkConfig cfg) {
        return new BulkSettings(cfg.maxMegabytes() * 1024 * 1024, cfg.concurrency());
    }
}
