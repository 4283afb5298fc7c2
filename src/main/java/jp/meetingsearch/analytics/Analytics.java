package jp.meetingsearch.analytics;

import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.search.RemarkQueries;
import jp.meetingsearch.themes.Taxonomy;

/** The analytics services of one process, sharing the client and the theme taxonomy. */
public record Analytics(Taxonomy taxonomy, ThemeService themes, RoleService roles, KeywordService keywords) {

    /**
     * All services over the remarks of {@code indices}, with themes from {@code taxonomy}; {@code queries} turns
     * the search filters into queries (synonyms included) exactly as search does, with the same taxonomy;
     * {@code timeout} limits each request on the server ({@code SEARCH_TIMEOUT_MS}); {@code sample}: the theme
     * matrix of many matches is estimated from a random sample of about that many ({@code FACET_SAMPLE_SIZE}).
     */
    public static Analytics create(ElasticsearchClient client, Indices indices, Taxonomy taxonomy,
            RemarkQueries queries, Duration timeout, int sample) {
        return new Analytics(taxonomy, new ThemeService(client, indices, taxonomy, queries, timeout, sample),
                new RoleService(client, indices, queries, timeout), new KeywordService(client, indices, queries, timeout));
    }
}
