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
import jp.meetingsearch.http.params.Params;
import jp.meetingsearch.search.CsvTable;
import jp.meetingsearch.search.ExportRequest;
import jp.meetingsearch.search.KwicLine;
import jp.meetingsearch.search.KwicRequest;
import jp.meetingsearch.search.KwicResult;
import jp.meetingsearch.search.MeetingListRequest;
import jp.meetingsearch.search.MeetingService;
import jp.meetingsearch.search.RemarkHit;
import jp.meetingsearch.search.RemarkSearchRequest;
import jp.meetingsearch.search.SearchService;
import jp.meetingsearch.search.SpeakerRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes of remark search, keyword in context, export and meeting browsing; HTTP only, the work is in the services. */
public final class SearchController {
    private static final Logger LOG = LoggerFactory.getLogger(SearchController.class);
    static final String TOTAL_HEADER = "X-Total-Count";
    static final String EXPORT_COUNT_HEADER = "X-Export-Count";
    static final String EXPORT_LIMIT_HEADER = "X-Export-Limit";
    private static final List<String> REMARK_COLUMNS = List.of("id", "meeting_id", "meeting_title", "meeting_date",
            "fiscal_year", "body", "order", "section", "agenda_number", "agenda_title", "role", "role_group",
            "speaker", "text");
    private static final List<String> KWIC_COLUMNS = List.of("left", "match", "right", "remark_id", "meeting_id",
            "meeting_title", "meeting_date", "role");

    private final SearchService search;
    private final ObjectMapper mapper;

    /** The exports' state: the meeting routes need none, they are served by {@code register}'s lambdas. */
    private SearchController(SearchService search, ObjectMapper mapper) {
        this.search = search;
        this.mapper = mapper;
    }

    /** Registers the routes; exports and KWIC run within the limits. */
    static void register(JavalinConfig config, SearchService search, MeetingService meetings,
                         ObjectMapper mapper, WorkLimits limits) {
        SearchController c = new SearchController(search, mapper);
        config.routes.get("/api/search", ctx -> ctx.json(search.search(RemarkSearchRequest.from(params(ctx)))));
        config.routes.get("/api/speakers", ctx -> ctx.json(search.speakers(SpeakerRequest.from(params(ctx)))));
        config.routes.get("/api/search.csv", limits.guard(WorkLimits.Kind.EXPORT, c::exportCsv));
        config.routes.get("/api/search.ndjson", limits.guard(WorkLimits.Kind.EXPORT, c::exportNdjson));
        config.routes.get("/api/kwic", limits.guard(WorkLimits.Kind.KWIC,
                ctx -> ctx.json(search.kwic(KwicRequest.from(params(ctx))))));
        config.routes.get("/api/kwic.csv", limits.guard(WorkLimits.Kind.KWIC, c::kwicCsv));
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

    /** How an export writes its rows, and what it writes before it is cut off. */
    private interface ExportFormat {
        String contentType();

        String fileName();

        void begin(Writer out) throws IOException;

        void row(Writer out, RemarkHit h) throws IOException;

        /** The last thing a client reads of an export that cannot finish; nothing for CSV (no place for it). */
        void failure(Writer out, ExportError error) throws IOException;
    }

    private void exportCsv(Context ctx) throws IOException {
        CsvTable[] table = new CsvTable[1];
        export(ctx, new ExportFormat() {
            @Override
            public String contentType() {
                return "text/csv; charset=utf-8";
            }

            @Override
            public String fileName() {
                return "remarks.csv";
            }

            @Override
            public void begin(Writer out) throws IOException {
                table[0] = new CsvTable(out, REMARK_COLUMNS);
            }

            @Override
            public void row(Writer out, RemarkHit h) throws IOException {
                table[0].row(h.id(), h.meeting().id(), h.meeting().title(), h.meeting().date(),
                        h.meeting().fiscalYear(), h.meeting().body(), h.order(), h.section(),
                        h.agendaItem() == null ? null : h.agendaItem().number(),
                        h.agendaItem() == null ? null : h.agendaItem().title(),
                        h.role(), h.roleGroup(), h.speaker(), h.text());
            }

            @Override
            public void failure(Writer out, ExportError error) {
                // a CSV row would read as data: the cut-off connection is the only signal
            }
        });
    }

    private void exportNdjson(Context ctx) throws IOException {
        export(ctx, new ExportFormat() {
            @Override
            public String contentType() {
                return "application/x-ndjson; charset=utf-8";
            }

            @Override
            public String fileName() {
                return "remarks.ndjson";
            }

            @Override
            public void begin(Writer out) {
                // no header line: every line is one remark
            }

            @Override
            public void row(Writer out, RemarkHit h) throws IOException {
                ObjectNode row = mapper.valueToTree(h);
                row.remove("highlight");
                out.write(mapper.writeValueAsString(row));
                out.write('\n');
            }

            @Override
            public void failure(Writer out, ExportError error) throws IOException {
                out.write(mapper.writeValueAsString(error));
                out.write('\n');
            }
        });
    }

    /**
     * Streams an export. A failure before anything was sent is an ordinary error answer; once rows are out, the
     * response is aborted (the chunked body never ends properly, so every HTTP client reports an incomplete
     * transfer) after the format's last words, and nothing is appended that could pass for data.
     */
    private void export(Context ctx, ExportFormat format) throws IOException {
        ExportRequest request = ExportRequest.from(params(ctx));
        Writer out = writer(ctx);
        long[] counts = {0, -1};
        try {
            search.export(request, new SearchService.ExportSink() {
                @Override
                public void start(long total, long exported) throws IOException {
                    counts[1] = exported;
                    exportHeaders(ctx, format.contentType(), format.fileName(), total, exported);
                    format.begin(out);
                }

                @Override
                public void remark(RemarkHit h) throws IOException {
                    try {
                        format.row(out, h);
                    } catch (IOException e) {
                        throw new ClientGone(e);
                    }
                    counts[0]++;
                }
            });
            out.flush();
        } catch (ClientGone e) {
            LOG.debug("Export of {} ended by the client after {} remarks", ctx.path(), counts[0]);
            Streams.abort(ctx, e.getCause());
        } catch (IOException | RuntimeException e) {
            if (!ctx.res().isCommitted()) {
                // nothing has reached the client: drop what is buffered and answer with the usual error
                ctx.res().reset();
                throw e;
            }
            String why = e instanceof IOException ? "Elasticsearch stopped answering" : "Elasticsearch refused a request";
            LOG.warn("Export of {} cut off after {} of {} remarks: {} ({}: {})", ctx.path(), counts[0], counts[1],
                    why, e.getClass().getSimpleName(), e.getMessage());
            try {
                format.failure(out, new ExportError("export_incomplete", "the export stopped after " + counts[0]
                        + " of " + counts[1] + " remarks (" + why + "); what was sent is incomplete: run it again",
                        counts[0], counts[1]));
                out.flush();
                // Javalin's stream does not pass flush on: push Jetty's own buffer out before the output is shut
                ctx.res().getOutputStream().flush();
            } catch (IOException gone) {
                // the client is gone as well: shutting the output is all that is left to do
            }
            Streams.abort(ctx, e);
        }
    }

    /** Writing to the client failed: it went away, nothing to tell it. */
    private static final class ClientGone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ClientGone(IOException cause) {
            super(cause.getMessage(), cause, false, false);
        }
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
