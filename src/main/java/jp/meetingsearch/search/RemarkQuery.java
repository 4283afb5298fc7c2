package jp.meetingsearch.search;

import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * A remark query ready to send: the query with its synonyms applied, and which synonyms were applied.
 *
 * @param filters  the request, its query expanded (terms carry their variants)
 * @param query    the Elasticsearch query
 * @param expanded entry of a query word → the synonyms it was also searched with
 * @param match    how strictly the words match: exact or broad; null when the request has no words
 * @param related  the related words that also found remarks ({@link MatchMode#RELATED}), as the text field
 *                 indexes them; empty otherwise
 * @param head     the query's head, which a page sorted by relevance may be read from
 *                 ({@link RemarkQueryBuilder#head}); null when it has none
 */
public record RemarkQuery(RemarkFilters filters, Query query, Map<String, List<String>> expanded, MatchMode match,
                          List<String> related, RemarkQueryBuilder.Head head) {
    public RemarkQuery {
        expanded = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(expanded));
        related = List.copyOf(related);
    }

    /** A query without a head. */
    public RemarkQuery(RemarkFilters filters, Query query, Map<String, List<String>> expanded, MatchMode match,
                       List<String> related) {
        this(filters, query, expanded, match, related, null);
    }

    /** A query without related words or a head. */
    public RemarkQuery(RemarkFilters filters, Query query, Map<String, List<String>> expanded, MatchMode match) {
        this(filters, query, expanded, match, List.of());
    }

    /** The same query with its head's query in place of its own (to read the head's page). */
    RemarkQuery headOnly() {
        return new RemarkQuery(filters, head.query(), expanded, match, related, null);
    }

    /** True when the request has words to find (so hits have something to highlight). */
    public boolean hasWords() {
        return !filters.query().positiveTerms().isEmpty();
    }

    /** The match mode as the API reports it ({@code exact}, {@code broad}), null without words. */
    public String matchLabel() {
        return match == null ? null : match.label();
    }
}
