package jp.meetingsearch.projects;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.text.JapaneseDates;
import jp.meetingsearch.text.Variants;

/** Lists project rows and counts them per fiscal year with Elasticsearch aggregations on the stored fiscal_year. */
public final class ProjectSearch {
    private static final int MAX_BUCKETS = 500;
    private static final int EXPORT_BATCH = 1000;
    private final ElasticsearchClient client;
    private final ObjectMapper mapper;
    private final Indices indices;

    public ProjectSearch(ElasticsearchClient client, ObjectMapper mapper, Indices indices) {
        this.client = client;
        this.mapper = mapper;
        this.indices = indices;
    }

    /** A page of rows and the total. */
    public record Page(long total, List<JsonNode> projects) {
    }

    /** Rows matching the filters, newest fiscal year first, then by name. */
    public Page list(ProjectListRequest request) throws IOException {
        ProjectFilters f = request.filters();
        ObjectNode body = mapper.createObjectNode();
        body.put("from", request.paging().from()).put("size", request.paging().size()).put("track_total_hits", true).put("timeout", "10s");
        body.set("query", query(f));
        ArrayNode sort = body.putArray("sort");
        sort.addObject().put("fiscal_year", "desc");
        sort.addObject().put("name", "asc");
        sort.addObject().put("id", "asc");
        JsonNode answer = search(body);
        List<JsonNode> rows = new ArrayList<>();
        answer.path("hits").path("hits").forEach(h -> rows.add(h.path("_source")));
        return new Page(answer.path("hits").path("total").path("value").asLong(), rows);
    }

    /** Receives an export: its size first, then each row. */
    public interface RowSink {
        /** Called once, before the rows: how many match and how many will follow. */
        void start(long total, long exported) throws IOException;

        /** One project row (its stored document). */
        void row(JsonNode project) throws IOException;
    }

    /**
     * Every row matching the filters in the list's order (newest fiscal year first, then by name), at most
     * {@code max}, read page by page after the previous page's last row.
     */
    public void export(ProjectFilters f, int max, RowSink sink) throws IOException {
        JsonNode after = null;
        long sent = 0;
        boolean started = false;
        while (true) {
            ObjectNode body = mapper.createObjectNode();
            int size = (int) Math.min(EXPORT_BATCH, max - sent);
            body.put("size", Math.max(size, 0)).put("track_total_hits", true).put("timeout", "10s");
            body.set("query", query(f));
            ArrayNode sort = body.putArray("sort");
            sort.addObject().put("fiscal_year", "desc");
            sort.addObject().put("name", "asc");
            sort.addObject().put("id", "asc");
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode answer = search(body);
            if (!started) {
                long total = answer.path("hits").path("total").path("value").asLong();
                sink.start(total, Math.min(total, max));
                started = true;
            }
            JsonNode hits = answer.path("hits").path("hits");
            for (JsonNode h : hits) {
                sink.row(h.path("_source"));
                sent++;
            }
            if (hits.size() < EXPORT_BATCH || sent >= max) {
                return;
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
    }

    /** Counts per fiscal year, oldest first, with breakdowns. */
    public List<YearCounts> yearly(ProjectFilters f) throws IOException {
        ObjectNode body = mapper.createObjectNode();
        body.put("size", 0).put("timeout", "10s");
        body.set("query", query(f));
        ObjectNode years = body.putObject("aggs").putObject("years");
        years.putObject("terms").put("field", "fiscal_year").put("size", MAX_BUCKETS)
                .putObject("order").put("_key", "asc");
        ObjectNode sub = years.putObject("aggs");
        sub.putObject("form").putObject("terms").put("field", "form").put("size", MAX_BUCKETS);
        sub.putObject("department").putObject("terms").put("field", "department").put("size", MAX_BUCKETS);
        sub.putObject("area").putObject("terms").put("field", "area").put("size", MAX_BUCKETS);
        sub.putObject("is_new").putObject("terms").put("field", "is_new");
        sub.putObject("proposal").putObject("filter").putObject("term").put("proposal", true);
        JsonNode answer = search(body);
        List<YearCounts> out = new ArrayList<>();
        for (JsonNode b : answer.path("aggregations").path("years").path("buckets")) {
            int fy = b.path("key").asInt();
            long isNew = 0;
            long continuing = 0;
            for (JsonNode n : b.path("is_new").path("buckets")) {
                if (n.path("key").asInt() == 1) {
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

    /** The query for the filters (also used in tests to check the request). */
    ObjectNode query(ProjectFilters f) {
        ObjectNode bool = mapper.createObjectNode();
        ArrayNode filter = bool.putArray("filter");
        if (f.fyFrom() != null || f.fyTo() != null) {
            ObjectNode range = filter.addObject().putObject("range").putObject("fiscal_year");
            if (f.fyFrom() != null) {
                range.put("gte", f.fyFrom());
            }
            if (f.fyTo() != null) {
                range.put("lte", f.fyTo());
            }
        }
        terms(filter, "form", f.forms());
        terms(filter, "department", f.departments());
        terms(filter, "area", f.areas());
        if (f.isNew() != null) {
            filter.addObject().putObject("term").put("is_new", f.isNew());
        }
        f.query().ifPresent(q -> {
            ObjectNode mm = bool.putArray("must").addObject().putObject("multi_match");
            mm.put("query", q).put("operator", "and").put("type", "cross_fields");
            ArrayNode fields = mm.putArray("fields");
            List.of("name.text^3", "partners.text^2", "department.text", "description", "evaluation")
                    .forEach(fields::add);
        });
        ObjectNode query = mapper.createObjectNode();
        query.set("bool", bool);
        return query;
    }

    /** Any of the values, each in every spelling of its variant characters (廣報課 also finds 広報課). */
    private static void terms(ArrayNode filter, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode arr = filter.addObject().putObject("terms").putArray(field);
            values.stream().flatMap(v -> Variants.TABLE.spellings(v).stream()).distinct().forEach(arr::add);
        }
    }

    private static Map<String, Long> counts(JsonNode agg) {
        Map<String, Long> m = new LinkedHashMap<>();
        agg.path("buckets").forEach(b -> m.put(b.path("key").asText(), b.path("doc_count").asLong()));
        return m;
    }

    private JsonNode search(ObjectNode body) throws IOException {
        Request r = new Request("POST", "/" + indices.alias(IndexName.PROJECTS) + "/_search");
        r.setJsonEntity(body.toString());
        return mapper.readTree(EsClients.perform(client, r));
    }
}
