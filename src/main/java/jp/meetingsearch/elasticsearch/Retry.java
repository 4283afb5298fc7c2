package jp.meetingsearch.elasticsearch;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently a request Elasticsearch refused for a passing reason is sent again: at most
 * {@code attempts} sends in all, the n-th wait at most {@code min(firstBackoff × 2^(n-1), maxBackoff)}.
 */
public record Retry(int attempts, Duration firstBackoff, Duration maxBackoff) {
    /** Eight sends over about 12 seconds (16 at most): long enough for a busy node to drain its queues. */
    public static final Retry DEFAULT = new Retry(8, Duration.ofMillis(200), Duration.ofSeconds(5));

    public Retry {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    /**
     * A refusal that passes: 429 (a full queue, a tripped circuit breaker), 502–504 (no master, a node shutting
     * down, no shard copy available yet).
     */
    public static boolean passing(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    /** The longest wait before attempt {@code attempt + 1}. */
    public long ceilingMillis(int attempt) {
        return Math.min(firstBackoff.toMillis() << Math.min(attempt - 1, 16), maxBackoff.toMillis());
    }

    /**
     * The wait before attempt {@code attempt + 1} drawn between half and all of its ceiling: the jitter keeps
     * concurrent writers from coming back at the same instant.
     */
    public long jitteredMillis(int attempt) {
        long full = ceilingMillis(attempt);
        return full / 2 + ThreadLocalRandom.current().nextLong(full / 2 + 1);
    }
}
