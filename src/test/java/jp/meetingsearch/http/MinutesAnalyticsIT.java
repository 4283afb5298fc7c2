package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import jp.meetingsearch.analytics.AnalyticsFixture;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.minutes.Minutes;
import jp.meetingsearch.minutes.ParsedMinutes;
import jp.meetingsearch.minutes.Remark;
import jp.meetingsearch.testsupport.ApiContract;
import jp.meetingsearch.testsupport.TestCluster;
import jp.meetingsearch.themes.Taxonomy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real minutes through parser, index and analytics: the shared 安曇野市 summary (role counts stated in the
 * project's issue) and the sample corpus, both with the starter taxonomy {@code mappings/themes.txt}.
 */
class MinutesAnalyticsIT {
    private static final TestCluster ES = TestCluster.get();
    private static final HttpClient HTTP = ApiContract.httpClient();
    private static final Path BASE = Path.of(System.getProperty("project.basedir", "."));
    /** At most this share of a committee's remarks may be left untagged by the starter taxonomy. */
    private static final double MAX_UNTAGGED_SHARE = 0.15;

    @Test
    void sharedMinutesRoleCountsAndThemes() throws Exception {
        Path file = BASE.resolve("src/test/resources/shared/minutes/azumino-kyodo-r03-3.txt");
        ParsedMinutes parsed = Minutes.parse(file, null, null);
        withIndexed(List.of(parsed), (cfg, app) -> {
            JsonNode roles = get(app, "/api/roles");
            Map<String, Long> byRole = new LinkedHashMap<>();
            roles.get("roles").forEach(r -> byRole.put(r.get("key").asText(), r.get("remarks").asLong()));
            // the counts the project's issue states for this file: 事務局 5 written + 2 inferred
            assertEquals(Map.of("委員", 21L, "会長", 5L, "事務局", 7L, "副会長", 3L), byRole);
            assertEquals(2, parsed.remarks().stream().filter(r -> r.role().equals("事務局") && r.roleInferred()).count());
            assertEquals(parsed.remarks().stream().mapToLong(r -> r.text().length()).sum(), roles.get("chars").asLong());
            assertEquals("chair", roles.get("role_groups").get(0).get("key").asText(), "groups in their fixed order");

            JsonNode themes = get(app, "/api/themes");
            report(cfg, file.getFileName().toString(), themes);
            assertEquals(parsed.remarks().size(), themes.get("total").asLong());
            assertTrue(themes.get("untagged").asDouble() <= MAX_UNTAGGED_SHARE * themes.get("total").asLong(),
                    "untagged: " + themes.get("untagged") + " of " + themes.get("total"));
            JsonNode matrix = get(app, "/api/themes/matrix?by=role");
            assertEquals(byRole.keySet(), new java.util.HashSet<>(strings(matrix.get("columns"))));
        });
    }

    /**
     * Officials written with their name glued to the title (○井上上下水道部長, ○三木上下水道部経営総務室長) are
     * one role per title, with the people as speakers: /api/roles and the role's keywords count every 上下水道部長
     * turn of both records, and no role holds a person's name.
     */
    @Test
    void officialsAreGroupedByTitleNotByPerson() throws Exception {
        Path real = BASE.resolve("src/test/resources/real/assembly");
        List<ParsedMinutes> parsed = new ArrayList<>();
        for (String name : List.of("takasago-kensetsu-r050425.txt", "takasago-giun-r050516.txt")) {
            Path f = real.resolve(name);
            Assumptions.assumeTrue(Files.isRegularFile(f), "no real record " + f);
            parsed.add(Minutes.parse(f, null, null));
        }
        List<Remark> all = parsed.stream().flatMap(p -> p.remarks().stream()).toList();
        long headOfWaterworks = all.stream().filter(r -> r.role().equals("上下水道部長")).count();
        assertTrue(all.stream().filter(r -> r.role().equals("上下水道部長")).allMatch(r -> "井上".equals(r.speaker())));
        assertTrue(headOfWaterworks >= 5, "井上 speaks as 上下水道部長 in both records: " + headOfWaterworks);
        withIndexed(parsed, (cfg, app) -> {
            JsonNode roles = get(app, "/api/roles");
            Map<String, Long> byRole = new LinkedHashMap<>();
            Map<String, String> groupOf = new LinkedHashMap<>();
            roles.get("roles").forEach(r -> {
                byRole.put(r.get("key").asText(), r.get("remarks").asLong());
                groupOf.put(r.get("key").asText(), r.get("role_group").asText());
            });
            assertEquals(headOfWaterworks, byRole.get("上下水道部長"), byRole.toString());
            assertEquals("executive", groupOf.get("上下水道部長"));
            assertEquals("chair", groupOf.get("委員長"));
            for (Remark r : all) {
                if (r.speaker() != null) {
                    assertTrue(byRole.keySet().stream().noneMatch(k -> k.contains(r.speaker())),
                            "a role holds the name " + r.speaker() + ": " + byRole.keySet());
                }
            }
            assertEquals(all.stream().map(Remark::role).distinct().count(), byRole.size(),
                    "one role per title as written");
            JsonNode keywords = get(app, "/api/roles/" + java.net.URLEncoder.encode("上下水道部長",
                    StandardCharsets.UTF_8) + "/keywords");
            assertEquals(headOfWaterworks, keywords.get("foreground_remarks").asLong());
        });
    }

    @Test
    void sampleCorpusIsMostlyTagged() throws Exception {
        Path dir = BASE.resolve(System.getProperty("sample.minutes", "loaders/sample/minutes"));
        Assumptions.assumeTrue(Files.isDirectory(dir), "no sample corpus in " + dir);
        List<ParsedMinutes> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                all.add(Minutes.parse(f, null, null));
            }
        }
        withIndexed(all, (cfg, app) -> {
            JsonNode themes = get(app, "/api/themes");
            report(cfg, "sample corpus", themes);
            // what stays untagged are turns without content, such as the chair's calls (議長: 市長。)
            assertTrue(themes.get("untagged").asDouble() <= MAX_UNTAGGED_SHARE * themes.get("total").asLong(),
                    "untagged: " + themes.get("untagged") + " of " + themes.get("total"));
            // characteristic words as people wrote them: a word the analyzer changed (センター → センタ) is shown
            // in a form that occurs in the remarks
            List<String> texts = all.stream().flatMap(p -> p.remarks().stream()).map(Remark::text).toList();
            List<String> changed = new ArrayList<>();
            for (JsonNode role : get(app, "/api/roles").get("roles")) {
                JsonNode words = get(app, "/api/roles/" + java.net.URLEncoder.encode(role.get("key").asText(),
                        java.nio.charset.StandardCharsets.UTF_8) + "/keywords?min_count=1&size=50");
                for (JsonNode w : words.get("keywords")) {
                    String term = w.get("term").asText();
                    if (!term.equals(w.get("token").asText())) {
                        changed.add(w.get("token").asText() + "→" + term);
                        assertTrue(texts.stream().anyMatch(t -> t.contains(term)), term + " is in no remark");
                    } else if (term.codePoints().allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.KATAKANA)) {
                        assertTrue(texts.stream().anyMatch(t -> t.contains(term)), "katakana " + term + " as no one wrote it");
                    }
                }
            }
            assertTrue(changed.stream().anyMatch(c -> c.startsWith("センタ→センター")), changed.toString());
        });
    }

    interface AppTest {
        void run(AppConfig cfg, Javalin app) throws Exception;
    }

    /** Indexes the minutes as the loader will (remark record + chars, source_file, format) and runs the test. */
    private static void withIndexed(List<ParsedMinutes> minutes, AppTest test) throws Exception {
        ObjectMapper mapper = Json.newMapper();
        List<JsonNode> remarks = new ArrayList<>();
        List<JsonNode> meetings = new ArrayList<>();
        for (ParsedMinutes p : minutes) {
            for (Remark r : p.remarks()) {
                ObjectNode doc = mapper.valueToTree(r);
                doc.put("chars", r.text().length());
                doc.put("source_file", p.meeting().sourceFile());
                doc.put("format", p.meeting().format().value());
                remarks.add(doc);
            }
            ObjectNode meeting = mapper.valueToTree(p.meeting());
            meeting.put("remark_count", p.remarks().size());
            meetings.add(meeting);
        }
        AppConfig cfg = ES.newDataset();
        AnalyticsFixture.index(ES, cfg, remarks, meetings);
        Indices indices = new Indices(cfg.indexPrefix());
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.put("THEMES_FILE", BASE.resolve("mappings/themes.txt").toString());
        Javalin app = ApiServer.create(cfg, ES.mapper(), ApiServer.Services.forCluster(ES.client(), ES.mapper(),
                indices, AppConfig.from(env))).start(0);
        try {
            test.run(cfg, app);
        } finally {
            app.stop();
            ES.deleteDataset(cfg.indexPrefix());
        }
    }

    /**
     * Prints the counts and the untagged remarks, so that a taxonomy edit can be judged by reading the test output;
     * with {@code -Dthemes.report=true} also every remark with its themes.
     */
    private static void report(AppConfig cfg, String what, JsonNode themes) throws Exception {
        StringBuilder sb = new StringBuilder("themes of " + what + ": ");
        themes.get("themes").forEach(t -> sb.append(t.get("name").asText()).append('=')
                .append(t.get("remarks").asLong()).append(' '));
        sb.append("untagged=").append(themes.get("untagged")).append(" total=").append(themes.get("total"));
        String alias = new Indices(cfg.indexPrefix()).alias(IndexName.REMARKS);
        Map<String, Query> rules = new Taxonomy(BASE.resolve("mappings/themes.txt")).all();
        Map<String, List<String>> tagsById = new LinkedHashMap<>();
        for (var hit : ES.client().search(s -> s.index(alias).size(10_000).sort(o -> o.field(f -> f.field("id"))),
                JsonNode.class).hits().hits()) {
            tagsById.put(hit.id(), new ArrayList<>(List.of(hit.source().get("role").asText() + ": "
                    + hit.source().get("text").asText().replace('\n', ' '))));
        }
        for (var rule : rules.entrySet()) {
            ES.client().search(s -> s.index(alias).size(10_000).query(q -> q.bool(b -> b.filter(rule.getValue()))),
                    Void.class).hits().hits().forEach(h -> tagsById.get(h.id()).add(rule.getKey()));
        }
        boolean all = Boolean.getBoolean("themes.report");
        tagsById.values().stream().filter(v -> all || v.size() == 1).forEach(v -> sb.append("\n  ")
                .append(v.size() == 1 ? "untagged " : String.join(",", v.subList(1, v.size())) + " <- ")
                .append(v.getFirst(), 0, Math.min(v.getFirst().length(), 90)));
        System.out.println(sb);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode get(Javalin app, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return ES.mapper().readTree(r.body());
    }
}
