package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.links.ProjectNames;
import jp.meetingsearch.loaders.Loaders;
import jp.meetingsearch.testsupport.ApiContract;
import jp.meetingsearch.testsupport.TestCluster;
import jp.meetingsearch.text.Width;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The projects' discussion through the API, over the みなと市 list and minutes loaded by the real loaders: project=
 * filters search and exports, GET /api/projects/{id} and /api/projects/discussed agree with it, bad and unknown ids
 * are refused. Every JSON answer is checked against /openapi.json by the client.
 */
class ProjectDiscussionApiIT {
    private static final Path ROOT = Path.of(System.getProperty("project.basedir", "."));
    private static final Path LINKS = ROOT.resolve("src/test/resources/links");
    private static final TestCluster ES = TestCluster.get();
    private static final HttpClient HTTP = ApiContract.httpClient();

    private static final String CENTRE = ProjectNames.projectId("市民活動サポートセンター運営事業", "地域づくり課");
    private static final String TALKS = ProjectNames.projectId("講演会開催事業", "生涯学習課");
    private static final String SAFETY = ProjectNames.projectId("交通安全教室開催事業", "交通政策課");

    private static AppConfig cfg;
    private static Javalin app;

    @BeforeAll
    static void load() throws Exception {
        cfg = ES.newDataset();
        assertEquals(0, run(false, LINKS.resolve("minato-projects.csv").toString()));
        assertEquals(0, run(true, ROOT.resolve("loaders/sample/minutes").toString(),
                LINKS.resolve("minutes/minato-links-r05-9.txt").toString()));
        app = ApiServer.create(cfg, ES.mapper(), ApiServer.Services.forCluster(ES.client(), ES.mapper(),
                new Indices(cfg.indexPrefix()), cfg)).start(0);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (app != null) {
            app.stop();
        }
        ES.deleteDataset(cfg.indexPrefix());
    }

    private static int run(boolean minutes, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            return minutes ? Loaders.loadMinutes(args, cfg, ES.mapper(), o, o, null)
                    : Loaders.loadProjects(args, cfg, ES.mapper(), o, o, null);
        }
    }

    private static HttpResponse<String> send(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(String pathAndQuery, int status) throws Exception {
        HttpResponse<String> r = send(pathAndQuery);
        assertEquals(status, r.statusCode(), pathAndQuery + ": " + r.body());
        return ES.mapper().readTree(r.body());
    }

    @Test
    void searchByProjectGivesOnlyItsRemarksEachSayingWhichWordsLinkedIt() throws Exception {
        JsonNode all = json("/api/search?size=100", 200);
        JsonNode centre = json("/api/search?size=100&project=" + CENTRE, 200);
        long total = centre.get("total").asLong();
        assertTrue(total >= 10 && total < all.get("total").asLong(), "remarks about the centre: " + total);
        assertEquals(total, centre.get("hits").size());
        for (JsonNode hit : centre.get("hits")) {
            JsonNode link = null;
            for (JsonNode p : hit.get("projects")) {
                link = p.get("id").asText().equals(CENTRE) ? p : link;
            }
            assertTrue(link != null, hit.toString());
            assertEquals("市民活動サポートセンター運営事業", link.get("name").asText());
            // the words of the link are words of the remark
            String text = ProjectNames.normalize(Width.fold(hit.get("text").asText()));
            assertFalse(link.get("words").isEmpty(), hit.toString());
            for (JsonNode w : link.get("words")) {
                assertTrue(text.contains(w.asText()), w + " not in " + hit.get("text"));
            }
        }
        // remarks about the general topic only are not linked to the specific project
        assertEquals(0, json("/api/search?project=" + SAFETY, 200).get("total").asLong());
    }

    @Test
    void theExportHoldsTheSameRemarksAsTheSearch() throws Exception {
        JsonNode centre = json("/api/search?size=100&project=" + CENTRE, 200);
        Set<String> ids = new HashSet<>();
        centre.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        HttpResponse<String> r = send("/api/search.ndjson?project=" + CENTRE);
        assertEquals(200, r.statusCode(), r.body());
        Set<String> exported = new HashSet<>();
        for (String line : r.body().lines().filter(l -> !l.isBlank()).toList()) {
            exported.add(ES.mapper().readTree(line).get("id").asText());
        }
        assertEquals(ids, exported);
    }

    @Test
    void aProjectAnswersItsYearsAndItsDiscussionAsTheSearchCountsIt() throws Exception {
        JsonNode p = json("/api/projects/" + CENTRE, 200);
        assertEquals(CENTRE, p.get("id").asText());
        assertEquals("地域づくり課", p.get("department").asText());
        // listed in 令和元年度 and 令和5年度: one project across the two years
        List<Integer> years = p.get("years").findValuesAsText("fiscal_year").stream().map(Integer::parseInt).toList();
        assertEquals(List.of(2019, 2023), years);
        JsonNode d = p.get("discussion");
        JsonNode search = json("/api/search?size=100&project=" + CENTRE, 200);
        assertEquals(search.get("total").asLong(), d.get("remarks").asLong());
        long byYear = 0;
        for (JsonNode y : d.get("by_fiscal_year")) {
            byYear += y.get("remarks").asLong();
            assertEquals(json("/api/search?size=1&project=" + CENTRE + "&fy_from=" + y.get("key").asText()
                    + "&fy_to=" + y.get("key").asText(), 200).get("total").asLong(), y.get("remarks").asLong());
        }
        assertEquals(d.get("remarks").asLong(), byYear);
        long byRole = 0;
        for (JsonNode g : d.get("by_role_group")) {
            byRole += g.get("remarks").asLong();
        }
        assertEquals(d.get("remarks").asLong(), byRole);
        assertTrue(d.get("first_date").asText().compareTo(d.get("last_date").asText()) <= 0, d.toString());
    }

    @Test
    void discussedRanksProjectsAndNamesThoseNeverDiscussed() throws Exception {
        JsonNode all = json("/api/projects/discussed", 200);
        Map<String, Long> remarks = new java.util.HashMap<>();
        long previous = Long.MAX_VALUE;
        for (JsonNode r : all.get("discussed")) {
            long n = r.get("remarks").asLong();
            assertTrue(n > 0 && n <= previous, "ranked by remarks: " + all);
            previous = n;
            remarks.put(r.get("id").asText(), n);
        }
        assertEquals(json("/api/search?size=1&project=" + CENTRE, 200).get("total").asLong(), remarks.get(CENTRE));
        Set<String> never = new HashSet<>(all.get("never_discussed").findValuesAsText("id"));
        // a name of generic words only links nothing; 交通安全 in general is not 交通安全教室
        assertTrue(never.containsAll(Set.of(TALKS, SAFETY)), never.toString());
        // 9 rows, the centre's in two years: 8 projects, each once
        assertEquals(8, all.get("listed").asInt(), all.toString());
        assertEquals(8, all.get("discussed").size() + never.size(), "every listed project once: " + all);

        JsonNode fy2019 = json("/api/projects/discussed?fiscal_year=2019", 200);
        assertEquals(1, fy2019.get("listed").asInt(), fy2019.toString());
    }

    @Test
    void aMalformedIdIsABadParameterAndAnUnknownOneNotFound() throws Exception {
        JsonNode bad = json("/api/projects/not-an-id", 400);
        assertEquals("bad_parameter", bad.get("error").asText());
        assertTrue(bad.get("message").asText().contains("'id'"), bad.toString());
        JsonNode badFilter = json("/api/search?project=center", 400);
        assertTrue(badFilter.get("message").asText().contains("'project'"), badFilter.toString());
        JsonNode unknown = json("/api/projects/p0000000000000000", 404);
        assertEquals("not_found", unknown.get("error").asText());
        JsonNode badYear = json("/api/projects/discussed?fiscal_year=abc", 400);
        assertTrue(badYear.get("message").asText().contains("fiscal_year"), badYear.toString());
    }

    @Test
    void theFixedPathsBesideTheIdStayTheirOwnRoutes() throws Exception {
        // /api/projects/{id} must not take "yearly" (the projects page's counts) for an id
        JsonNode yearly = json("/api/projects/yearly", 200);
        assertTrue(yearly.get("years").size() > 0, yearly.toString());
        assertTrue(json("/api/projects/discussed", 200).isObject());
    }
}
