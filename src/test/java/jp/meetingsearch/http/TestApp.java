package jp.meetingsearch.http;


import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.health.HealthService;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.projects.ProjectSearch;
import jp.meetingsearch.search.MeetingService;
import jp.meetingsearch.search.SearchService;
import jp.meetingsearch.search.SearchSettings;
import jp.meetingsearch.search.Synonyms;
import jp.meetingsearch.search.ThemeFilters;

/** The real application for HTTP tests, started on a free port. */
final class TestApp {
    private TestApp() {
    }

    /**
     * Services on {@code client} for the dataset of {@code cfg}, with the given themes and synonyms, searching with
     * the engine the service runs ({@link SearchService#queries}).
     */
    static ApiServer.Services services(AppConfig cfg, ElasticsearchClient client, ThemeFilters themes,
                                       Synonyms synonyms, SearchSettings settings) {
        Indices indices = new Indices(cfg.indexPrefix());
        return new ApiServer.Services(new HealthService(client, indices),
                new ProjectSearch(client, indices, settings.searchTimeout()),
                new SearchService(client, indices, SearchService.queries(client, indices, themes, () -> synonyms), settings),
                new MeetingService(client, indices, settings), null);
    }

    /** Services with no themes, no synonyms and the default settings. */
    static ApiServer.Services services(AppConfig cfg, ElasticsearchClient client) {
        return services(cfg, client, ThemeFilters.NONE, Synonyms.NONE, SearchSettings.DEFAULT);
    }

    static Javalin start(AppConfig cfg, ObjectMapper mapper, ApiServer.Services services) {
        return ApiServer.create(cfg, mapper, services).start(0);
    }
}
