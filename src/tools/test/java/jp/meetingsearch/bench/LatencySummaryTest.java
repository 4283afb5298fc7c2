package jp.meetingsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void percentilesAreInMillisecondsOfTheRecordedMicroseconds() {
        Histogram h = LatencySummary.newHistogram();
        for (int ms = 1; ms <= 100; ms++) {
            h.recordValue(ms * 1000L);
        }
        LatencySummary s = LatencySummary.of(h, 2, 10.0);
        assertEquals(100, s.count());
        assertEquals(2, s.errors());
        assertEquals(50.0, s.p50(), 0.05);
        assertEquals(90.0, s.p90(), 0.1);
        assertEquals(99.0, s.p99(), 0.1);
        assertEquals(100.0, s.max(), 0.1);
        assertEquals(10.0, s.perSecond(), 1e-9);
    }

    @Test
    void anEmptySeriesHasNoPercentiles() {
        LatencySummary s = LatencySummary.of(LatencySummary.newHistogram(), 3, 5);
        assertEquals(0, s.count());
        assertTrue(Double.isNaN(s.p50()));
    }

    @Test
    void slopesAndMediansOfTheTables() {
        assertEquals(1.0, Scaling.slope(10_000, 5, 100_000, 50), 1e-9);
        assertEquals(0.0, Scaling.slope(10_000, 7, 1_000_000, 7), 1e-9);
        assertEquals(0.5, Scaling.slope(100, 1, 10_000, 10), 1e-9);
        assertTrue(Double.isNaN(Scaling.slope(10, 0, 100, 5)));
        assertEquals(3.0, Tuning.median(new double[] {5, 1, 3}), 1e-9);
        assertEquals(2.5, Tuning.median(new double[] {4, 1, 3, 2}), 1e-9);
    }
}
