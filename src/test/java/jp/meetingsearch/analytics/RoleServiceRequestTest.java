package jp.meetingsearch.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class RoleServiceRequestTest {
    /** The time limit is SEARCH_TIMEOUT_MS, as for searches, written as Elasticsearch writes durations. */
    private static final RemarkAggregations.Target TARGET = new RemarkAggregations.Target("i", "2500ms");


    @Test
    void rolesAndGroupsWithCharactersAndMeetings() throws Exception {
        Query body = Query.of(q -> q.term(t -> t.field("body").value("協働推進委員会")));
        JsonNode json = RequestJson.of(RoleService.request(TARGET, body, 0));
        assertEquals(RequestJson.parse("""
                {"aggregations": {
                   "chars": {"sum": {"field": "chars"}},
                   "meetings": {"cardinality": {"field": "meeting_id", "precision_threshold": 10000}},
                   "roles": {
                     "aggregations": {
                       "chars": {"sum": {"field": "chars"}},
                       "meetings": {"cardinality": {"field": "meeting_id", "precision_threshold": 10000}},
                       "role_group": {"terms": {"field": "role_group", "size": 1}}},
                     "terms": {"field": "role", "order": [{"_count": "desc"}, {"_key": "asc"}], "size": 500}},
                   "role_groups": {
                     "aggregations": {
                       "chars": {"sum": {"field": "chars"}},
                       "meetings": {"cardinality": {"field": "meeting_id", "precision_threshold": 10000}}},
                     "terms": {"field": "role_group", "size": 16}}},
                 "query": {"bool": {"filter": [{"term": {"body": {"value": "協働推進委員会"}}}]}},
                 "size": 0, "timeout": "2500ms", "track_total_hits": true}
                """), json);
    }

    @Test
    void perMeetingAddsMeetingsInDateOrderWithRolesInside() throws Exception {
        JsonNode per = RequestJson.of(RoleService.request(TARGET, null, 25)).at("/aggregations/per_meeting");
        assertEquals(RequestJson.parse("""
                {"field": "meeting_id", "size": 25, "order": [{"first_date": "asc"}, {"_key": "asc"}]}"""),
                per.get("terms"));
        assertEquals("role", per.at("/aggregations/roles/terms/field").asText());
        assertEquals("chars", per.at("/aggregations/roles/aggregations/chars/sum/field").asText());
        assertEquals("chars", per.at("/aggregations/chars/sum/field").asText());
        assertFalse(RequestJson.of(RoleService.request(TARGET, null, 0)).get("aggregations").has("per_meeting"));
    }

    @Test
    void rolesOfEqualCountsInTheirSeatNumbersOrder() {
        List<RoleStat> es = List.of(new RoleStat("11番", "member", 4, 100, 1), new RoleStat("3番", "member", 4, 90, 1),
                new RoleStat("議長", "chair", 12, 300, 2));
        assertEquals(List.of("議長", "3番", "11番"), RoleService.byRemarks(es).stream().map(RoleStat::key).toList());
    }
}
