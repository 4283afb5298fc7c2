package jp.meetingsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;

/** Browsing: the meeting list, one whole meeting, one remark with the remarks around it. */
public final class MeetingService {
    /** The ids the loaders make (date, session, hash, order) and nothing that could be a path or a query. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    /** Most remarks of one meeting returned; far above any real meeting. */
    static final int MAX_REMARKS = 10_000;
    private static final int BATCH = 1000;
    public static final int MAX_CONTEXT = 20;

    private final ElasticsearchClient client;
    private final String meetings;
    private final String remarks;
    private final String timeout;

    public MeetingService(ElasticsearchClient client, Indices indices, SearchSettings settings) {
        this.client = client;
        this.meetings = indices.alias(IndexName.MEETINGS);
        this.remarks = indices.alias(IndexName.REMARKS);
        this.timeout = settings.timeoutValue();
    }

    /** A page of meetings matching the filters. */
    public MeetingList list(MeetingListRequest r) throws IOException {
        List<Query> filter = new ArrayList<>();
        if (r.body() != null) {
            List<FieldValue> bodies = RemarkQueryBuilder.spellings(List.of(r.body())).stream().map(FieldValue::of).toList();
            filter.add(Query.of(q -> q.terms(t -> t.field("body").terms(v -> v.value(bodies)))));
        }
        RemarkQueryBuilder.fiscalYears(r.fyFrom(), r.fyTo(), "fiscal_year").ifPresent(filter::add);
        RemarkQueryBuilder.dates(r.dateFrom(), r.dateTo(), "date").ifPresent(filter::add);
        co.elastic.clients.elasticsearch._types.SortOrder dir = r.sort() == SortOrder.DATE
                ? co.elastic.clients.elasticsearch._types.SortOrder.Asc
                : co.elastic.clients.elasticsearch._types.SortOrder.Desc;
        SearchResponse<MeetingDocument> resp = client.search(s -> s.index(meetings).allowPartialSearchResults(false)
                .query(q -> q.bool(b -> b.filter(filter)))
                .from((r.page() - 1) * r.size())
                .size(r.size())
                .trackTotalHits(t -> t.enabled(true))
                .timeout(timeout)
                .sort(field("date", dir), field("id", co.elastic.clients.elasticsearch._types.SortOrder.Asc))
                .source(src -> src.filter(f -> f.excludes("attendees", "officials", "agenda"))),
                MeetingDocument.class);
        List<MeetingSummary> list = resp.hits().hits().stream()
                .map(Hit::source).filter(java.util.Objects::nonNull).map(MeetingDocument::summary).toList();
        return new MeetingList(resp.hits().total() == null ? list.size() : resp.hits().total().value(), list);
    }

    /** The whole meeting with its remarks in order; empty for an unknown (or impossible) id. */
    public Optional<MeetingDetail> meeting(String id) throws IOException {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        SearchResponse<MeetingDocument> resp = client.search(s -> s.index(meetings).allowPartialSearchResults(false)
                .query(q -> q.term(t -> t.field("id").value(id)))
                .size(1)
                .timeout(timeout), MeetingDocument.class);
        if (resp.hits().hits().isEmpty() || resp.hits().hits().getFirst().source() == null) {
            return Optional.empty();
        }
        MeetingDocument m = resp.hits().hits().getFirst().source();
        return Optional.of(new MeetingDetail(m.id(), m.title(), m.body(), m.date(), m.fiscalYear(), m.session(),
                m.startTime(), m.endTime(), m.venue(), m.isPublic(), orEmpty(m.attendees()), m.attendeeCount(),
                orEmpty(m.officials()), orEmpty(m.agenda()), m.format(), remarksOf(id)));
    }

    private List<RemarkHit> remarksOf(String meetingId) throws IOException {
        List<RemarkHit> out = new ArrayList<>();
        List<FieldValue> after = null;
        while (out.size() < MAX_REMARKS) {
            List<FieldValue> searchAfter = after;
            SearchResponse<RemarkDocument> resp = client.search(s -> {
                s.index(remarks).allowPartialSearchResults(false)
                        .query(q -> q.term(t -> t.field("meeting_id").value(meetingId)))
                        .size(BATCH)
                        .timeout(timeout)
                        .sort(byOrder(co.elastic.clients.elasticsearch._types.SortOrder.Asc))
                        .source(src -> src.filter(f -> f.includes(RemarkDocument.FIELDS)));
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, RemarkDocument.class);
            resp.hits().hits().stream().map(Hit::source).filter(java.util.Objects::nonNull)
                    .forEach(d -> out.add(d.toHit(List.of())));
            if (resp.hits().hits().size() < BATCH) {
                break;
            }
            after = resp.hits().hits().getLast().sort();
        }
        return out;
    }

    /** One remark and up to {@code context} remarks before and after it in its meeting; empty for an unknown id. */
    public Optional<RemarkInContext> remark(String id, int context) throws IOException {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        SearchResponse<RemarkDocument> resp = client.search(s -> s.index(remarks).allowPartialSearchResults(false)
                .query(q -> q.term(t -> t.field("id").value(id)))
                .size(1)
                .timeout(timeout)
                .source(src -> src.filter(f -> f.includes(RemarkDocument.FIELDS))), RemarkDocument.class);
        if (resp.hits().hits().isEmpty() || resp.hits().hits().getFirst().source() == null) {
            return Optional.empty();
        }
        RemarkDocument d = resp.hits().hits().getFirst().source();
        List<RemarkHit> before = List.of();
        List<RemarkHit> after = List.of();
        if (context > 0 && d.meetingId() != null && d.order() != null) {
            before = new ArrayList<>(neighbours(d, context, false));
            java.util.Collections.reverse(before);
            after = neighbours(d, context, true);
        }
        return Optional.of(new RemarkInContext(d.toHit(List.of()), before, after));
    }

    /** The {@code n} remarks nearest to {@code d} in its meeting on one side, nearest first. */
    private List<RemarkHit> neighbours(RemarkDocument d, int n, boolean following) throws IOException {
        co.elastic.clients.elasticsearch._types.SortOrder dir = following
                ? co.elastic.clients.elasticsearch._types.SortOrder.Asc
                : co.elastic.clients.elasticsearch._types.SortOrder.Desc;
        double order = d.order();
        SearchResponse<RemarkDocument> resp = client.search(s -> s.index(remarks).allowPartialSearchResults(false)
                .query(q -> q.bool(b -> b
                        .filter(f -> f.term(t -> t.field("meeting_id").value(d.meetingId())))
                        .filter(f -> f.range(r -> r.number(x -> following ? x.field("order").gt(order)
                                : x.field("order").lt(order))))))
                .size(n)
                .timeout(timeout)
                .sort(byOrder(dir))
                .source(src -> src.filter(f -> f.includes(RemarkDocument.FIELDS))), RemarkDocument.class);
        return resp.hits().hits().stream().map(Hit::source).filter(java.util.Objects::nonNull)
                .map(x -> x.toHit(List.of())).toList();
    }

    private static List<SortOptions> byOrder(co.elastic.clients.elasticsearch._types.SortOrder dir) {
        return List.of(field("order", dir), field("id", dir));
    }

    private static SortOptions field(String name, co.elastic.clients.elasticsearch._types.SortOrder dir) {
        return SortOptions.of(s -> s.field(f -> f.field(name).order(dir)));
    }

    private static <T> List<T> orEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }
}
