package jp.meetingsearch.http;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.ParameterProblem;
import jp.meetingsearch.http.params.Params;
import jp.meetingsearch.links.ProjectDiscussion;
import jp.meetingsearch.links.ProjectNames;
import jp.meetingsearch.projects.ProjectFilters;
import jp.meetingsearch.projects.ProjectSearch;
import jp.meetingsearch.projects.YearCounts;
import jp.meetingsearch.search.CsvTable;
import jp.meetingsearch.text.JapaneseDates;

/** {@code /api/projects} (and its CSV) and {@code /api/projects/yearly}: HTTP only; the work is {@link ProjectSearch}'s. */
final class ProjectsController {
    private static final int MAX_SIZE = 100;
    private static final int MAX_WINDOW = 10_000;

    private ProjectsController() {
    }

    /** Columns of {@code /api/projects.csv}: the fields of a project row, partners joined by 、. */
    private static final List<String> CSV_COLUMNS = List.of("id", "fiscal_year", "fiscal_year_label", "name",
            "department", "partners", "form", "is_new", "proposal", "area", "description", "evaluation", "source", "line");

    static void register(JavalinConfig config, ProjectSearch projects, int exportMax) {
        config.routes.get("/api/projects.csv", ctx -> {
            ProjectFilters f = filters(new Params(ctx.queryParamMap()));
            Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 64 * 1024);
            CsvTable[] table = new CsvTable[1];
            projects.export(f, exportMax, new ProjectSearch.RowSink() {
                @Override
                public void start(long total, long exported) throws IOException {
                    ctx.contentType("text/csv; charset=utf-8");
                    ctx.header("Content-Disposition", "attachment; filename=\"projects.csv\"");
                    ctx.header(SearchController.TOTAL_HEADER, Long.toString(total));
                    ctx.header(SearchController.EXPORT_COUNT_HEADER, Long.toString(exported));
                    ctx.header(SearchController.EXPORT_LIMIT_HEADER, Integer.toString(exportMax));
                    table[0] = new CsvTable(out, CSV_COLUMNS);
                }

                @Override
                public void row(JsonNode p) throws IOException {
                    List<String> partners = new ArrayList<>();
                    p.path("partners").forEach(x -> partners.add(x.asText()));
                    int fy = p.path("fiscal_year").asInt();
                    table[0].row(text(p, "id"), fy, JapaneseDates.warekiFiscalYear(fy), text(p, "name"),
                            text(p, "department"), String.join("、", partners), text(p, "form"), text(p, "is_new"),
                            text(p, "proposal"), text(p, "area"), text(p, "description"), text(p, "evaluation"),
                            text(p, "source"), text(p, "line"));
                }
            });
            table[0].flush();
            out.flush();
        });
        config.routes.get("/api/projects", ctx -> {
            Params params = new Params(ctx.queryParamMap());
            ProjectFilters f = filters(params);
            int size = params.integer("size", 1, MAX_SIZE, 50);
            int page = params.integer("page", 1, Integer.MAX_VALUE, 1);
            if ((long) page * size > MAX_WINDOW) {
                throw InvalidParameterException.beyondWindow("page", page, size, MAX_WINDOW,
                        "page × size may not exceed " + MAX_WINDOW);
            }
            ProjectSearch.Page p = projects.list(f, (page - 1) * size, size);
            ctx.json(Map.of("total", p.total(), "page", page, "size", size, "projects", p.projects()));
        });
        config.routes.get("/api/projects/yearly", ctx -> {
            List<YearCounts> years = projects.yearly(filters(new Params(ctx.queryParamMap())));
            ctx.json(Map.of("years", years));
        });
    }

    /** {@code /api/projects/discussed} and {@code /api/projects/{id}}: projects and what was said about them. */
    static void registerDiscussion(JavalinConfig config, ProjectDiscussion discussion) {
        config.routes.get("/api/projects/discussed", ctx -> {
            Params params = new Params(ctx.queryParamMap());
            ctx.json(discussion.discussed(params.fiscalYear("fiscal_year")));
        });
        config.routes.get("/api/projects/{id}", ctx -> {
            String id = ctx.pathParam("id");
            if (!ProjectNames.ID.matcher(id).matches()) {
                throw InvalidParameterException.of("id", ParameterProblem.Reason.BAD_FORMAT, id, "'"
                        + Params.shorten(id) + "' is not a project id (p and 16 hex digits, as GET /api/projects "
                        + "gives project_id)");
            }
            ctx.json(discussion.project(id).orElseThrow(() ->
                    ApiException.notFound("no listed project has the id " + id)));
        });
    }

    private static String text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static ProjectFilters filters(Params params) {
        Integer fy = params.fiscalYear("fiscal_year");
        Integer from = params.fiscalYear("fy_from");
        Integer to = params.fiscalYear("fy_to");
        if (fy != null && (from != null || to != null)) {
            throw InvalidParameterException.conflicts("fiscal_year", from != null ? "fy_from" : "fy_to",
                    "give fiscal_year or fy_from/fy_to, not both");
        }
        if (fy != null) {
            from = fy;
            to = fy;
        }
        if (from != null && to != null && from > to) {
            throw InvalidParameterException.after("fy_from", from, "fy_to", to);
        }
        Boolean newFlag = params.raw("new") == null ? null : params.bool("new", false);
        String q = params.raw("q");
        if (q != null && q.length() > 1000) {
            throw InvalidParameterException.tooLong("q", 1000);
        }
        return new ProjectFilters(from, to, values(params, "form"), values(params, "department"),
                values(params, "area"), newFlag, q);
    }

    private static List<String> values(Params params, String name) {
        List<String> vs = params.keywords(name);
        if (vs.size() > 50) {
            throw InvalidParameterException.tooMany(name, vs.size(), 50, "values");
        }
        return vs;
    }
}
