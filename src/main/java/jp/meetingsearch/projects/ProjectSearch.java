package jp.meetingsearch.projects;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.text.JapaneseDates;
import jp.meetingsearch.text.Variants;

/** Lists project rows and counts them per fiscal year with Elasticsearch aggregations on the stored fiscal_year. */
public final class ProjectSearch {
    private static final int MAX_BUCKETS = 500;
    private static final int EXPORT_BATCH = 1000;
    /** Newest fiscal year first, then by name; the id makes the order total, as search_after needs. */
    private static final List<SortOptions> ORDER = List.of(
            SortOptions.of(s -> s.field(f -> f.field("fiscal_year").order(SortOrder.Desc))),
            SortOptions.of(s -> s.field(f -> f.field("name").order(SortOrder.Asc))),
            SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
    private static final List<String> TEXT_FIELDS =
            List.of("name.text^3", "partners.text^2", "department.text", "description", "evaluation");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ElasticsearchClient client;
    private final Indices indices;
    /** Server-side limit of one request (SEARCH_TIMEOUT_MS), as Elasticsearch writes durations. */
    private final String timeout;

    public ProjectSearch(ElasticsearchClient client, Indices indices, Duration timeout) {
        this.client = client;
        this.indices = indices;
        this.timeout = timeout.toMillis() + "ms";
    }

    /** A page of rows and the total. */
    public record Page(long total, List<ProjectDocument> projects) {
    }

    /** Rows matching the filters, newest fiscal year first, then by name. */
    public Page list(ProjectListRequest request) throws IOException {
        SearchResponse<ProjectDocument> answer = client.search(rows(request.filters(), request.paging().size(), null)
                .from(request.paging().from()).build(), ProjectDocument.class);
        return new Page(total(answer), answer.hits().hits().stream().map(Hit::source).toList());
    }

    /** Receives an export: its size first, then each row. */
    public interface RowSink {
        /** Called once, before the rows: how many match and how many will follow. */
        void start(long total, long exported) throws IOException;

        /** One project row (its stored document). */
        void row(ProjectDocument project) throws IOException;
    }

    /**
     * Every row matching the filters in the list's order (newest fiscal year first, then by name), at most
     * {@code max}, read page by page after the previous page's last row.
     */
    public void export(ProjectFilters f, int max, RowSink sink) throws IOException {
        List<FieldValue> after = null;
        long sent = 0;
        boolean started = false;
        while (true) {
            int size = (int) Math.max(0, Math.min(EXPORT_BATCH, max - sent));
            SearchResponse<ProjectDocument> answer = client.search(rows(f, size, after).build(), ProjectDocument.class);
            if (!started) {
                long total = total(answer);
                sink.start(total, Math.min(total, max));
                started = true;
            }
            List<Hit<ProjectDocument>> hits = answer.hits().hits();
            for (Hit<ProjectDocument> h : hits) {
                sink.row(h.source());
                sent++;
            }
            if (hits.size() < EXPORT_BATCH || sent >= max) {
                return;
            }
            after = hits.getLast().sort();
        }
    }

    /** Counts per fiscal year, oldest first, with breakdowns. */
    public List<YearCounts> yearly(ProjectFilters f) throws IOException {
        Map<String, Aggregation> breakdowns = new LinkedHashMap<>();
        for (String field : List.of("form", "department", "area")) {
            breakdowns.put(field, Aggregation.of(a -> a.terms(t -> t.field(field).size(MAX_BUCKETS))));
        }
        breakdowns.put("is_new", Aggregation.of(a -> a.terms(t -> t.field("is_new"))));
        breakdowns.put("proposal", Aggregation.of(a -> a.filter(q -> q.term(t -> t.field("proposal").value(true)))));
        SearchRequest request = SearchRequest.of(s -> s.index(alias()).size(0).timeout(timeout).query(query(f))
                .aggregations("years", a -> a.terms(t -> t.field("fiscal_year").size(MAX_BUCKETS)
                        .order(NamedValue.of("_key", SortOrder.Asc))).aggregations(breakdowns)));
        // read as a tree: the typed client's reading of these nested buckets was a quarter of the call's CPU
        JsonNode answer = JSON.readTree(EsClients.search(client, request, false));
        List<YearCounts> out = new ArrayList<>();
        for (JsonNode b : answer.path("aggregations").path("years").path("buckets")) {
            int fy = b.path("key").asInt();
            long isNew = 0;
            long continuing = 0;
            // a boolean field's terms have the keys 1 and 0
            for (JsonNode n : b.path("is_new").path("buckets")) {
                if (n.path("key").asLong() == 1) {
                    isNew = n.path("doc_count").asLong();
                } else {
                    continuing = n.path("doc_count").asLong();
                }
            }
            out.add(new YearCounts(fy, JapaneseDates.warekiFiscalYear(fy), b.path("doc_count").asLong(),
                    counts(b.path("form")), counts(b.path("department")), counts(b.path("area")), isNew, continuing,
                    b.path("proposal").path("doc_count").asLong()));
        }
        return out;
    }

    /** A search for rows in the list's order, after the given sort values (null: from the start). */
    SearchRequest.Builder rows(ProjectFilters f, int size, List<FieldValue> after) {
        SearchRequest.Builder s = new SearchRequest.Builder().index(alias()).allowPartialSearchResults(false).size(size)
                .trackTotalHits(t -> t.enabled(true)).timeout(timeout).query(query(f)).sort(ORDER);
        if (after != null) {
            s.searchAfter(after);
        }
        return s;
    }

    /** The query for the filters. */
    static Query query(ProjectFilters f) {
        return Query.of(q -> q.bool(b -> {
            if (f.fyFrom() != null || f.fyTo() != null) {
                b.filter(r -> r.range(x -> x.untyped(u -> {
                    u.field("fiscal_year");
                    if (f.fyFrom() != null) {
                        u.gte(JsonData.of(f.fyFrom()));
                    }
                    if (f.fyTo() != null) {
                        u.lte(JsonData.of(f.fyTo()));
                    }
                    return u;
                })));
            }
            terms(b, "form", f.forms());
            terms(b, "department", f.departments());
            terms(b, "area", f.areas());
            if (f.isNew() != null) {
                b.filter(t -> t.term(x -> x.field("is_new").value(f.isNew())));
            }
            f.query().ifPresent(text -> b.must(m -> m.multiMatch(mm -> mm.query(text).operator(Operator.And)
                    .type(TextQueryType.CrossFields).fields(TEXT_FIELDS))));
            return b;
        }));
    }

    /** Any of the values, each in every spelling of its variant characters (廣報課 also finds 広報課). */
    private static void terms(co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery.Builder b, String field,
                              List<String> values) {
        if (!values.isEmpty()) {
            List<FieldValue> spellings = values.stream().flatMap(v -> Variants.TABLE.spellings(v).stream()).distinct()
                    .map(FieldValue::of).toList();
            b.filter(q -> q.terms(t -> t.field(field).terms(v -> v.value(spellings))));
        }
    }

    /** A terms aggregation's buckets in their order: key, remarks. */
    private static Map<String, Long> counts(JsonNode terms) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (JsonNode b : terms.path("buckets")) {
            m.put(b.path("key").asText(), b.path("doc_count").asLong());
        }
        return m;
    }

    private static long total(SearchResponse<?> answer) {
        return answer.hits().total() == null ? 0 : answer.hits().total().value();
    }

    private String alias() {
        return indices.alias(IndexName.PROJECTS);
    }
}
