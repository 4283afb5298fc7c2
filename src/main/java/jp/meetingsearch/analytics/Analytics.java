package jp.meetingsearch.analytics;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.themes.Taxonomy;

/** The analytics services of one process, sharing the client and the theme taxonomy. */
public record Analytics(Taxonomy taxonomy, ThemeService themes, RoleService roles, KeywordService keywords) {

    /** All services over the remarks of {@code indices}, with themes from {@code taxonomy}. */
    public static Analytics create(ElasticsearchClient client, Indices indices, Taxonomy taxonomy) {
        return new Analytics(taxonomy, new ThemeService(client, indices, taxonomy),
                new RoleService(client, indices, taxonomy), new KeywordService(client, indices, taxonomy));
    }
}
