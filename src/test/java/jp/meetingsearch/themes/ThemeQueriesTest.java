package jp.meetingsearch.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ThemeQueriesTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void anyAllNoneBecomeShouldFilterMustNotOnTheAnalysedText() throws Exception {
        Theme t = TaxonomyParser.parse("t", "[x]\nany = 防災, \"自主防災組織\"\nall = 地域\nnone = 予算\n").getFirst();
        JsonNode q = json(ThemeQueries.of(t));
        JsonNode expected = mapper.readTree("""
                {"bool": {
                  "filter": [{"match": {"text": {"operator": "and", "query": "地域"}}}],
                  "minimum_should_match": "1",
                  "must_not": [{"match": {"text": {"operator": "and", "query": "予算"}}}],
                  "should": [{"match": {"text": {"operator": "and", "query": "防災"}}},
                             {"match_phrase": {"text": {"query": "自主防災組織"}}}]}}
                """);
        assertEquals(expected, q);
    }

    @Test
    void anAllOnlyRuleHasNoShouldClause() throws Exception {
        Theme t = TaxonomyParser.parse("t", "[x]\nall = a, b\n").getFirst();
        assertEquals(mapper.readTree("""
                {"bool": {"filter": [{"match": {"text": {"operator": "and", "query": "a"}}},
                                     {"match": {"text": {"operator": "and", "query": "b"}}}]}}
                """), json(ThemeQueries.of(t)));
    }

    private JsonNode json(co.elastic.clients.elasticsearch._types.query_dsl.Query q) throws Exception {
        return mapper.readTree(JsonpUtils.toJsonString(q, new JacksonJsonpMapper()));
    }
}
