package jp.meetingsearch.analytics;

import jp.meetingsearch.http.params.Params;

/**
 * Bounds of a characteristic-words request.
 *
 * @param size     words returned (1–{@value #MAX_SIZE})
 * @param minCount a word must occur in at least this many foreground remarks
 * @param sample   most foreground remarks read per shard ({@value #MIN_SAMPLE}–{@value #MAX_SAMPLE}): significant_text
 *                 re-analyses each one, so this bounds the time a large foreground takes
 */
public record KeywordOptions(int size, int minCount, int sample) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_MIN_COUNT = 2;
    public static final int MAX_MIN_COUNT = 1000;
    public static final int DEFAULT_SAMPLE = 1000;
    public static final int MIN_SAMPLE = 10;
    public static final int MAX_SAMPLE = 10_000;
    public static final KeywordOptions DEFAULTS = new KeywordOptions(DEFAULT_SIZE, DEFAULT_MIN_COUNT, DEFAULT_SAMPLE);

    public KeywordOptions {
        if (size < 1 || size > MAX_SIZE || minCount < 1 || minCount > MAX_MIN_COUNT
                || sample < MIN_SAMPLE || sample > MAX_SAMPLE) {
            throw new IllegalArgumentException("keyword options out of bounds: " + size + ", " + minCount + ", " + sample);
        }
    }

    /** Reads {@code size}, {@code min_count} and {@code sample} within their bounds; every refusal names the parameter. */
    public static KeywordOptions from(Params p) {
        return new KeywordOptions(
                p.integer("size", 1, MAX_SIZE, DEFAULT_SIZE),
                p.integer("min_count", 1, MAX_MIN_COUNT, DEFAULT_MIN_COUNT),
                p.integer("sample", MIN_SAMPLE, MAX_SAMPLE, DEFAULT_SAMPLE));
    }
}
