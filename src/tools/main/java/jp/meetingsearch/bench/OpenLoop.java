package jp.meetingsearch.bench;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/**
 * Open-loop load: requests start on a fixed schedule whether or not earlier ones have answered, and each latency
 * is measured from the moment its request was due, so a slow answer is not hidden by the requests it delayed
 * (coordinated omission). Bounded in time and in requests in flight: past the bound a due request is counted as
 * dropped, not sent.
 */
public final class OpenLoop {
    /** One request; throws when it failed. */
    public interface Call {
        void run() throws Exception;
    }

    /** What a run measured: latencies in microseconds, failures, requests not sent, seconds of load. */
    public record Result(Histogram micros, long errors, long dropped, double seconds) {
        public LatencySummary summary() {
            return LatencySummary.of(micros, errors, seconds);
        }
    }

    private OpenLoop() {
    }

    /** Calls {@code call} {@code rate} times a second for {@code duration}, adding latencies to {@code into}. */
    public static Result run(Call call, double rate, Duration duration, int maxInFlight, Histogram into) {
        long period = Math.max(1, Math.round(1e9 / rate));
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long dropped = 0;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long due = start; due < end; due += period) {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (inFlight.get() >= maxInFlight) {
                    dropped++;
                    continue;
                }
                inFlight.incrementAndGet();
                long dueAt = due;
                pool.execute(() -> {
                    try {
                        call.run();
                        long micros = (System.nanoTime() - dueAt) / 1000;
                        synchronized (into) {
                            into.recordValue(Math.min(micros, into.getHighestTrackableValue()));
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Result(into, errors.get(), dropped, (System.nanoTime() - start) / 1e9);
    }
}
