package jp.meetingsearch.corpus;

import java.util.Arrays;

/** Rank sampler with P(rank k) proportional to 1/(k+1)^s: a few speakers and themes dominate, as in real minutes. */
final class Zipf {
    private final double[] cumulative;

    Zipf(int size, double exponent) {
        if (size <= 0) {
            throw new IllegalArgumentException("Zipf size must be positive: " + size);
        }
        cumulative = new double[size];
        double sum = 0;
        for (int k = 0; k < size; k++) {
            sum += 1.0 / Math.pow(k + 1, exponent);
            cumulative[k] = sum;
        }
    }

    int size() {
        return cumulative.length;
    }

    int sample(SeededRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        return i >= 0 ? i : Math.min(-i - 1, cumulative.length - 1);
    }
}
