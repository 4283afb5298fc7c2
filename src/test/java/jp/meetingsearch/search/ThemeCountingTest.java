package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ThemeCountingTest {
    private static final JacksonJsonpMapper JSONP = new JacksonJsonpMapper();
    private static final Query PENDING = Query.of(q -> q.term(t -> t.field("themes_pending").value(true)));

    private static Map<String, Query> rules() {
        Map<String, Query> m = new LinkedHashMap<>();
        m.put("甲", Query.of(q -> q.match(x -> x.field("text").query("a"))));
        m.put("乙", Query.of(q -> q.match(x -> x.field("text").query("b"))));
        return m;
    }

    private static ThemeCounting byTags() {
        return ThemeCounting.byTags("themes", rules(), PENDING, ThemeCounting.byQueries(rules()));
    }

    /** An answer as Elasticsearch writes it for the typed client (aggregation names prefixed with their type). */
    private static SearchResponse<Void> answer(String aggregations) {
        String json = "{\"took\":1,\"timed_out\":false,\"_shards\":{\"total\":1,\"successful\":1,\"skipped\":0,"
                + "\"failed\":0},\"hits\":{\"total\":{\"value\":10,\"relation\":\"eq\"},\"hits\":[]},"
                + "\"aggregations\":" + aggregations + "}";
        return SearchResponse.of(b -> b.withJson(new StringReader(json)));
    }

    /** How {@link #byTags()} reads an answer with these aggregations. */
    private static ThemeCounting.Tally byTagsRead(String aggregations) {
        return byTags().read(answer(aggregations).aggregations());
    }

    private static JsonNode json(ThemeCounting counting) throws Exception {
        return new ObjectMapper().readTree("{\"a\":" + JsonpUtils.toJsonString(
                co.elastic.clients.elasticsearch._types.aggregations.Aggregation.of(a -> a.filter(f -> f.matchAll(m -> m))
                        .aggregations(counting.aggregations(Map.of()))), JSONP) + "}").at("/a/aggregations");
    }

    @Test
    void fromTagsATermsAggregationOnTheCurrentNamesAFilterForNoTagAndACountOfPendingRemarksWithoutAnyRule()
            throws Exception {
        JsonNode json = json(byTags());
        assertEquals(new ObjectMapper().readTree("""
                {"field":"themes","include":["甲","乙"],"size":2}"""), json.at("/themes_tagged/terms"));
        // a filter, not a missing aggregation: a random sampler refuses the latter
        assertEquals("themes", json.at("/themes_untagged/filter/bool/must_not/0/exists/field").asText());
        assertEquals(true, json.at("/themes_pending/filter/term/themes_pending/value").asBoolean());
        assertFalse(json.at("/themes_pending").has("aggregations"), "no rule is sent: nothing to parse");
        assertFalse(json.toString().contains("match"));
        JsonNode withPending = json(byTags().withPending());
        assertEquals("_untagged", withPending.at("/themes_pending/aggregations/themes/filters/other_bucket_key")
                .asText());
        assertEquals(2, withPending.at("/themes_pending/aggregations/themes/filters/filters").size());
    }

    @Test
    void pendingRemarksWithoutTheRulesMakeTheTallyIncomplete() {
        ThemeCounting.Tally t = byTagsRead("""
                {"sterms#themes_tagged":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[
                   {"key":"甲","doc_count":5}]},
                 "filter#themes_untagged":{"doc_count":4},
                 "filter#themes_pending":{"doc_count":3}}""");
        assertFalse(t.complete());
        assertFalse(t.exact());
    }

    @Test
    void tagCountsAddTheRulesCountsOfPendingRemarks() {
        ThemeCounting.Tally t = byTagsRead("""
                {"sterms#themes_tagged":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[
                   {"key":"甲","doc_count":5},{"key":"乙","doc_count":2}]},
                 "filter#themes_untagged":{"doc_count":4},
                 "filter#themes_pending":{"doc_count":3,"filters#themes":{"buckets":{
                   "甲":{"doc_count":1},"乙":{"doc_count":2},"_untagged":{"doc_count":1}}}}}""");
        assertEquals(6, t.themes().get("甲").remarks());
        assertEquals(4, t.themes().get("乙").remarks());
        // 4 without a tag, of which 3 are pending and 1 of those matches no rule: 1 + 1
        assertEquals(2, t.untagged().remarks());
        assertTrue(t.complete(), "the rules counted the pending remarks");
        assertFalse(t.exact(), "sub-aggregations left out the pending remarks");
    }

    @Test
    void withoutPendingRemarksTheTagsAloneAreExactAndAThemeNoRemarkHasCountsZero() {
        ThemeCounting.Tally t = byTagsRead("""
                {"sterms#themes_tagged":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[
                   {"key":"甲","doc_count":5}]},
                 "filter#themes_untagged":{"doc_count":4},
                 "filter#themes_pending":{"doc_count":0}}""");
        assertEquals(5, t.themes().get("甲").remarks());
        assertEquals(0, t.themes().get("乙").remarks());
        assertEquals(4, t.untagged().remarks());
        assertTrue(t.complete());
        assertTrue(t.exact());
        assertEquals(ThemeCounting.byQueries(rules()).names(), byTags().exact().names());
        assertFalse(byTags().exact().fromTags());
    }

    @Test
    void byQueriesReadsTheFiltersBuckets() {
        SearchResponse<Void> r = answer("""
                {"filters#themes":{"buckets":{"甲":{"doc_count":3},"乙":{"doc_count":0},"_untagged":{"doc_count":7}}}}""");
        ThemeCounting.Tally t = ThemeCounting.byQueries(rules()).read(r.aggregations());
        assertEquals(3, t.themes().get("甲").remarks());
        assertEquals(7, t.untagged().remarks());
        assertTrue(t.exact());
    }
}
