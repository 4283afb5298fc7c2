package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    private static final double EPS = 1e-9;

    @Test
    void perfectAnswerScoresOne() {
        RankingMetrics m = RankingMetrics.of(List.of("a", "b"), Set.of("a", "b"), 10);
        assertEquals(1.0, m.recall(), EPS);
        assertEquals(0.2, m.precision(), EPS);
        assertEquals(1.0, m.ndcg(), EPS);
    }

    @Test
    void recallIsCappedAtTheCutOffWhenMoreAreRelevant() {
        List<String> ranked = List.of("r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11");
        Set<String> relevant = Set.of("r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12");
        RankingMetrics m = RankingMetrics.of(ranked, relevant, 10);
        assertEquals(1.0, m.recall(), EPS);
        assertEquals(1.0, m.precision(), EPS);
        assertEquals(1.0, m.ndcg(), EPS);
    }

    @Test
    void aRelevantRemarkRankedLowerCountsLessInNdcgOnly() {
        RankingMetrics m = RankingMetrics.of(List.of("x", "a"), Set.of("a"), 10);
        assertEquals(1.0, m.recall(), EPS);
        assertEquals(0.1, m.precision(), EPS);
        assertEquals(1 / (Math.log(3) / Math.log(2)), m.ndcg(), EPS);
    }

    @Test
    void remarksBelowTheCutOffDoNotCount() {
        RankingMetrics m = RankingMetrics.of(List.of("x", "y", "a"), Set.of("a", "b"), 2);
        assertEquals(0.0, m.recall(), EPS);
        assertEquals(0.0, m.ndcg(), EPS);
    }

    @Test
    void meanAveragesEachMetric() {
        RankingMetrics m = RankingMetrics.mean(List.of(new RankingMetrics(1, 0.5, 1), new RankingMetrics(0, 0.1, 0.5)));
        assertEquals(0.5, m.recall(), EPS);
        assertEquals(0.3, m.precision(), EPS);
        assertEquals(0.75, m.ndcg(), EPS);
    }

    @Test
    void aQueryWithoutRelevantRemarksIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RankingMetrics.of(List.of("a"), Set.of(), 10));
    }
}
