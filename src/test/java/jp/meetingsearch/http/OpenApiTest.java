package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.json.Json;
import org.junit.jupiter.api.Test;

class OpenApiTest {

    @Test
    void mergedDocumentDescribesTheAnalyticsRoutesAndEveryReferenceResolves() throws Exception {
        JsonNode doc = Json.newMapper().readTree(OpenApi.merged(Json.newMapper()));
        assertEquals("3.0.3", doc.get("openapi").asText());
        for (String path : List.of("/api/themes", "/api/themes.csv", "/api/themes/matrix", "/api/themes/matrix.csv",
                "/api/roles", "/api/roles.csv", "/api/roles/{role}/keywords", "/api/roles/{role}/keywords.csv",
                "/api/keywords", "/api/keywords.csv", "/api/cooccurrence", "/api/cooccurrence.csv")) {
            assertTrue(doc.at("/paths").has(path), path);
        }
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertTrue(refs.size() > 50);
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/"), ref);
            assertTrue(!doc.at(ref.substring(1)).isMissingNode(), "unresolved " + ref);
        }
    }

    private static void collectRefs(JsonNode n, List<String> out) {
        if (n.has("$ref")) {
            out.add(n.get("$ref").asText());
        }
        n.forEach(child -> collectRefs(child, out));
    }
}
