package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import jp.meetingsearch.testsupport.ApiContract;
import jp.meetingsearch.testsupport.TestCluster;
import jp.meetingsearch.analytics.AnalyticsFixture;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.search.SearchSettings;
import jp.meetingsearch.themes.Taxonomy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme matrix over an index of more than twice {@code FACET_SAMPLE_SIZE} remarks: estimated from a random
 * sample unless {@code exact=true} is asked or the matches are few, and saying which.
 */
class SampledMatrixIT {
    private static final TestCluster ES = TestCluster.get();
    private static final HttpClient HTTP = ApiContract.httpClient();
    /** The analytics fixture's 30 remarks, 70 times: 2,100 remarks. */
    private static final int COPIES = 70;
    private static AppConfig cfg;
    private static long remarks;
    private static Javalin app;

    @BeforeAll
    static void indexFixture(@TempDir Path dir) throws Exception {
        cfg = ES.newDataset();
        List<JsonNode> docs = new ArrayList<>();
        for (JsonNode d : AnalyticsFixture.ndjson(ES.mapper(), "analytics/remarks.ndjson")) {
            for (int c = 0; c < COPIES; c++) {
                ObjectNode copy = d.deepCopy();
                copy.put("id", d.get("id").asText() + "-c" + c);
                docs.add(copy);
            }
        }
        remarks = docs.size();
        AnalyticsFixture.index(ES, cfg, docs, AnalyticsFixture.ndjson(ES.mapper(), "analytics/meetings.ndjson"));
        Path themes = dir.resolve("themes.txt");
        Files.writeString(themes, AnalyticsFixture.text("analytics/themes.txt"));
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("THEMES_FILE", themes.toString());
        env.put("FACET_SAMPLE_SIZE", "200");
        AppConfig configured = AppConfig.from(env);
        SearchSettings settings = SearchSettings.of(configured);
        app = ApiServer.create(cfg, ES.mapper(), ApiServer.Services.forCluster(ES.client(), ES.mapper(),
                new Indices(cfg.indexPrefix()), settings, new Taxonomy(configured.search().themesFile()),
                ApiServer.Services.synonymFile(settings))).start(0);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (app != null) {
            app.stop();
        }
        ES.deleteDataset(cfg.indexPrefix());
    }

    private static JsonNode json(String query) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
                + "/api/themes/matrix?" + query)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return ES.mapper().readTree(r.body());
    }

    @Test
    void theMatrixOfManyMatchesIsEstimatedFromAboutTheSampleSizeOfThemAndSaysSo() throws Exception {
        JsonNode exact = json("by=role&exact=true");
        assertFalse(exact.get("approximate").asBoolean());
        assertEquals(remarks, exact.get("total").asLong());
        assertEquals(remarks, exact.get("counted").asLong());
        JsonNode sampled = json("by=role");
        assertTrue(sampled.get("approximate").asBoolean());
        assertEquals(remarks, sampled.get("total").asLong(), "the total stays exact");
        long counted = sampled.get("counted").asLong();
        assertTrue(counted >= 120 && counted <= 280, "about 200 remarks sampled: " + counted);
        assertEquals(exact.get("rows"), sampled.get("rows"));
        int compared = 0;
        for (int i = 0; i < exact.get("rows").size(); i++) {
            long n = exact.at("/row_totals/" + i).asLong();
            long estimate = sampled.at("/row_totals/" + i).asLong();
            if (n >= 350) {
                compared++;
                assertTrue(Math.abs(estimate - n) <= n / 2, exact.at("/rows/" + i) + ": " + estimate + " for " + n);
            }
        }
        assertTrue(compared > 0, "a theme large enough to compare: " + exact.get("row_totals"));
        long columns = 0;
        for (JsonNode t : sampled.get("column_totals")) {
            columns += t.asLong();
        }
        assertTrue(Math.abs(columns + sampled.get("other_remarks").asLong() - remarks) <= remarks / 4,
                "the columns' estimates add up to about every remark: " + columns);
        assertEquals(sampled.get("cells"), json("by=role").get("cells"), "the same request, the same estimates");
        assertTrue(json("by=fiscal_year").get("approximate").asBoolean());
        JsonNode meetings = json("by=meeting");
        assertFalse(meetings.get("approximate").asBoolean(), "a sample would leave whole meetings out");
        assertEquals(json("by=meeting&exact=true").get("cells"), meetings.get("cells"));
    }

    @Test
    void aMatrixOfFewMatchesCountsThemAll() throws Exception {
        JsonNode few = json("by=role&role=" + java.net.URLEncoder.encode("会長", StandardCharsets.UTF_8));
        assertTrue(few.get("total").asLong() > 0 && few.get("total").asLong() <= 400, few.get("total").toString());
        assertFalse(few.get("approximate").asBoolean(), "under twice the sample: every match");
        assertEquals(few.get("total"), few.get("counted"));
        assertEquals(json("by=role&exact=true&role=" + java.net.URLEncoder.encode("会長", StandardCharsets.UTF_8))
                .get("cells"), few.get("cells"));
    }
}
