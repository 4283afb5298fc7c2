package jp.meetingsearch.analytics;

/**
 * One characteristic word: {@code count} (= Elasticsearch's {@code doc_count}, also given under that name) is the
 * number of foreground remarks containing it, {@code bgCount} the number of background remarks containing it;
 * {@code score} is Elasticsearch's significance score (JLH by default: higher = more typical of the foreground).
 */
public record Keyword(String term, double score, long count, long docCount, long bgCount) {
}
