package jp.meetingsearch.analytics;

/**
 * One characteristic word: {@code term} as people wrote it (センター, ＮＰＯ, 山﨑), {@code token} as the analyzer
 * indexed it (センタ, npo, 山崎); {@code count} (= Elasticsearch's {@code doc_count}, also given under that name) is the
 * number of foreground remarks containing it, {@code bgCount} the number of background remarks containing it;
 * {@code score} is Elasticsearch's significance score (JLH by default: higher = more typical of the foreground).
 */
public record Keyword(String term, String token, double score, long count, long docCount, long bgCount) {
}
