package jp.meetingsearch.http;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import jp.meetingsearch.config.AppConfig;

/**
 * How many requests of each expensive kind run at once ({@code HEAVY_CONCURRENCY} each). One more is refused at
 * once with 429 and {@code Retry-After} instead of queueing: a client that opens 60 exports gets 4 and is told to
 * wait, while searches and health keep their connections to Elasticsearch (the pool is sized from these limits,
 * see {@link AppConfig#esConnections()}).
 */
final class WorkLimits {
    /** Seconds a refused client is asked to wait: about what one expensive request takes on a small dataset. */
    static final int RETRY_AFTER_SECONDS = 2;

    /** The expensive kinds: each reads many remarks or runs aggregations over all of them. */
    enum Kind {
        EXPORT("exports"),
        KWIC("keyword-in-context requests"),
        KEYWORDS("keyword analyses"),
        MATRIX_BY_MEETING("theme matrices by meeting");

        private final String plural;

        Kind(String plural) {
            this.plural = plural;
        }
    }

    /** Work done while a permit is held. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    private final int limit;
    private final Map<Kind, Semaphore> permits = new EnumMap<>(Kind.class);

    WorkLimits(int limit) {
        this.limit = limit;
        for (Kind k : Kind.values()) {
            permits.put(k, new Semaphore(limit));
        }
    }

    /** The handler, run only while a permit of its kind is free; otherwise 429. */
    Handler guard(Kind kind, Handler handler) {
        return ctx -> call(kind, ctx, () -> {
            handler.handle(ctx);
            return null;
        });
    }

    /** Runs the work while holding a permit of its kind; refuses with 429 when none is free. */
    <T> T call(Kind kind, Context ctx, Work<T> work) throws Exception {
        Semaphore s = permits.get(kind);
        if (!s.tryAcquire()) {
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            throw new ApiException(429, "too_many_requests", "the service runs at most " + limit + " " + kind.plural
                    + " at once; try again in " + RETRY_AFTER_SECONDS + " seconds");
        }
        try {
            return work.run();
        } finally {
            s.release();
        }
    }
}
