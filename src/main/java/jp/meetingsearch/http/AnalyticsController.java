package jp.meetingsearch.http;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import jp.meetingsearch.analytics.Analytics;
import jp.meetingsearch.analytics.Foreground;
import jp.meetingsearch.analytics.Keyword;
import jp.meetingsearch.analytics.KeywordOptions;
import jp.meetingsearch.analytics.Keywords;
import jp.meetingsearch.analytics.MatrixBy;
import jp.meetingsearch.analytics.MeetingRoles;
import jp.meetingsearch.analytics.RoleRequest;
import jp.meetingsearch.analytics.RoleStat;
import jp.meetingsearch.analytics.RoleStats;
import jp.meetingsearch.analytics.ThemeCount;
import jp.meetingsearch.analytics.ThemeCounts;
import jp.meetingsearch.analytics.ThemeMatrix;
import jp.meetingsearch.analytics.ThemeMatrixRequest;
import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.Params;
import jp.meetingsearch.search.CsvTable;
import jp.meetingsearch.search.RemarkFilters;
import jp.meetingsearch.themes.TaxonomyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes of the theme, role and keyword analytics; every answer also as CSV under the same path + {@code .csv}. */
final class AnalyticsController {
    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsController.class);

    private final Analytics analytics;
    private final WorkLimits limits;

    private AnalyticsController(Analytics analytics, WorkLimits limits) {
        this.analytics = analytics;
        this.limits = limits;
    }

    /** Registers the routes and the answer for an unusable theme file; keyword analyses run within the limits. */
    static void register(JavalinConfig config, Analytics analytics, WorkLimits limits) {
        AnalyticsController c = new AnalyticsController(analytics, limits);
        config.routes.get("/api/themes", ctx -> ctx.json(c.themes(ctx)));
        config.routes.get("/api/themes.csv", ctx -> themesCsv(ctx, c.themes(ctx)));
        config.routes.get("/api/themes/matrix", ctx -> ctx.json(c.matrix(ctx)));
        config.routes.get("/api/themes/matrix.csv", ctx -> matrixCsv(ctx, c.matrix(ctx)));
        config.routes.get("/api/roles", ctx -> ctx.json(c.roles(ctx)));
        config.routes.get("/api/roles.csv", ctx -> rolesCsv(ctx, c.roles(ctx)));
        config.routes.get("/api/roles/{role}/keywords", ctx -> ctx.json(c.roleKeywords(ctx)));
        config.routes.get("/api/roles/{role}/keywords.csv", ctx -> keywordsCsv(ctx, "keywords.csv", c.roleKeywords(ctx)));
        config.routes.get("/api/keywords", ctx -> ctx.json(c.keywords(ctx)));
        config.routes.get("/api/keywords.csv", ctx -> keywordsCsv(ctx, "keywords.csv", c.keywords(ctx)));
        config.routes.get("/api/cooccurrence", ctx -> ctx.json(c.cooccurrence(ctx)));
        config.routes.get("/api/cooccurrence.csv", ctx -> keywordsCsv(ctx, "cooccurrence.csv", c.cooccurrence(ctx)));
        config.routes.exception(TaxonomyException.class, (e, ctx) -> {
            LOG.warn("Theme taxonomy unusable for {}: {}", ctx.path(), e.getMessage());
            ApiServer.error(ctx, 500, "themes_unavailable", "the theme file cannot be used: " + e.getMessage());
        });
    }

    private static Params params(Context ctx) {
        return new Params(ctx.queryParamMap());
    }

    private ThemeCounts themes(Context ctx) throws IOException {
        return analytics.themes().counts(RemarkFilters.from(params(ctx)));
    }

    private ThemeMatrix matrix(Context ctx) throws IOException {
        ThemeMatrixRequest r = ThemeMatrixRequest.from(params(ctx));
        if (r.by() != MatrixBy.MEETING) {
            return analytics.themes().matrix(r.filters(), r.by(), r.columns(), r.exact());
        }
        // one column per meeting: the theme filters run under a terms aggregation over every meeting
        return call(WorkLimits.Kind.MATRIX_BY_MEETING, ctx,
                () -> analytics.themes().matrix(r.filters(), r.by(), r.columns(), r.exact()));
    }

    /** Work within the limits; the limits' own exceptions (429) pass, Elasticsearch's failures too. */
    private <T> T call(WorkLimits.Kind kind, Context ctx, WorkLimits.Work<T> work) throws IOException {
        try {
            return limits.call(kind, ctx, work);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private RoleStats roles(Context ctx) throws IOException {
        RoleRequest r = RoleRequest.from(params(ctx));
        return analytics.roles().roles(r.filters(), r.meetings());
    }

    private Keywords roleKeywords(Context ctx) throws IOException {
        Params p = params(ctx);
        RemarkFilters filters = RemarkFilters.from(p);
        KeywordOptions options = KeywordOptions.from(p);
        String role = ctx.pathParam("role");
        Keywords k = call(WorkLimits.Kind.KEYWORDS, ctx, () -> analytics.keywords().keywords(filters,
                Foreground.role(role), options));
        if (k.foregroundRemarks() == 0 && !analytics.roles().exists(role)) {
            throw ApiException.notFound("no remark has the role '" + Params.shorten(role) + "' (GET /api/roles lists them)");
        }
        return k;
    }

    private Keywords keywords(Context ctx) throws IOException {
        Params p = params(ctx);
        Foreground fg = Foreground.parse(p.raw("fg"), "fg", analytics.taxonomy());
        RemarkFilters filters = RemarkFilters.from(p);
        KeywordOptions options = KeywordOptions.from(p);
        return call(WorkLimits.Kind.KEYWORDS, ctx, () -> analytics.keywords().keywords(filters, fg, options));
    }

    private Keywords cooccurrence(Context ctx) throws IOException {
        Params p = params(ctx);
        RemarkFilters filters = RemarkFilters.from(p);
        KeywordOptions options = KeywordOptions.from(p);
        return call(WorkLimits.Kind.KEYWORDS, ctx, () -> analytics.keywords().cooccurrence(filters, options));
    }

    /** Writes the rows of one CSV answer. */
    @FunctionalInterface
    interface CsvRows {
        void write(CsvTable table) throws IOException;
    }

    /** Sends a CSV answer built in memory (analytics answers are small), with the search export's conventions. */
    static void sendCsv(Context ctx, String filename, List<String> header, CsvRows rows) throws IOException {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        ctx.result(csv(header, rows));
    }

    /** The CSV text: byte order mark, header, rows (text cells that look like formulas neutralised). */
    static String csv(List<String> header, CsvRows rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CsvTable table = new CsvTable(out, header.stream().map(CsvTable::safe).toList())) {
            rows.write(table);
        }
        return out.toString();
    }

    /** One row per theme, then the untagged and total rows; {@code kind} tells them apart. */
    static void themesCsv(Context ctx, ThemeCounts t) throws IOException {
        sendCsv(ctx, "themes.csv", List.of("kind", "theme", "description", "remarks", "meetings"), table -> {
            for (ThemeCount c : t.themes()) {
                table.row("theme", c.name(), c.description(), c.remarks(), c.meetings());
            }
            table.row("untagged", null, "remarks matching no theme", t.untagged(), t.untaggedMeetings());
            table.row("total", null, "every remark under the filters", t.total(), t.meetings());
        });
    }

    /**
     * The cross-table as on screen: a row per theme with its total, then untagged and total rows.
     * {@code values=of_column} or {@code of_row} writes the shares instead of counts (theme rows only).
     */
    static void matrixCsv(Context ctx, ThemeMatrix m) throws IOException {
        String v = params(ctx).raw("values");
        String values = v == null ? "count" : v.strip();
        List<List<Double>> shares = switch (values) {
            case "count" -> null;
            case "of_column" -> m.shares().ofColumn();
            case "of_row" -> m.shares().ofRow();
            default -> throw InvalidParameterException.unknownValue("values", v, List.of("count", "of_column", "of_row"),
                    "must be count, of_column or of_row");
        };
        List<String> header = new ArrayList<>(List.of("theme"));
        header.addAll(m.columnLabels());
        if (shares == null) {
            header.add("total");
        }
        sendCsv(ctx, "theme-matrix.csv", header, table -> {
            for (int i = 0; i < m.rows().size(); i++) {
                List<Object> row = new ArrayList<>(List.of(m.rows().get(i)));
                row.addAll(shares == null ? m.cells().get(i) : shares.get(i));
                if (shares == null) {
                    row.add(m.rowTotals().get(i));
                }
                table.row(row.toArray());
            }
            if (shares == null) {
                List<Object> untagged = new ArrayList<>(List.of("(untagged)"));
                untagged.addAll(m.untagged());
                untagged.add(m.untaggedTotal());
                table.row(untagged.toArray());
                List<Object> total = new ArrayList<>(List.of("(total)"));
                total.addAll(m.columnTotals());
                total.add(m.total());
                table.row(total.toArray());
            }
        });
    }

    /** Role and role-group lines, or with {@code per=meeting} one line per meeting and role. */
    static void rolesCsv(Context ctx, RoleStats r) throws IOException {
        if (r.perMeeting() != null) {
            sendCsv(ctx, "roles-per-meeting.csv",
                    List.of("meeting_id", "meeting_title", "meeting_date", "role", "remarks", "chars"), table -> {
                        for (MeetingRoles m : r.perMeeting()) {
                            for (RoleStat s : m.roles()) {
                                table.row(m.meetingId(), m.title(), m.date(), s.key(), s.remarks(), s.chars());
                            }
                        }
                    });
            return;
        }
        sendCsv(ctx, "roles.csv", List.of("kind", "key", "role_group", "remarks", "chars", "meetings"), table -> {
            for (RoleStat s : r.roles()) {
                table.row("role", s.key(), s.roleGroup(), s.remarks(), s.chars(), s.meetings());
            }
            for (RoleStat s : r.roleGroups()) {
                table.row("role_group", s.key(), s.key(), s.remarks(), s.chars(), s.meetings());
            }
            table.row("total", null, null, r.total(), r.chars(), r.meetings());
        });
    }

    /** One line per word. */
    static void keywordsCsv(Context ctx, String filename, Keywords k) throws IOException {
        sendCsv(ctx, filename, List.of("term", "score", "count", "bg_count"), table -> {
            for (Keyword w : k.keywords()) {
                table.row(w.term(), w.score(), w.count(), w.bgCount());
            }
        });
    }
}
