package jp.meetingsearch.corpus;

import java.util.List;

/**
 * SplitMix64: a tiny generator whose sequence is fixed by its seed on every JDK, so a corpus is reproducible
 * anywhere; {@link #fork} gives each meeting its own stream so meetings can be written in parallel.
 */
final class SeededRandom {
    private long state;

    SeededRandom(long seed) {
        this.state = seed;
    }

    /** An independent stream for one item (a meeting, a roster) of a corpus with the given seed. */
    static SeededRandom fork(long seed, long... salts) {
        long h = mix(seed ^ 0x6A09E667F3BCC909L);
        for (long salt : salts) {
            h = mix(h ^ (salt * 0x9E3779B97F4A7C15L));
        }
        return new SeededRandom(h);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** Uniform in [0, bound), by multiply-shift (bias below 2^-32, irrelevant here). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Uniform in [lo, hi], both inclusive. */
    int between(int lo, int hi) {
        return lo + nextInt(hi - lo + 1);
    }

    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Standard normal by Box–Muller; one value per call keeps the stream position simple to reason about. */
    double nextGaussian() {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }
}
