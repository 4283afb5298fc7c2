package jp.meetingsearch.config;

import java.util.OptionalInt;

/**
 * How the dataset is laid out on the cluster and how the service keeps analytics fast as it grows.
 *
 * @param shards       primary shards of each new index ({@code INDEX_SHARDS}, default 1)
 * @param replicas     replicas of each index ({@code INDEX_REPLICAS}); when set, applied to new and existing indices at
 *                     every start and after a load that lowered it; unset: 0 for new indices, existing ones as they are
 * @param tagRate      most remarks per second the background theme tagger rewrites ({@code THEMES_TAG_RATE},
 *                     default {@value #DEFAULT_TAG_RATE}; 0 turns the tagger off: themes are then always counted by
 *                     their rules' queries)
 * @param facetSample  about how many matching remarks search facets count at random, and estimate every match's
 *                     counts from, when the index holds more than twice as many and more matches than that
 *                     ({@code FACET_SAMPLE_SIZE}, default {@value #DEFAULT_FACET_SAMPLE}; 0: always every match)
 */
public record ScaleSettings(int shards, OptionalInt replicas, int tagRate, int facetSample) {
    public static final int DEFAULT_TAG_RATE = 2000;
    public static final int DEFAULT_FACET_SAMPLE = 20_000;
    /** The layout of the index definitions in {@code mappings/}: one shard, no replica. */
    public static final ScaleSettings DEFAULT = new ScaleSettings(1, OptionalInt.empty(), DEFAULT_TAG_RATE,
            DEFAULT_FACET_SAMPLE);

    /** The replicas of a new index: the configured count, else none (the local node is a single node). */
    public int replicasOfNewIndex() {
        return replicas.orElse(0);
    }

    static ScaleSettings from(Env e) {
        // 1024: the most Elasticsearch allows per index
        int shards = e.wholeNumber("INDEX_SHARDS", 1, 1024, 1);
        OptionalInt replicas = e.optional("INDEX_REPLICAS").isPresent()
                ? OptionalInt.of(e.wholeNumber("INDEX_REPLICAS", 0, 16, 0)) : OptionalInt.empty();
        return new ScaleSettings(shards, replicas, e.wholeNumber("THEMES_TAG_RATE", 0, 1_000_000, DEFAULT_TAG_RATE),
                e.wholeNumber("FACET_SAMPLE_SIZE", 0, 100_000_000, DEFAULT_FACET_SAMPLE));
    }
}
