package jp.meetingsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PairedTest {
    @Test
    void quartilesOfTheDifferencesInMilliseconds() {
        // 1..9 ms in any order; one call where the direct requests took longer than the API (-4 ms)
        long[] nanos = {3_000_000, -4_000_000, 9_000_000, 1_000_000, 5_000_000, 7_000_000, 2_000_000, 8_000_000,
                6_000_000};
        QueryBench.Paired p = QueryBench.Paired.of(nanos);
        assertEquals(9, p.calls());
        assertEquals(5.0, p.p50(), 1e-9);
        assertEquals(2.0, p.p25(), 1e-9);
        assertEquals(7.0, p.p75(), 1e-9);
        // the input is left as it was
        assertEquals(3_000_000, nanos[0]);
    }

    @Test
    void theMedianOfAnEvenNumberLiesBetweenTheMiddleTwo() {
        QueryBench.Paired p = QueryBench.Paired.of(new long[] {1_000_000, 2_000_000, 4_000_000, 10_000_000});
        assertEquals(3.0, p.p50(), 1e-9);
    }

    @Test
    void noPairsGiveNoFigures() {
        QueryBench.Paired p = QueryBench.Paired.of(new long[0]);
        assertEquals(0, p.calls());
        assertTrue(Double.isNaN(p.p50()));
    }
}
