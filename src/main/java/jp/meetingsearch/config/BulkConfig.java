package jp.meetingsearch.config;

/**
 * How loaders write: the size of one {@code _bulk} request and how many are in flight at once. The defaults were
 * chosen by measurement (docs/performance.md).
 *
 * @param maxMegabytes size of one request in MB ({@code BULK_MAX_MB}, default {@value #DEFAULT_MAX_MB})
 * @param concurrency  requests in flight ({@code BULK_CONCURRENCY}, default {@value #DEFAULT_CONCURRENCY}: two let
 *                     the node index on both write threads of a 2-core machine)
 */
public record BulkConfig(int maxMegabytes, int concurrency) {
    public static final int DEFAULT_MAX_MB = 4;
    public static final int DEFAULT_CONCURRENCY = 2;

    static BulkConfig from(Env e) {
        return new BulkConfig(e.wholeNumber("BULK_MAX_MB", 1, 1024, DEFAULT_MAX_MB),
                e.wholeNumber("BULK_CONCURRENCY", 1, 1024, DEFAULT_CONCURRENCY));
    }
}
