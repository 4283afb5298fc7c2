package jp.meetingsearch.http;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import jp.meetingsearch.admin.AdminActions;
import jp.meetingsearch.admin.AdminToken;
import jp.meetingsearch.analytics.Analytics;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.config.ConfigException;
import jp.meetingsearch.elasticsearch.EsFailures;
import jp.meetingsearch.health.Health;
import jp.meetingsearch.health.HealthService;
import jp.meetingsearch.health.Readiness;
import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.links.ProjectDiscussion;
import jp.meetingsearch.projects.ProjectSearch;
import jp.meetingsearch.search.MeetingService;
import jp.meetingsearch.search.RemarkQueries;
import jp.meetingsearch.search.SearchService;
import jp.meetingsearch.search.SearchSettings;
import jp.meetingsearch.search.SynonymFile;
import jp.meetingsearch.themes.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the (unstarted) Javalin application from the configuration and the services. */
public final class ApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    static final int MAX_REQUEST_HEADER_BYTES = 64 * 1024;
    static final String NOT_READY = "Elasticsearch is not reachable yet: the service keeps trying and answers as "
            + "soon as it is back; /api/health shows the state";

    private ApiServer() {
    }

    /** The services the routes call; a feature service left null has no routes (tests of other features). */
    public record Services(HealthService health, ProjectSearch projects, SearchService search,
            MeetingService meetings, Analytics analytics, ProjectDiscussion discussion) {

        /** Without the projects' discussion (tests of other features). */
        public Services(HealthService health, ProjectSearch projects, SearchService search, MeetingService meetings,
                        Analytics analytics) {
            this(health, projects, search, meetings, analytics, null);
        }

        /**
         * Every service of the API over one cluster and dataset, configured by {@code cfg}: the theme taxonomy
         * ({@code THEMES_FILE}) and the synonyms ({@code SYNONYMS_FILE}) are shared by search and analytics, so
         * that both select the same remarks for the same filters. Search facets count every match.
         *
         * @throws ConfigException for a malformed synonyms file, naming file and line
         */
        public static Services forCluster(ElasticsearchClient client, ObjectMapper mapper, Indices indices,
                AppConfig cfg) {
            SearchSettings settings = SearchSettings.of(cfg.search(), 0);
            return forCluster(client, mapper, indices, settings, new Taxonomy(cfg.search().themesFile()),
                    synonymFile(settings));
        }

        /** The synonyms file of the settings, read now. @throws ConfigException naming file and line */
        public static SynonymFile synonymFile(SearchSettings settings) {
            try {
                return new SynonymFile(settings.synonymsFile());
            } catch (IllegalArgumentException e) {
                throw new ConfigException("synonyms (SYNONYMS_FILE): " + e.getMessage());
            }
        }

        /** Every service over one cluster and dataset, with taxonomy and synonyms the caller keeps (to reload them). */
        public static Services forCluster(ElasticsearchClient client, ObjectMapper mapper, Indices indices,
                SearchSettings settings, Taxonomy themes, SynonymFile synonyms) {
            RemarkQueries queries = SearchService.queries(client, indices, themes, synonyms::current);
            Analytics analytics = Analytics.create(client, indices, themes, queries, settings.searchTimeout(),
                    settings.facetSample());
            return new Services(new HealthService(client, indices, themes.tags()), new ProjectSearch(client, indices,
                    settings.searchTimeout()),
                    new SearchService(client, indices, queries, settings), new MeetingService(client, indices, settings),
                    analytics, new ProjectDiscussion(client, indices, analytics.keywords()));
        }
    }

    /** The application, not yet started: call {@code start(port)} (tests use port 0). */
    public static Javalin create(AppConfig cfg, ObjectMapper mapper, Services services) {
        return create(cfg, mapper, services, Readiness.READY, AdminActions.NONE);
    }

    /**
     * The application with the service's readiness (data routes answer 503 until Elasticsearch is prepared) and
     * its admin operations (served only when {@code ADMIN_TOKEN} is set).
     */
    public static Javalin create(AppConfig cfg, ObjectMapper mapper, Services services, Readiness readiness,
                                 AdminActions admin) {
        return Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true;
            config.jsonMapper(new JavalinJackson(HtmlSafeJson.of(mapper), true));
            config.http.defaultContentType = "application/json; charset=utf-8";
            config.startup.showJavalinBanner = false;
            // a query of 1,000 Japanese characters is 9 KB once percent-encoded: let it reach the handler, which
            // then answers a clear 400, instead of Jetty refusing the request line with 414 at its 8 KB default
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(mapper)));
            config.jetty.host = cfg.bind();
            config.jetty.modifyServer(ConnectionLimits::apply);
            config.jetty.modifyServletContextHandler(ConnectionLimits::ignoreMethodOverride);
            if (!cfg.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> cfg.corsOrigins().forEach(rule::allowHost)));
            }
            HttpConventions.register(config);
            errors(config);
            config.routes.beforeMatched("/api/*", ctx -> {
                if (!readiness.isReady() && !ctx.path().equals("/api/health") && !ctx.path().equals("/api/docs")
                        && !ctx.path().startsWith("/api/admin/")) {
                    throw new ApiException(503, "unavailable", NOT_READY);
                }
            });
            AdminController.register(config, AdminToken.of(cfg.adminToken()), admin);
            WorkLimits limits = new WorkLimits(cfg.heavyConcurrency());
            routes(config, services, readiness, limits);
            SearchController.register(config, services.search(), services.meetings(), mapper, limits);
            String openApi = OpenApi.load(mapper).toString();
            config.routes.get("/openapi.json", ctx -> ctx.contentType(HttpConventions.JSON_UTF8).result(openApi));
            String docs = OpenApi.docsPage();
            config.routes.get("/api/docs", ctx -> ctx.html(docs));
        });
    }

    private static void routes(JavalinConfig config, Services s, Readiness readiness, WorkLimits limits) {
        config.routes.get("/api/health", ctx -> {
            Health h = s.health().check();
            if (h.ok() && !readiness.isReady()) {
                // the indices exist but their preparation (e.g. the sample corpus) is not finished
                h = h.degradedBy("the service is still preparing Elasticsearch (indices, first data)");
            }
            ctx.status(h.ok() ? 200 : 503).json(h);
        });
        // the fixed paths (/api/projects/yearly, /api/projects/discussed) before /api/projects/{id}: the first
        // route that matches answers
        ProjectsController.register(config, s.projects(),
                s.search() == null ? SearchSettings.DEFAULT.exportMax() : s.search().exportMax());
        if (s.discussion() != null) {
            ProjectsController.registerDiscussion(config, s.discussion());
        }
        if (s.analytics() != null) {
            AnalyticsController.register(config, s.analytics(), limits);
        }
        Dashboards.register(config);
    }

    private static void errors(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
        config.routes.exception(InvalidParameterException.class, (e, ctx) -> ctx.status(400).json(ApiError.of(e)));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 404) {
                notFound(config, ctx);
            } else {
                error(ctx, e.getStatus(), "bad_request", e.getMessage());
            }
        });
        config.routes.exception(IOException.class, (e, ctx) -> {
            if (EsFailures.status(e) == 503) {
                shardsAway(ctx, e);
            } else {
                unavailable(ctx, e);
            }
        });
        config.routes.exception(ElasticsearchException.class, (e, ctx) -> {
            if (e.status() == 503) {
                shardsAway(ctx, e);
                return;
            }
            LOG.warn("Elasticsearch refused a request for {}: {} {}", ctx.path(), e.getMessage(),
                    e.error().rootCause().stream().map(c -> c.type() + ": " + c.reason()).toList());
            error(ctx, 502, "search_failed", "the search engine could not answer this request");
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            if (EsFailures.isPoolExhausted(e)) {
                // more requests than connections for longer than the connect timeout: overload, not a fault
                LOG.warn("No free connection to Elasticsearch for {} within the connect timeout", ctx.path());
                ctx.header("Retry-After", "1");
                error(ctx, 503, "busy", "the service is busy: every connection to Elasticsearch is in use; try "
                        + "again in a moment");
                return;
            }
            if (EsFailures.isUnreachable(e)) {
                unavailable(ctx, e);
                return;
            }
            LOG.error("Unexpected error for {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal_error", "the service failed to answer; the error is logged");
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                notFound(config, ctx);
            }
        });
    }

    /** 404 for an unknown path; 405 with {@code Allow} for a path the router serves with other methods. */
    private static void notFound(JavalinConfig config, Context ctx) {
        List<String> allowed = HttpConventions.allowedMethods(config, ctx);
        if (allowed.isEmpty()) {
            error(ctx, 404, "not_found", "no such path: " + ctx.path());
        } else {
            ctx.header("Allow", String.join(", ", allowed));
            error(ctx, 405, "method_not_allowed", ctx.method() + " is not served at " + ctx.path()
                    + "; allowed: " + String.join(", ", allowed));
        }
    }

    private static void unavailable(Context ctx, Exception e) {
        LOG.warn("Elasticsearch unreachable for {}: {}", ctx.path(), e.getMessage());
        error(ctx, 503, "unavailable", "Elasticsearch is unreachable; try again shortly");
    }

    /**
     * Elasticsearch answered 503: a shard of the data has no copy available (a node down, a cluster recovering), or
     * no master. Searches never answer from the shards that remain (a count of part of the remarks would pass for
     * all of them), so the request is refused until it is whole again.
     */
    private static void shardsAway(Context ctx, Exception e) {
        LOG.warn("Elasticsearch could not reach all the data for {}: {}", ctx.path(), e.getMessage());
        ctx.header("Retry-After", "5");
        error(ctx, 503, "data_unavailable", "part of the data is not available in Elasticsearch right now (a node is down "
                + "or recovering); answers are never given from part of it: try again shortly");
    }

    static void error(Context ctx, int status, String code, String message) {
        // plain text: the JSON writer escapes < and > (HtmlSafeJson), so a message that repeats a request is
        // never markup, and no client sees an HTML entity in a sentence
        ctx.status(status).json(new ApiError(code, message));
    }
}
