package jp.meetingsearch.search;

import java.util.List;
import java.util.Set;

/**
 * Recall, precision and nDCG of one ranked answer at a cut-off, with binary relevance.
 *
 * <p>Recall at k is taken against {@code min(|relevant|, k)}: a query with 14 relevant remarks has a perfect
 * first page when all 10 of its hits are relevant (otherwise no engine could reach 1.0 at 10). Precision at k
 * divides by k even when fewer than k remarks were found. nDCG at k uses gain 1 for a relevant remark and the
 * usual log2(rank + 1) discount, against the ideal ranking of {@code min(|relevant|, k)} relevant remarks.
 */
record RankingMetrics(double recall, double precision, double ndcg) {

    /** The metrics of {@code ranked} (ids, best first) against {@code relevant} at cut-off {@code k}. */
    static RankingMetrics of(List<String> ranked, Set<String> relevant, int k) {
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("no relevant remark");
        }
        int found = 0;
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                found++;
                dcg += 1 / log2(i + 2);
            }
        }
        int ideal = Math.min(relevant.size(), k);
        double idcg = 0;
        for (int i = 0; i < ideal; i++) {
            idcg += 1 / log2(i + 2);
        }
        return new RankingMetrics((double) found / ideal, (double) found / k, dcg / idcg);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** The mean of each metric over several answers. */
    static RankingMetrics mean(List<RankingMetrics> all) {
        if (all.isEmpty()) {
            return new RankingMetrics(Double.NaN, Double.NaN, Double.NaN);
        }
        return new RankingMetrics(all.stream().mapToDouble(RankingMetrics::recall).average().orElseThrow(),
                all.stream().mapToDouble(RankingMetrics::precision).average().orElseThrow(),
                all.stream().mapToDouble(RankingMetrics::ndcg).average().orElseThrow());
    }
}
