package jp.meetingsearch.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The project list's query as the client sends it: every filter, variant spellings, and the free text. */
class ProjectQueryTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(ProjectFilters f) throws Exception {
        return MAPPER.readTree(JsonpUtils.toJsonString(ProjectSearch.query(f), new JacksonJsonpMapper()));
    }

    @Test
    void everyFilterIsAFilterClauseAndTheTextMustMatch() throws Exception {
        ProjectFilters f = new ProjectFilters(2019, 2021, List.of("共催"), List.of("廣報課"), List.of(), true, " 花火 ");
        assertEquals(MAPPER.readTree("""
                {"bool": {
                  "filter": [
                    {"range": {"fiscal_year": {"gte": 2019, "lte": 2021}}},
                    {"terms": {"form": ["共催"]}},
                    {"terms": {"department": ["廣報課", "広報課"]}},
                    {"term": {"is_new": {"value": true}}}],
                  "must": [
                    {"multi_match": {"fields": ["name.text^3", "partners.text^2", "department.text", "description",
                      "evaluation"], "operator": "and", "query": "花火", "type": "cross_fields"}}]}}
                """), json(f));
    }

    @Test
    void anOpenRangeHasOneEndAndNoFilterMatchesEverything() throws Exception {
        ProjectFilters from = new ProjectFilters(2020, null, List.of(), List.of(), List.of(), null, null);
        assertEquals(MAPPER.readTree("{\"bool\":{\"filter\":[{\"range\":{\"fiscal_year\":{\"gte\":2020}}}]}}"),
                json(from));
        assertEquals(MAPPER.readTree("{\"bool\":{}}"), json(ProjectFilters.none()));
    }

    @Test
    void aListRequestCarriesTheConfiguredSearchTimeout() throws Exception {
        ProjectFilters none = new ProjectFilters(null, null, List.of(), List.of(), List.of(), null, null);
        ProjectSearch search = new ProjectSearch(null, new jp.meetingsearch.index.Indices("t"), Duration.ofMillis(2500));
        JsonNode request = MAPPER.readTree(JsonpUtils.toJsonString(search.rows(none, 10, null).build(),
                new JacksonJsonpMapper()));
        assertEquals("2500ms", request.path("timeout").asText());
    }
}
