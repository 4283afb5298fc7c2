package jp.meetingsearch.http;

import java.util.List;
import java.util.Map;

import io.javalin.config.JavalinConfig;
import jp.meetingsearch.projects.ProjectFilters;
import jp.meetingsearch.projects.ProjectSearch;
import jp.meetingsearch.projects.YearCounts;
import jp.meetingsearch.search.Params;

/** {@code /api/projects} and {@code /api/projects/yearly}: HTTP only; the work is {@link ProjectSearch}'s. */
final class ProjectsController {
    private static final int MAX_SIZE = 100;
    private static final int MAX_WINDOW = 10_000;

    private ProjectsController() {
    }

    static void register(JavalinConfig config, ProjectSearch projects) {
        config.routes.get("/api/projects", ctx -> {
            Params params = new Params(ctx.queryParamMap());
            ProjectFilters f = filters(params);
            int size = params.integer("size", 1, MAX_SIZE, 50);
            int page = params.integer("page", 1, Integer.MAX_VALUE, 1);
            if ((long) page * size > MAX_WINDOW) {
                throw ApiException.badParameter("page", "page × size may not exceed " + MAX_WINDOW);
            }
            ProjectSearch.Page p = projects.list(f, (page - 1) * size, size);
            ctx.json(Map.of("total", p.total(), "page", page, "size", size, "projects", p.projects()));
        });
        config.routes.get("/api/projects/yearly", ctx -> {
            List<YearCounts> years = projects.yearly(filters(new Params(ctx.queryParamMap())));
            ctx.json(Map.of("years", years));
        });
    }

    static ProjectFilters filters(Params params) {
        Integer fy = params.fiscalYear("fiscal_year");
        Integer from = params.fiscalYear("fy_from");
        Integer to = params.fiscalYear("fy_to");
        if (fy != null && (from != null || to != null)) {
            throw ApiException.badParameter("fiscal_year", "give fiscal_year or fy_from/fy_to, not both");
        }
        if (fy != null) {
            from = fy;
            to = fy;
        }
        if (from != null && to != null && from > to) {
            throw ApiException.badParameter("fy_from", "is after fy_to");
        }
        Boolean newFlag = params.raw("new") == null ? null : params.bool("new", false);
        String q = params.raw("q");
        if (q != null && q.length() > 1000) {
            throw ApiException.badParameter("q", "is longer than 1000 characters");
        }
        return new ProjectFilters(from, to, values(params, "form"), values(params, "department"),
                values(params, "area"), newFlag, q);
    }

    private static List<String> values(Params params, String name) {
        List<String> vs = params.keywords(name);
        if (vs.size() > 50) {
            throw ApiException.badParameter(name, "at most 50 values");
        }
        return vs;
    }
}
