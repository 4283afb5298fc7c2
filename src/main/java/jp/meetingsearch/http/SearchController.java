package jp.meetingsearch.http;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import jp.meetingsearch.search.CsvTable;
import jp.meetingsearch.search.KwicLine;
import jp.meetingsearch.search.KwicRequest;
import jp.meetingsearch.search.KwicResult;
import jp.meetingsearch.search.MeetingListRequest;
import jp.meetingsearch.search.MeetingService;
import jp.meetingsearch.search.Params;
import jp.meetingsearch.search.RemarkFilters;
import jp.meetingsearch.search.RemarkHit;
import jp.meetingsearch.search.RemarkSearchRequest;
import jp.meetingsearch.search.SearchService;
import jp.meetingsearch.search.SortOrder;

/** Routes of remark search, keyword in context, export and meeting browsing; HTTP only, the work is in the services. */
public final class SearchController {
    static final String TOTAL_HEADER = "X-Total-Count";
    static final String EXPORT_COUNT_HEADER = "X-Export-Count";
    static final String EXPORT_LIMIT_HEADER = "X-Export-Limit";
    private static final List<String> REMARK_COLUMNS = List.of("id", "meeting_id", "meeting_title", "meeting_date",
            "fiscal_year", "body", "order", "section", "agenda_number", "agenda_title", "role", "role_group",
            "speaker", "text");
    private static final List<String> KWIC_COLUMNS = List.of("left", "match", "right", "remark_id", "meeting_id",
            "meeting_title", "meeting_date", "role");

    private final SearchService search;
    private final MeetingService meetings;
    private final ObjectMapper mapper;

    private SearchController(SearchService search, MeetingService meetings, ObjectMapper mapper) {
        this.search = search;
        this.meetings = meetings;
        this.mapper = mapper;
    }

    /** Registers the routes. */
    public static void register(JavalinConfig config, SearchService search, MeetingService meetings,
                                ObjectMapper mapper) {
        SearchController c = new SearchController(search, meetings, mapper);
        config.routes.get("/api/search", ctx -> ctx.json(search.search(RemarkSearchRequest.from(params(ctx)))));
        config.routes.get("/api/speakers", ctx -> ctx.json(search.speakers(params(ctx))));
        config.routes.get("/api/search.csv", c::exportCsv);
        config.routes.get("/api/search.ndjson", c::exportNdjson);
        config.routes.get("/api/kwic", ctx -> ctx.json(search.kwic(KwicRequest.from(params(ctx)))));
        config.routes.get("/api/kwic.csv", c::kwicCsv);
        config.routes.get("/api/meetings", ctx -> ctx.json(meetings.list(MeetingListRequest.from(params(ctx)))));
        config.routes.get("/api/meetings/{id}", ctx -> ctx.json(meetings.meeting(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("no meeting with id '" + shorten(ctx.pathParam("id")) + "'"))));
        config.routes.get("/api/remarks/{id}", ctx -> {
            int context = params(ctx).integer("context", 0, MeetingService.MAX_CONTEXT, 0);
            ctx.json(meetings.remark(ctx.pathParam("id"), context)
                    .orElseThrow(() -> ApiException.notFound("no remark with id '" + shorten(ctx.pathParam("id")) + "'")));
        });
    }

    private static Params params(Context ctx) {
        return new Params(ctx.queryParamMap());
    }

    private static String shorten(String id) {
        String clean = id.replaceAll("[^\\p{L}\\p{N}._-]", "?");
        return clean.length() <= 60 ? clean : clean.substring(0, 60) + "…";
    }

    private void exportCsv(Context ctx) throws IOException {
        Params p = params(ctx);
        RemarkFilters filters = RemarkFilters.from(p);
        SortOrder sort = SortOrder.parse(p.raw("sort"), "sort");
        Writer out = writer(ctx);
        CsvTable[] table = new CsvTable[1];
        search.export(filters, sort, new SearchService.ExportSink() {
            @Override
            public void start(long total, long exported) throws IOException {
                exportHeaders(ctx, "text/csv; charset=utf-8", "remarks.csv", total, exported);
                table[0] = new CsvTable(out, REMARK_COLUMNS);
            }

            @Override
            public void remark(RemarkHit h) throws IOException {
                table[0].row(h.id(), h.meeting().id(), h.meeting().title(), h.meeting().date(),
                        h.meeting().fiscalYear(), h.meeting().body(), h.order(), h.section(),
                        h.agendaItem() == null ? null : h.agendaItem().number(),
                        h.agendaItem() == null ? null : h.agendaItem().title(),
                        h.role(), h.roleGroup(), h.speaker(), h.text());
            }
        });
        table[0].flush();
        out.flush();
    }

    private void exportNdjson(Context ctx) throws IOException {
        Params p = params(ctx);
        RemarkFilters filters = RemarkFilters.from(p);
        SortOrder sort = SortOrder.parse(p.raw("sort"), "sort");
        Writer out = writer(ctx);
        search.export(filters, sort, new SearchService.ExportSink() {
            @Override
            public void start(long total, long exported) {
                exportHeaders(ctx, "application/x-ndjson; charset=utf-8", "remarks.ndjson", total, exported);
            }

            @Override
            public void remark(RemarkHit h) throws IOException {
                ObjectNode row = mapper.valueToTree(h);
                row.remove("highlight");
                out.write(mapper.writeValueAsString(row));
                out.write('\n');
            }
        });
        out.flush();
    }

    private void kwicCsv(Context ctx) throws IOException {
        KwicResult r = search.kwic(KwicRequest.from(params(ctx)));
        ctx.header(TOTAL_HEADER, Long.toString(r.total()));
        ctx.header("X-Truncated", Boolean.toString(r.truncated()));
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"kwic.csv\"");
        Writer out = writer(ctx);
        try (CsvTable table = new CsvTable(out, KWIC_COLUMNS)) {
            for (KwicLine l : r.lines()) {
                table.row(l.left(), l.match(), l.right(), l.remarkId(), l.meeting().id(), l.meeting().title(),
                        l.meeting().date(), l.role());
            }
        }
    }

    private void exportHeaders(Context ctx, String type, String file, long total, long exported) {
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.header(TOTAL_HEADER, Long.toString(total));
        ctx.header(EXPORT_COUNT_HEADER, Long.toString(exported));
        ctx.header(EXPORT_LIMIT_HEADER, Integer.toString(search.exportMax()));
    }

    private static Writer writer(Context ctx) {
        return new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 64 * 1024);
    }
}
