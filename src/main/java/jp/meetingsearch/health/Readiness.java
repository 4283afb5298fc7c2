package jp.meetingsearch.health;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the service's preparation of Elasticsearch (indices, first data) is done. The service starts serving
 * even while Elasticsearch is unreachable: the preparation is then retried in the background with growing pauses,
 * data requests are refused with 503 until it succeeds, and it succeeds by itself once Elasticsearch is back.
 */
public final class Readiness {
    private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);
    /** Readiness of a service that was prepared before it started (tests, tools). */
    public static final Readiness READY = new Readiness(null, null, null);

    /** The preparation: it may be run again after a failure, so it must be idempotent. */
    public interface Step {
        void run() throws IOException;
    }

    /**
     * Pauses between attempts: {@code first}, doubled after each failure up to {@code max}.
     */
    public record Backoff(Duration first, Duration max) {
        public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10));

        Duration after(int failures) {
            long ms = first.toMillis() << Math.min(failures - 1, 20);
            return Duration.ofMillis(Math.min(ms, max.toMillis()));
        }
    }

    private final Step step;
    private final Backoff backoff;
    private final Function<Exception, String> describe;
    private volatile boolean ready;
    private volatile String problem;
    private volatile Thread retrying;

    private Readiness(Step step, Backoff backoff, Function<Exception, String> describe) {
        this.step = step;
        this.backoff = backoff;
        this.describe = describe;
        this.ready = step == null;
    }

    /**
     * Runs the step now; when Elasticsearch cannot be reached, keeps running it in the background until it
     * succeeds. A failure that retrying cannot mend (a RuntimeException other than Elasticsearch's own, such
     * as an index made by another schema version) is thrown at once.
     *
     * @param describe turns a failure into a sentence for the log (it must not repeat credentials)
     */
    public static Readiness start(Step step, Backoff backoff, Function<Exception, String> describe) {
        Readiness r = new Readiness(step, backoff, describe);
        try {
            step.run();
            r.ready = true;
        } catch (IOException | ElasticsearchException e) {
            r.problem = describe.apply(e);
            LOG.warn("{}. The API starts anyway and answers 503 until Elasticsearch is back; retrying in the "
                    + "background", r.problem);
            r.retrying = Thread.ofPlatform().daemon().name("elasticsearch-retry").start(r::retry);
        }
        return r;
    }

    /** True once the preparation succeeded. */
    public boolean isReady() {
        return ready;
    }

    /** Why the service is not ready (for the log, not for clients), or null. */
    public String problem() {
        return problem;
    }

    /** Stops retrying (at shutdown). */
    public void stop() {
        Thread t = retrying;
        if (t != null) {
            t.interrupt();
        }
    }

    private void retry() {
        int failures = 1;
        long loggedAt = System.nanoTime();
        while (!ready) {
            try {
                Thread.sleep(backoff.after(failures));
            } catch (InterruptedException e) {
                return;
            }
            try {
                step.run();
                ready = true;
                problem = null;
                LOG.info("Elasticsearch is reachable again after {} attempts: the service is ready", failures + 1);
            } catch (IOException | ElasticsearchException e) {
                failures++;
                problem = describe.apply(e);
                // one line a minute is enough to see that it is still trying
                if (System.nanoTime() - loggedAt > Duration.ofMinutes(1).toNanos()) {
                    LOG.warn("Still retrying ({} attempts): {}", failures, problem);
                    loggedAt = System.nanoTime();
                }
            } catch (RuntimeException e) {
                problem = e.getMessage();
                LOG.error("Preparing Elasticsearch failed and is not retried: {}", e.getMessage());
                return;
            }
        }
    }
}
