package jp.meetingsearch.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.elasticsearch.EsClients;

/**
 * Aggregations over a random sample of the matches (Elasticsearch's {@code random_sampler}): each matching remark is
 * in the sample with the same probability, with a fixed seed (the same request over the same index samples the
 * same remarks), and Elasticsearch scales the counts under it back by that probability, so they estimate every
 * match's counts. Used where counting every match costs more than an estimate is worth: the search facets and the
 * theme matrix, from an index of more than twice the sample size ({@code FACET_SAMPLE_SIZE}).
 */
public final class Sampling {
    /** Elasticsearch's random sampler takes a probability under this, or exactly 1. */
    public static final double MAX_PROBABILITY = 0.5;
    private static final int SEED = 20_240_401;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Sampling() {
    }

    /**
     * The probability that takes a sample of about {@code sample} remarks out of {@code matches} (or out of every
     * remark of the index, when the matches are not known yet): 1 (every match) when that is not below 0.5, or when
     * {@code sample} is 0 (sampling turned off).
     */
    public static double probability(int sample, long matches) {
        if (sample <= 0 || matches <= 0) {
            return 1;
        }
        double p = (double) sample / matches;
        return p < MAX_PROBABILITY ? p : 1;
    }

    /**
     * The probability to take a sample again with, once {@code total} matches are known: {@code p} itself while
     * its sample (about {@code p} × {@code total} remarks) holds at least a quarter of {@code sample}.
     */
    public static double refit(double p, long total, int sample) {
        return p < 1 && total * p < sample / 4.0 ? probability(sample, total) : p;
    }

    /** {@code p} is a probability a random sampler takes: 1, or above 0 and under 0.5. */
    static double checked(double p) {
        if (!(p == 1 || p > 0 && p < MAX_PROBABILITY)) {
            throw new IllegalArgumentException("a sample's probability is under 0.5, or 1: " + p);
        }
        return p;
    }

    /** A random sampler of probability {@code p} (under 0.5) over {@code aggregations}. */
    public static Aggregation sampler(double p, Map<String, Aggregation> aggregations) {
        checked(p);
        return Aggregation.of(a -> a.randomSampler(r -> r.probability(p).seed(SEED)).aggregations(aggregations));
    }

    /**
     * The aggregations of a request: {@code aggregations} themselves when {@code p} is 1, else in a random sampler
     * named {@code name}, but for the count of remarks waiting for their theme tags ({@link ThemeCounting#PENDING}),
     * which stays beside it and exact: it decides whether the rules must count those remarks.
     */
    public static Map<String, Aggregation> around(String name, double p, Map<String, Aggregation> aggregations) {
        if (checked(p) == 1) {
            return aggregations;
        }
        Map<String, Aggregation> inside = new LinkedHashMap<>(aggregations);
        Map<String, Aggregation> top = new LinkedHashMap<>();
        Aggregation pending = inside.remove(ThemeCounting.PENDING);
        if (pending != null) {
            top.put(ThemeCounting.PENDING, pending);
        }
        top.put(name, sampler(p, inside));
        return top;
    }

    /**
     * What {@link #around} asked for, read from an answer's aggregations as one map: the sample's, with the exact
     * count of pending remarks; the answer's own when it holds no sample named {@code name}.
     */
    public static Map<String, Aggregate> within(String name, Map<String, Aggregate> answer) {
        Aggregate sample = answer.get(name);
        if (sample == null) {
            return answer;
        }
        Map<String, Aggregate> out = new LinkedHashMap<>(sample.filter().aggregations());
        Aggregate pending = answer.get(ThemeCounting.PENDING);
        if (pending != null) {
            out.put(ThemeCounting.PENDING, pending);
        }
        return out;
    }

    /**
     * How many remarks a sample of {@code counted} remarks taken with probability {@code p} stands for: its remarks
     * over the probability. Its relative standard error is about 1 / √{@code counted} (0.7 % for a sample of
     * 20,000).
     */
    public static long estimate(long counted, double p) {
        return Math.round(counted / checked(p));
    }

    /** The remarks in the sample named {@code name} of an answer's aggregations (0 without one). */
    public static long counted(String name, Map<String, Aggregate> answer) {
        Aggregate sample = answer.get(name);
        return sample == null ? 0 : sample.filter().docCount();
    }

    /**
     * Elasticsearch's answer names a random sampler's bucket {@code random_sampler#name}, a type the typed client
     * does not read: this rewrites each one, anywhere in the tree of an answer's aggregations, as the single-bucket
     * aggregation it is (its remarks and its sub-aggregations, read as a {@code filter}).
     */
    public static void readable(ObjectNode aggregations) {
        List<String> names = new ArrayList<>();
        aggregations.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode value = aggregations.get(name);
            if (name.startsWith("random_sampler#") && value instanceof ObjectNode o) {
                o.remove("seed");
                o.remove("probability");
                aggregations.remove(name);
                aggregations.set("filter#" + name.substring("random_sampler#".length()), o);
            }
            if (value instanceof ObjectNode o) {
                readable(o);
            } else if (value != null && value.isArray()) {
                value.forEach(v -> {
                    if (v instanceof ObjectNode b) {
                        readable(b);
                    }
                });
            }
        }
    }

    /**
     * Sends a search whose aggregations may hold a random sampler and reads its answer with the typed client, each
     * sampler read as a {@code filter} aggregation; a refusal becomes its {@link ElasticsearchException}.
     */
    public static SearchResponse<Void> search(ElasticsearchClient client, SearchRequest request) throws IOException {
        JsonNode answer = JSON.readTree(EsClients.search(client, request, true));
        if (answer.get("aggregations") instanceof ObjectNode aggs) {
            readable(aggs);
        }
        // no hits to read: the requests this serves ask for none
        return SearchResponse.<Void>of(b -> b.withJson(new StringReader(answer.toString())));
    }
}
