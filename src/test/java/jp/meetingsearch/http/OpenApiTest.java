package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import jp.meetingsearch.admin.AdminActions;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.health.Readiness;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.search.SearchSettings;
import jp.meetingsearch.themes.Taxonomy;
import org.junit.jupiter.api.Test;

class OpenApiTest {
    private final ObjectNode doc = OpenApi.load(Json.newMapper());

    /** The routes the application serves (admin ones with a token), as "METHOD path" in the spec's notation. */
    private static Set<String> routes() {
        Map<String, String> env = Map.of("ES_URL", "http://127.0.0.1:9", "ADMIN_TOKEN", "0123456789abcdef-token");
        AppConfig cfg = AppConfig.from(env);
        var mapper = Json.newMapper();
        var client = EsClients.create(cfg.esUrl().orElseThrow(), cfg, mapper);
        SearchSettings settings = SearchSettings.DEFAULT;
        AdminActions admin = AdminActions.NONE.with("reload", () -> null).with("load-sample", () -> null);
        Javalin app = ApiServer.create(cfg, mapper, ApiServer.Services.forCluster(client, mapper,
                new Indices(""), settings, new Taxonomy(Path.of(Taxonomy.DEFAULT_FILE)), ApiServer.Services.synonymFile(settings)),
                Readiness.READY, admin);
        Set<String> out = new TreeSet<>();
        for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
            String path = e.endpoint.path.replaceAll("\\{([^}]+)}", "{$1}").replaceAll("<([^>]+)>", "{$1}");
            if (e.endpoint.method.isHttpMethod() && !path.equals("/api/docs")) {
                out.add(e.endpoint.method.name() + " " + path);
            }
        }
        return out;
    }

    @Test
    void describesExactlyTheRoutesTheRouterServes() {
        Set<String> described = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> described.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
        assertEquals(routes(), described);
    }

    @Test
    void everyOperationHasAnIdSecurityAndAnErrorAnswer() {
        Set<String> ids = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(o -> {
            String op = o.getKey() + " " + p.getKey();
            JsonNode node = o.getValue();
            assertTrue(node.path("operationId").isTextual(), op + " has no operationId");
            assertTrue(ids.add(node.get("operationId").asText()), op + ": operationId used twice");
            JsonNode security = node.get("security");
            if (p.getKey().startsWith("/api/admin/")) {
                assertEquals("[{\"adminToken\":[]}]", String.valueOf(security), op);
            } else {
                assertEquals("[]", String.valueOf(security), op + ": read operations need no credentials");
            }
            assertTrue(node.path("responses").has("default"), op + " has no default (error) answer");
        }));
        assertTrue(doc.get("servers").size() >= 1 && doc.at("/servers/0/url").isTextual(), "servers");
    }

    @Test
    void oneErrorSchemaForEveryErrorAnswer() {
        Set<String> errorLike = new TreeSet<>();
        doc.at("/components/schemas").fields().forEachRemaining(s -> {
            if (s.getValue().at("/properties/error").isObject() && s.getValue().at("/properties/message").isObject()) {
                errorLike.add(s.getKey());
            }
        });
        assertEquals(Set.of("Error"), errorLike);
        doc.at("/components/responses").forEach(r ->
                assertEquals("#/components/schemas/Error", r.at("/content/application~1json/schema/$ref").asText()));
    }

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
        assertEquals(List.of("q", "role", "role_group", "speaker", "group", "body", "meeting", "project", "section", "theme", "fiscal_year",
                "fy_from", "fy_to", "date_from", "date_to", "synonyms", "match", "sort", "size", "page", "cursor", "facets"),
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
