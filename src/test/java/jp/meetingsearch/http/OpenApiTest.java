package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.json.Json;
import org.junit.jupiter.api.Test;

class OpenApiTest {
    private final ObjectNode doc = OpenApi.load(Json.newMapper());

    @Test
    void describesEverySearchEndpoint() {
        for (String path : List.of("/api/search", "/api/search.csv", "/api/search.ndjson", "/api/kwic", "/api/kwic.csv",
                "/api/meetings", "/api/meetings/{id}", "/api/remarks/{id}")) {
            assertTrue(doc.at("/paths").has(path), path);
        }
        List<String> searchParams = new ArrayList<>();
        for (JsonNode p : doc.at("/paths/~1api~1search/get/parameters")) {
            searchParams.add(p.get("$ref").asText().replace("#/components/parameters/", ""));
        }
        assertEquals(List.of("q", "role", "role_group", "speaker", "group", "body", "meeting", "section", "theme", "fiscal_year",
                "fy_from", "fy_to", "date_from", "date_to", "synonyms", "sort", "size", "page", "cursor", "facets"),
                searchParams);
    }

    @Test
    void describesTheAdminOperationsWithTheirToken() {
        for (String path : List.of("/api/admin/reload", "/api/admin/load-sample")) {
            assertEquals("adminToken", doc.at("/paths/" + path.replace("/", "~1") + "/post/security/0").fieldNames().next());
        }
        assertEquals("bearer", doc.at("/components/securitySchemes/adminToken/scheme").asText());
    }

    @Test
    void everyReferenceResolves() {
        Set<String> refs = new HashSet<>();
        Matcher m = Pattern.compile("\"\\$ref\":\"#/([^\"]+)\"").matcher(doc.toString());
        while (m.find()) {
            refs.add(m.group(1));
        }
        assertTrue(refs.size() > 20);
        for (String ref : refs) {
            assertTrue(!doc.at("/" + ref).isMissingNode(), ref);
        }
    }
}
