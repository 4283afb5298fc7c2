package jp.meetingsearch.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.http.ApiServer;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.loaders.Datasets;
import jp.meetingsearch.search.RemarkFilters;
import jp.meetingsearch.search.RemarkQueries;
import jp.meetingsearch.search.SearchSettings;
import jp.meetingsearch.search.SearchService;
import jp.meetingsearch.search.SimpleQuery;
import jp.meetingsearch.search.SynonymFile;
import jp.meetingsearch.search.ThemeFilters;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Themes answered from tags are never stale: over a generated corpus, every answer of the theme routes equals the
 * count of the rules' own queries (what the service answered before themes were tagged) — while the loaded
 * remarks wait for their first tags, once they are tagged, and all the while the tagger retags after an edit of
 * the taxonomy that changes one theme's rule, removes a theme and adds one.
 */
class ThemeRetagIT {
    private static final int REMARKS = Integer.getInteger("retag.remarks", 20_000);
    /** Slow enough that tagging spans many rounds of checks. */
    private static final int RATE = Integer.getInteger("retag.rate", 1_000);
    private static final String COMMON = "地域";

    private final TestCluster es = TestCluster.get();
    private final ObjectMapper mapper = es.mapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyThemeAnswerEqualsTheRulesQueriesBeforeDuringAndAfterRetagging(@TempDir Path dir) throws Exception {
        Path corpus = Datasets.corpus(dir, REMARKS, 15);
        Path themesFile = dir.resolve("themes.txt");
        Files.copy(Path.of(System.getProperty("project.basedir", ".")).resolve("mappings/themes.txt"), themesFile);
        AppConfig cfg = es.newDataset();
        Indices indices = new Indices(cfg.indexPrefix());
        long t0 = System.nanoTime();
        Datasets.Run load = Datasets.load(cfg, corpus, mapper);
        assertEquals(0, load.code(), load.out() + load.err());
        double loadSeconds = (System.nanoTime() - t0) / 1e9;

        SearchSettings settings = SearchSettings.DEFAULT;
        SynonymFile synonyms = ApiServer.Services.synonymFile(settings);
        Taxonomy taxonomy = new Taxonomy(themesFile);
        Javalin app = ApiServer.create(cfg, mapper, ApiServer.Services.forCluster(es.client(), mapper, indices,
                settings, taxonomy, synonyms)).start(0);
        RemarkQueries plain = SearchService.queries(es.client(), indices, ThemeFilters.NONE, synonyms::current);
        Query common = plain.prepare(RemarkFilters.NONE.withQuery(SimpleQuery.parse(COMMON, "q"))).query();
        try (ThemeTagger tagger = new ThemeTagger(es.client(), indices, taxonomy, mapper, RATE)) {
            String base = "http://127.0.0.1:" + app.port();
            Reference before = reference(indices, taxonomy.themes(), common);
            assertTrue(before.themes().values().stream().allMatch(n -> n > 0), "every theme tags something");

            // loaded, not tagged yet: the rules' queries answer
            tagger.start();
            Checks pending = checkUntilTagged(base, before, taxonomy);
            assertTrue(pending.whileTagging() > 0, "no check ran while the remarks waited for their tags");
            assertTrue(taxonomy.view().allTagged());

            // an edit: one rule changed, one theme removed, one added; retagging starts at once
            String text = Files.readString(themesFile);
            String edited = text.replace("any = 防災, 自主防災,", "any = 防災, 自主防災, 住民,")
                    .replaceAll("(?s)\\[環境\\].*?(?=\\n\\[)", "")
                    + "\n[地域の交通と観光]\ndescription = 交通・観光・商店街\nany = 交通, 観光, 商店\n";
            assertTrue(!edited.equals(text) && !edited.contains("[環境]"), "the edit applies to mappings/themes.txt");
            Files.writeString(themesFile, edited);
            Files.setLastModifiedTime(themesFile, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
            Reference after = reference(indices, taxonomy.themes(), common);
            assertTrue(!after.themes().containsKey("環境") && after.themes().get("地域の交通と観光") > 0);
            assertTrue(after.themes().get("防災・地域の安全") > before.themes().get("防災・地域の安全"));
            assertTrue(!taxonomy.view().allTagged(), "the edited themes wait for their tags");
            Checks retag = checkUntilTagged(base, after, taxonomy);
            assertTrue(retag.whileTagging() > 1, "too few checks ran while retagging: " + retag);
            assertTrue(taxonomy.view().allTagged());
            Checks settled = check(base, after, 3);
            System.out.printf("retag: %,d remarks loaded in %.1f s; %d checks while the first tags were written and "
                    + "%d while %d changed themes were retagged (%,d remarks rewritten at most %d/s); every answer "
                    + "equal to the rules' queries, also %d times after%n", REMARKS, loadSeconds, pending.whileTagging(),
                    retag.whileTagging(), 3, taxonomy.tags().progress().remarksTagged(), RATE, settled.total());
        } finally {
            app.stop();
            es.deleteDataset(cfg.indexPrefix());
        }
    }

    /**
     * What the rules' own queries count, straight from Elasticsearch: per theme over all remarks, the untagged
     * remarks, per theme and role group, and per theme among the remarks matching {@link #COMMON}.
     */
    record Reference(Map<String, Long> themes, long untagged, long total, Map<String, Map<String, Long>> byGroup,
                     Map<String, Long> common) {
    }

    private Reference reference(Indices indices, List<Theme> themes, Query common) throws Exception {
        Map<String, String> rules = new LinkedHashMap<>();
        for (Theme t : themes) {
            rules.put(t.name(), JsonpUtils.toJsonString(ThemeQueries.of(t), es.client()._jsonpMapper()));
        }
        StringBuilder filters = new StringBuilder("{\"filters\":{\"other_bucket_key\":\"_untagged\",\"filters\":{");
        int i = 0;
        for (var e : rules.entrySet()) {
            filters.append(i++ == 0 ? "" : ",").append(mapper.writeValueAsString(e.getKey())).append(':').append(e.getValue());
        }
        filters.append("}}}");
        String alias = indices.alias(IndexName.REMARKS);
        JsonNode all = es.request("POST", "/" + alias + "/_search?request_cache=false", "{\"size\":0,"
                + "\"track_total_hits\":true,\"aggs\":{\"t\":" + filters + ",\"g\":{\"terms\":{\"field\":\"role_group\","
                + "\"size\":20},\"aggs\":{\"t\":" + filters + "}}}}");
        Map<String, Long> counts = buckets(all.at("/aggregations/t/buckets"), rules.keySet());
        Map<String, Map<String, Long>> byGroup = new LinkedHashMap<>();
        for (JsonNode g : all.at("/aggregations/g/buckets")) {
            byGroup.put(g.get("key").asText(), buckets(g.at("/t/buckets"), rules.keySet()));
        }
        JsonNode c = es.request("POST", "/" + alias + "/_search?request_cache=false", "{\"size\":0,\"query\":"
                + JsonpUtils.toJsonString(common, es.client()._jsonpMapper()) + ",\"aggs\":{\"t\":" + filters + "}}");
        return new Reference(counts, all.at("/aggregations/t/buckets/_untagged/doc_count").asLong(),
                all.at("/hits/total/value").asLong(), byGroup, buckets(c.at("/aggregations/t/buckets"), rules.keySet()));
    }

    private static Map<String, Long> buckets(JsonNode keyed, java.util.Collection<String> names) {
        Map<String, Long> out = new LinkedHashMap<>();
        names.forEach(n -> out.put(n, keyed.path(n).path("doc_count").asLong()));
        return out;
    }

    /** How many rounds of checks ran, and how many of them while the tagger had work left. */
    record Checks(int total, int whileTagging) {
    }

    /** Checks again and again while the tagger works in the background, until every theme is tagged. */
    private Checks checkUntilTagged(String base, Reference expected, Taxonomy taxonomy) throws Exception {
        int total = 0;
        int during = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (System.nanoTime() < deadline) {
            boolean tagging = !taxonomy.view().allTagged();
            compare(base, expected);
            total++;
            during += tagging ? 1 : 0;
            if (!tagging) {
                return new Checks(total, during);
            }
        }
        throw new AssertionError("tagging did not finish in time: " + taxonomy.tags().progress());
    }

    private Checks check(String base, Reference expected, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            compare(base, expected);
        }
        return new Checks(times, 0);
    }

    /** The theme routes' answers against the reference. */
    private void compare(String base, Reference expected) throws Exception {
        JsonNode themes = get(base + "/api/themes");
        Map<String, Long> counts = new LinkedHashMap<>();
        themes.get("themes").forEach(t -> counts.put(t.get("name").asText(), t.get("remarks").asLong()));
        assertEquals(expected.themes(), counts, "/api/themes");
        assertEquals(expected.untagged(), themes.get("untagged").asLong(), "/api/themes untagged");
        assertEquals(expected.total(), themes.get("total").asLong());

        JsonNode matrix = get(base + "/api/themes/matrix?by=role_group");
        Map<String, Map<String, Long>> byGroup = new LinkedHashMap<>();
        for (int j = 0; j < matrix.get("columns").size(); j++) {
            Map<String, Long> column = new LinkedHashMap<>();
            for (int i = 0; i < matrix.get("rows").size(); i++) {
                column.put(matrix.get("rows").get(i).asText(), matrix.get("cells").get(i).get(j).asLong());
            }
            byGroup.put(matrix.get("columns").get(j).asText(), column);
        }
        assertEquals(new java.util.TreeMap<>(expected.byGroup()), new java.util.TreeMap<>(byGroup),
                "/api/themes/matrix?by=role_group");
        assertEquals(expected.untagged(), matrix.get("untagged_total").asLong(), "matrix untagged");

        JsonNode search = get(base + "/api/search?size=1&q=" + URLEncoder.encode(COMMON, StandardCharsets.UTF_8));
        Map<String, Long> facet = new LinkedHashMap<>();
        search.at("/facets/theme").forEach(b -> facet.put(b.get("key").asText(), b.get("count").asLong()));
        Map<String, Long> nonZero = new LinkedHashMap<>();
        expected.common().forEach((k, v) -> {
            if (v > 0) {
                nonZero.put(k, v);
            }
        });
        assertEquals(new java.util.TreeMap<>(nonZero), new java.util.TreeMap<>(facet), "theme facet of q=" + COMMON);

        String changed = "防災・地域の安全";
        JsonNode filtered = get(base + "/api/search?size=1&facets=false&theme=" + URLEncoder.encode(changed,
                StandardCharsets.UTF_8));
        assertEquals((long) expected.themes().get(changed), filtered.get("total").asLong(), "search theme=" + changed);
        JsonNode untagged = get(base + "/api/search?size=1&facets=false&theme=_untagged");
        assertEquals(expected.untagged(), untagged.get("total").asLong(), "search theme=_untagged");
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        return mapper.readTree(r.body());
    }
}
