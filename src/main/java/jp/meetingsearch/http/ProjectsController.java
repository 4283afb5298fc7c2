package jp.meetingsearch.http;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.javalin.config.JavalinConfig;
import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.ParameterProblem;
import jp.meetingsearch.http.params.Params;
import jp.meetingsearch.links.ProjectDiscussion;
import jp.meetingsearch.links.ProjectNames;
import jp.meetingsearch.projects.ProjectDocument;
import jp.meetingsearch.projects.ProjectFilters;
import jp.meetingsearch.projects.ProjectListRequest;
import jp.meetingsearch.projects.ProjectSearch;
import jp.meetingsearch.projects.YearCounts;
import jp.meetingsearch.search.CsvTable;
import jp.meetingsearch.text.JapaneseDates;

/** {@code /api/projects} (and its CSV) and {@code /api/projects/yearly}: HTTP only; the work is {@link ProjectSearch}'s. */
final class ProjectsController {
    private ProjectsController() {
    }

    /** Columns of {@code /api/projects.csv}: the fields of a project row, partners joined by 、. */
    private static final List<String> CSV_COLUMNS = List.of("id", "fiscal_year", "fiscal_year_label", "name",
            "department", "partners", "form", "is_new", "proposal", "area", "description", "evaluation", "source", "line");

    static void register(JavalinConfig config, ProjectSearch projects, int exportMax) {
        config.routes.get("/api/projects.csv", ctx -> {
            ProjectFilters f = ProjectFilters.from(new Params(ctx.queryParamMap()));
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
                public void row(ProjectDocument p) throws IOException {
                    int fy = p.fiscalYear();
                    table[0].row(p.id(), fy, JapaneseDates.warekiFiscalYear(fy), p.name(), p.department(),
                            p.partners() == null ? "" : String.join("、", p.partners()), p.form(), p.isNew(),
                            p.proposal(), p.area(), p.description(), p.evaluation(), p.source(), p.line());
                }
            });
            table[0].flush();
            out.flush();
        });
        config.routes.get("/api/projects", ctx -> {
            ProjectListRequest request = ProjectListRequest.from(new Params(ctx.queryParamMap()));
            ProjectSearch.Page p = projects.list(request);
            ctx.json(Map.of("total", p.total(), "page", request.paging().page(), "size", request.paging().size(),
                    "projects", p.projects()));
        });
        config.routes.get("/api/projects/yearly", ctx -> {
            List<YearCounts> years = projects.yearly(ProjectFilters.from(new Params(ctx.queryParamMap())));
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
}
