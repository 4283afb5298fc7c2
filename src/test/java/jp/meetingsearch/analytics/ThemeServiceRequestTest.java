package jp.meetingsearch.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.search.ThemeCounting;
import org.junit.jupiter.api.Test;

class ThemeServiceRequestTest {
    /** The time limit is SEARCH_TIMEOUT_MS, as for searches, written as Elasticsearch writes durations. */
    private static final RemarkAggregations.Target TARGET = new RemarkAggregations.Target("i", "2500ms");

    private static final Query A = Query.of(q -> q.match(m -> m.field("text").query("a")));
    private static final Query B = Query.of(q -> q.match(m -> m.field("text").query("b")));
    private static final Query FY = Query.of(q -> q.term(t -> t.field("fiscal_year").value(2021)));

    private static ThemeCounting themes() {
        Map<String, Query> m = new LinkedHashMap<>();
        m.put("甲", A);
        m.put("乙", B);
        return ThemeCounting.byQueries(m);
    }

    @Test
    void countsAreOneFiltersAggregationWithAnUntaggedBucketAndMeetingCounts() throws Exception {
        SearchRequest r = ThemeService.countsRequest(RemarkAggregations.Target.of(new jp.meetingsearch.index.Indices("p-"),
                java.time.Duration.ofMillis(2500)), FY, themes());
        assertEquals(java.util.List.of("p-remarks"), r.index());
        assertEquals(RequestJson.parse("""
                {"aggregations": {
                   "meetings": {"cardinality": {"field": "meeting_id", "precision_threshold": 10000}},
                   "themes": {
                     "aggregations": {"meetings": {"cardinality": {"field": "meeting_id", "precision_threshold": 10000}}},
                     "filters": {"filters": {"甲": {"match": {"text": {"query": "a"}}},
                                             "乙": {"match": {"text": {"query": "b"}}}},
                                 "other_bucket_key": "_untagged"}}},
                 "query": {"bool": {"filter": [{"term": {"fiscal_year": {"value": 2021}}}]}},
                 "size": 0, "timeout": "2500ms", "track_total_hits": true}
                """), RequestJson.of(r));
    }

    @Test
    void noFilterMeansNoQueryAndNoThemesMeansNoFiltersAggregation() throws Exception {
        JsonNode json = RequestJson.of(ThemeService.countsRequest(TARGET, Query.of(q -> q.matchAll(m -> m)),
                ThemeCounting.byQueries(Map.of())));
        assertFalse(json.has("query"));
        assertFalse(json.get("aggregations").has("themes"));
    }

    @Test
    void matrixByRoleNestsTheThemeFiltersInTermsColumns() throws Exception {
        JsonNode json = RequestJson.of(ThemeService.matrixRequest(TARGET, FY, themes(), MatrixBy.ROLE, 50, 1));
        JsonNode columns = json.at("/aggregations/columns");
        assertEquals(RequestJson.parse("""
                {"field": "role", "size": 50, "order": [{"_count": "desc"}, {"_key": "asc"}]}
                """), columns.get("terms"));
        assertEquals("_untagged", columns.at("/aggregations/themes/filters/other_bucket_key").asText());
        assertEquals(2, columns.at("/aggregations/themes/filters/filters").size());
        // row totals over all columns, not only the ones shown
        assertEquals(2, json.at("/aggregations/themes/filters/filters").size());
        assertFalse(columns.get("aggregations").has("meeting"));
    }

    @Test
    void matrixColumnOrderAndFieldPerKind() throws Exception {
        JsonNode years = RequestJson.of(ThemeService.matrixRequest(TARGET, null, themes(), MatrixBy.FISCAL_YEAR, 10, 1));
        assertEquals(RequestJson.parse("""
                {"field": "fiscal_year", "size": 10, "order": [{"_key": "asc"}]}"""),
                years.at("/aggregations/columns/terms"));
        assertFalse(years.has("query"));
        JsonNode meetings = RequestJson.of(ThemeService.matrixRequest(TARGET, null, themes(), MatrixBy.MEETING, 10, 1));
        JsonNode columns = meetings.at("/aggregations/columns");
        assertEquals(RequestJson.parse("""
                {"field": "meeting_id", "size": 10, "order": [{"first_date": "asc"}, {"_key": "asc"}]}"""),
                columns.get("terms"));
        assertEquals("meeting_date", columns.at("/aggregations/first_date/min/field").asText());
        assertEquals(1, columns.at("/aggregations/meeting/top_hits/size").asInt());
        assertEquals("role_group", RequestJson.of(ThemeService.matrixRequest(TARGET, null, themes(), MatrixBy.ROLE_GROUP, 10, 1))
                .at("/aggregations/columns/terms/field").asText());
    }

    @Test
    void aSampledMatrixPutsEverythingInARandomSamplerButThePendingCount() throws Exception {
        ThemeCounting tags = ThemeCounting.byTags("themes", Map.of("甲", Query.of(q -> q.matchAll(m -> m))),
                Query.of(q -> q.term(t -> t.field("themes_pending").value(true))), null);
        JsonNode json = RequestJson.of(ThemeService.matrixRequest(TARGET, null, tags, MatrixBy.ROLE, 10, 0.1));
        JsonNode aggs = json.get("aggregations");
        assertEquals(java.util.List.of("themes_pending", "matrix_sample"),
                aggs.properties().stream().map(Map.Entry::getKey).toList());
        assertEquals(0.1, aggs.at("/matrix_sample/random_sampler/probability").asDouble());
        JsonNode sampled = aggs.at("/matrix_sample/aggregations");
        assertEquals("role", sampled.at("/columns/terms/field").asText());
        assertEquals("themes", sampled.at("/themes_tagged/terms/field").asText());
        assertFalse(sampled.has("themes_pending"), "whether remarks wait for their tags is counted exactly");
        assertEquals(true, json.get("track_total_hits").asBoolean(), "the total stays exact");
    }

    @Test
    void byParameterValues() {
        assertEquals(MatrixBy.MEETING, MatrixBy.of("meeting").orElseThrow());
        assertEquals("meeting_id", MatrixBy.MEETING.field());
        assertEquals(MatrixBy.ROLE_GROUP, MatrixBy.of("role_group").orElseThrow());
        assertFalse(MatrixBy.of("meeting_id").isPresent());
    }
}
