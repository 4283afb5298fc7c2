package jp.meetingsearch.http;

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
import jp.meetingsearch.analytics.RoleStat;
import jp.meetingsearch.analytics.RoleStats;
import jp.meetingsearch.analytics.ThemeCount;
import jp.meetingsearch.analytics.ThemeCounts;
import jp.meetingsearch.analytics.ThemeMatrix;
import jp.meetingsearch.search.Params;
import jp.meetingsearch.search.RemarkFilters;
import jp.meetingsearch.themes.TaxonomyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes of the theme, role and keyword analytics; every answer also as CSV under the same path + {@code .csv}. */
final class AnalyticsController {
    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsController.class);
    static final int DEFAULT_COLUMNS = 100;
    static final int MAX_COLUMNS = 1000;
    static final int DEFAULT_MEETINGS = 200;
    static final int MAX_MEETINGS = 1000;

    private final Analytics analytics;

    private AnalyticsController(Analytics analytics) {
        this.analytics = analytics;
    }

    /** Registers the routes and the answer for an unusable theme file. */
    static void register(JavalinConfig config, Analytics analytics) {
        AnalyticsController c = new AnalyticsController(analytics);
        config.routes.get("/api/themes", ctx -> ctx.json(c.themes(ctx)));
        config.routes.get("/api/themes.csv", ctx -> themesCsv(c.themes(ctx)).send(ctx, "themes.csv"));
        config.routes.get("/api/themes/matrix", ctx -> ctx.json(c.matrix(ctx)));
        config.routes.get("/api/themes/matrix.csv", ctx -> matrixCsv(c.matrix(ctx), ctx).send(ctx, "theme-matrix.csv"));
        config.routes.get("/api/roles", ctx -> ctx.json(c.roles(ctx)));
        config.routes.get("/api/roles.csv", ctx -> rolesCsv(c.roles(ctx)).send(ctx, "roles.csv"));
        config.routes.get("/api/roles/{role}/keywords", ctx -> ctx.json(c.roleKeywords(ctx)));
        config.routes.get("/api/roles/{role}/keywords.csv", ctx -> keywordsCsv(c.roleKeywords(ctx)).send(ctx, "keywords.csv"));
        config.routes.get("/api/keywords", ctx -> ctx.json(c.keywords(ctx)));
        config.routes.get("/api/keywords.csv", ctx -> keywordsCsv(c.keywords(ctx)).send(ctx, "keywords.csv"));
        config.routes.get("/api/cooccurrence", ctx -> ctx.json(c.cooccurrence(ctx)));
        config.routes.get("/api/cooccurrence.csv", ctx -> keywordsCsv(c.cooccurrence(ctx)).send(ctx, "cooccurrence.csv"));
        config.routes.exception(TaxonomyException.class, (e, ctx) -> {
            LOG.warn("Theme taxonomy unusable for {}: {}", ctx.path(), e.getMessage());
            ApiServer.error(ctx, 500, "themes_unavailable", "the theme file cannot be used: " + e.getMessage());
        });
    }

    private static Params params(Context ctx) {
        return new Params(ctx.queryParamMap());
    }

    private ThemeCounts themes(Context ctx) throws java.io.IOException {
        return analytics.themes().counts(RemarkFilters.from(params(ctx)));
    }

    private ThemeMatrix matrix(Context ctx) throws java.io.IOException {
        Params p = params(ctx);
        String byParam = p.raw("by") == null ? MatrixBy.ROLE.param() : p.raw("by").strip();
        MatrixBy by = MatrixBy.of(byParam).orElseThrow(() ->
                ApiException.badParameter("by", "must be role, role_group, fiscal_year or meeting"));
        int columns = p.integer("size", 1, MAX_COLUMNS, DEFAULT_COLUMNS);
        return analytics.themes().matrix(RemarkFilters.from(p), by, columns);
    }

    private RoleStats roles(Context ctx) throws java.io.IOException {
        Params p = params(ctx);
        String per = p.raw("per");
        if (per != null && !"meeting".equals(per.strip())) {
            throw ApiException.badParameter("per", "the only breakdown is per=meeting");
        }
        int meetings = per == null ? 0 : p.integer("meetings", 1, MAX_MEETINGS, DEFAULT_MEETINGS);
        return analytics.roles().roles(RemarkFilters.from(p), meetings);
    }

    private Keywords roleKeywords(Context ctx) throws java.io.IOException {
        Params p = params(ctx);
        return analytics.keywords().keywords(RemarkFilters.from(p), Foreground.role(ctx.pathParam("role")),
                options(p));
    }

    private Keywords keywords(Context ctx) throws java.io.IOException {
        Params p = params(ctx);
        Foreground fg = Foreground.parse(p.raw("fg"), "fg", analytics.taxonomy());
        return analytics.keywords().keywords(RemarkFilters.from(p), fg, options(p));
    }

    private Keywords cooccurrence(Context ctx) throws java.io.IOException {
        Params p = params(ctx);
        return analytics.keywords().cooccurrence(RemarkFilters.from(p), options(p));
    }

    private static KeywordOptions options(Params p) {
        return new KeywordOptions(
                p.integer("size", 1, KeywordOptions.MAX_SIZE, KeywordOptions.DEFAULT_SIZE),
                p.integer("min_count", 1, KeywordOptions.MAX_MIN_COUNT, KeywordOptions.DEFAULT_MIN_COUNT),
                p.integer("sample", KeywordOptions.MIN_SAMPLE, KeywordOptions.MAX_SAMPLE, KeywordOptions.DEFAULT_SAMPLE));
    }

    /** One row per theme, then the untagged and total rows; {@code kind} tells them apart. */
    static CsvAnswer themesCsv(ThemeCounts t) {
        CsvAnswer csv = new CsvAnswer("kind", "theme", "description", "remarks", "meetings");
        for (ThemeCount c : t.themes()) {
            csv.row("theme", c.name(), c.description(), c.remarks(), c.meetings());
        }
        csv.row("untagged", null, "remarks matching no theme", t.untagged(), t.untaggedMeetings());
        csv.row("total", null, "every remark under the filters", t.total(), t.meetings());
        return csv;
    }

    /**
     * The cross-table as on screen: a row per theme with its total, then untagged and total rows.
     * {@code values=of_column} or {@code of_row} writes the shares instead of counts (theme rows only).
     */
    static CsvAnswer matrixCsv(ThemeMatrix m, Context ctx) {
        String values = params(ctx).raw("values");
        values = values == null ? "count" : values.strip();
        List<List<Double>> shares = switch (values) {
            case "count" -> null;
            case "of_column" -> m.shares().ofColumn();
            case "of_row" -> m.shares().ofRow();
            default -> throw ApiException.badParameter("values", "must be count, of_column or of_row");
        };
        List<String> header = new ArrayList<>(List.of("theme"));
        header.addAll(m.columnLabels());
        if (shares == null) {
            header.add("total");
        }
        CsvAnswer csv = new CsvAnswer(header);
        for (int i = 0; i < m.rows().size(); i++) {
            List<Object> row = new ArrayList<>(List.of(m.rows().get(i)));
            row.addAll(shares == null ? m.cells().get(i) : shares.get(i));
            if (shares == null) {
                row.add(m.rowTotals().get(i));
            }
            csv.row(row);
        }
        if (shares == null) {
            List<Object> untagged = new ArrayList<>(List.of("(untagged)"));
            untagged.addAll(m.untagged());
            untagged.add(m.untaggedTotal());
            csv.row(untagged);
            List<Object> total = new ArrayList<>(List.of("(total)"));
            total.addAll(m.columnTotals());
            total.add(m.total());
            csv.row(total);
        }
        return csv;
    }

    /** Role and role-group lines, or with {@code per=meeting} one line per meeting and role. */
    static CsvAnswer rolesCsv(RoleStats r) {
        if (r.perMeeting() != null) {
            CsvAnswer csv = new CsvAnswer("meeting_id", "meeting_title", "meeting_date", "role", "remarks", "chars");
            for (MeetingRoles m : r.perMeeting()) {
                for (RoleStat s : m.roles()) {
                    csv.row(m.meetingId(), m.title(), m.date(), s.key(), s.remarks(), s.chars());
                }
            }
            return csv;
        }
        CsvAnswer csv = new CsvAnswer("kind", "key", "role_group", "remarks", "chars", "meetings");
        for (RoleStat s : r.roles()) {
            csv.row("role", s.key(), s.roleGroup(), s.remarks(), s.chars(), s.meetings());
        }
        for (RoleStat s : r.roleGroups()) {
            csv.row("role_group", s.key(), s.key(), s.remarks(), s.chars(), s.meetings());
        }
        csv.row("total", null, null, r.total(), r.chars(), r.meetings());
        return csv;
    }

    /** One line per word. */
    static CsvAnswer keywordsCsv(Keywords k) {
        CsvAnswer csv = new CsvAnswer("term", "score", "count", "bg_count");
        for (Keyword w : k.keywords()) {
            csv.row(w.term(), w.score(), w.count(), w.bgCount());
        }
        return csv;
    }
}
