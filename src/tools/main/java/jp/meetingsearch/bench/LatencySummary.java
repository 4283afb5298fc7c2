package jp.meetingsearch.bench;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of one measured series, in milliseconds, with how many requests it holds, how many failed and the
 * rate at which they completed.
 */
public record LatencySummary(long count, long errors, double p50, double p90, double p99, double max,
                             double perSecond) {

    /** From a histogram of latencies recorded in microseconds over {@code seconds} of load. */
    public static LatencySummary of(Histogram micros, long errors, double seconds) {
        if (micros.getTotalCount() == 0) {
            return new LatencySummary(0, errors, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        return new LatencySummary(micros.getTotalCount(), errors, ms(micros.getValueAtPercentile(50)),
                ms(micros.getValueAtPercentile(90)), ms(micros.getValueAtPercentile(99)), ms(micros.getMaxValue()),
                seconds > 0 ? micros.getTotalCount() / seconds : 0);
    }

    /** A histogram for latencies in microseconds up to ten minutes, three significant digits. */
    public static Histogram newHistogram() {
        return new Histogram(600_000_000L, 3);
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
