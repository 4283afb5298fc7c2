package jp.meetingsearch.http;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import jp.meetingsearch.projects.ProjectFilters;
import jp.meetingsearch.projects.ProjectSearch;
import jp.meetingsearch.projects.YearCounts;
import jp.meetingsearch.text.JapaneseDates;
import jp.meetingsearch.text.Width;

/** {@code /api/projects} and {@code /api/projects/yearly}: HTTP only; the work is {@link ProjectSearch}'s. */
final class ProjectsController {
    private static final int MAX_SIZE = 100;
    private static final int MAX_WINDOW = 10_000;

    private ProjectsController() {
    }

    static void register(JavalinConfig config, ProjectSearch projects) {
        config.routes.get("/api/projects", ctx -> {
            ProjectFilters f = filters(ctx);
            int size = intParam(ctx, "size", 50, 1, MAX_SIZE);
            int page = intParam(ctx, "page", 1, 1, Integer.MAX_VALUE);
            if ((long) page * size > MAX_WINDOW) {
                throw ApiException.badParameter("page", "page × size may not exceed " + MAX_WINDOW);
            }
            ProjectSearch.Page p = projects.list(f, (page - 1) * size, size);
            ctx.json(Map.of("total", p.total(), "page", page, "size", size, "projects", p.projects()));
        });
        config.routes.get("/api/projects/yearly", ctx -> {
            List<YearCounts> years = projects.yearly(filters(ctx));
            ctx.json(Map.of("years", years));
        });
    }

    static ProjectFilters filters(Context ctx) {
        Integer fy = fiscalYear(ctx, "fiscal_year");
        Integer from = fiscalYear(ctx, "fy_from");
        Integer to = fiscalYear(ctx, "fy_to");
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
        String isNew = ctx.queryParam("new");
        Boolean newFlag = null;
        if (isNew != null && !isNew.isBlank()) {
            newFlag = switch (isNew) {
                case "true", "1" -> true;
                case "false", "0" -> false;
                default -> throw ApiException.badParameter("new", "must be true or false");
            };
        }
        String q = ctx.queryParam("q");
        if (q != null && q.length() > 1000) {
            throw ApiException.badParameter("q", "is longer than 1000 characters");
        }
        return new ProjectFilters(from, to, values(ctx, "form"), values(ctx, "department"), values(ctx, "area"),
                newFlag, q);
    }

    private static List<String> values(Context ctx, String name) {
        List<String> vs = ctx.queryParams(name).stream().filter(v -> !v.isBlank()).map(Width::normalize).toList();
        if (vs.size() > 50) {
            throw ApiException.badParameter(name, "at most 50 values");
        }
        return vs;
    }

    private static Integer fiscalYear(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        OptionalInt fy = JapaneseDates.parseFiscalYear(v);
        if (fy.isEmpty()) {
            throw ApiException.badParameter(name, "'" + Escape.html(v) + "' is not a fiscal year (2021, 令和3年度, R3 …)");
        }
        return fy.getAsInt();
    }

    static int intParam(Context ctx, String name, int defaultValue, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "must be a whole number from " + min
                    + (max == Integer.MAX_VALUE ? " up" : " to " + max));
        }
    }
}
