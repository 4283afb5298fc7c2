package jp.meetingsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import jp.meetingsearch.analytics.AnalyticsFixture;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.testsupport.ApiContract;
import jp.meetingsearch.testsupport.TestCluster;
import jp.meetingsearch.themes.TaxonomyParser;
import jp.meetingsearch.themes.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analytics endpoints over the fixture corpus, through the real server. Every expected number is computed
 * here from the fixture files (theme membership by substring search, see the fixture's README).
 */
class AnalyticsApiIT {
    private static final TestCluster ES = TestCluster.get();
    private static final HttpClient HTTP = ApiContract.httpClient();
    /** Words the fixture plants for roles and themes (see its README), written in one form only. */
    private static final Set<String> PLANTED = Set.of("集計", "照会", "提言", "疑問", "備蓄");
    private static AppConfig cfg;
    private static List<JsonNode> remarks;
    private static List<Theme> themes;
    private static Path themesFile;
    private static Javalin app;

    @BeforeAll
    static void indexFixture(@TempDir Path dir) throws Exception {
        cfg = ES.newDataset();
        remarks = AnalyticsFixture.ndjson(ES.mapper(), "analytics/remarks.ndjson");
        AnalyticsFixture.index(ES, cfg, remarks, AnalyticsFixture.ndjson(ES.mapper(), "analytics/meetings.ndjson"));
        themesFile = dir.resolve("themes.txt");
        Files.writeString(themesFile, AnalyticsFixture.text("analytics/themes.txt"));
        themes = TaxonomyParser.parse("fixture", Files.readString(themesFile));
        app = start(themesFile);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (app != null) {
            app.stop();
        }
        ES.deleteDataset(cfg.indexPrefix());
    }

    /** The whole application, its themes from {@code themes}. */
    private static Javalin start(Path themes) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("THEMES_FILE", themes.toString());
        return ApiServer.create(cfg, ES.mapper(), ApiServer.Services.forCluster(ES.client(), ES.mapper(),
                new Indices(cfg.indexPrefix()), AppConfig.from(env))).start(0);
    }

    /** A filter as query parameters and the same filter as a predicate over fixture documents. */
    record Filter(String query, Predicate<JsonNode> keep) {
        @Override
        public String toString() {
            return query.isEmpty() ? "(no filter)" : query;
        }
    }

    static Stream<Filter> filters() {
        Theme disaster = theme("防災");
        return Stream.of(
                new Filter("", d -> true),
                new Filter("fiscal_year=2021", d -> d.get("fiscal_year").asInt() == 2021),
                new Filter("fy_from=2020&fy_to=2020", d -> d.get("fiscal_year").asInt() == 2020),
                new Filter("role=委員", d -> d.get("role").asText().equals("委員")),
                new Filter("role=委員&role=会長", d -> Set.of("委員", "会長").contains(d.get("role").asText())),
                new Filter("role_group=secretariat", d -> d.get("role_group").asText().equals("secretariat")),
                new Filter("q=予算", d -> d.get("text").asText().contains("予算")),
                new Filter("q=-予算", d -> !d.get("text").asText().contains("予算")),
                new Filter("theme=防災", d -> AnalyticsFixture.bySubstring(disaster).test(d.get("text").asText())),
                new Filter("meeting=fx-2020-2", d -> d.get("meeting_id").asText().equals("fx-2020-2")),
                new Filter("body=地域福祉推進会議", d -> d.get("body").asText().equals("地域福祉推進会議")),
                new Filter("section=協議事項", d -> d.get("section").asText().equals("協議事項")),
                new Filter("date_from=2021-01-01&date_to=2021-12-31", d -> {
                    LocalDate day = LocalDate.parse(d.get("meeting_date").asText());
                    return !day.isBefore(LocalDate.of(2021, 1, 1)) && !day.isAfter(LocalDate.of(2021, 12, 31));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void themeCountsFollowTheFilters(Filter f) throws Exception {
        List<JsonNode> docs = selected(f);
        JsonNode body = json("/api/themes", f.query());
        assertEquals(docs.size(), body.get("total").asLong());
        assertEquals(meetings(docs), body.get("meetings").asLong());
        assertEquals(themes.size(), body.get("themes").size());
        List<JsonNode> untagged = new ArrayList<>(docs);
        for (int i = 0; i < themes.size(); i++) {
            Theme t = themes.get(i);
            List<JsonNode> tagged = docs.stream().filter(tags(t)).toList();
            untagged.removeAll(tagged);
            JsonNode row = body.get("themes").get(i);
            assertEquals(t.name(), row.get("name").asText());
            assertEquals(tagged.size(), row.get("remarks").asLong(), t.name());
            assertEquals(meetings(tagged), row.get("meetings").asLong(), t.name());
        }
        assertEquals(untagged.size(), body.get("untagged").asLong());
        assertEquals(meetings(untagged), body.get("untagged_meetings").asLong());
    }

    @Test
    void thePseudoThemeUntaggedSelectsTheRemarksNoThemeTags() throws Exception {
        long untagged = remarks.stream().filter(d -> themes.stream().noneMatch(t -> tags(t).test(d))).count();
        JsonNode body = json("/api/themes", "theme=_untagged");
        assertEquals(untagged, body.get("total").asLong());
        assertEquals(untagged, body.get("untagged").asLong());
        body.get("themes").forEach(t -> assertEquals(0, t.get("remarks").asLong()));
        assertEquals(untagged, json("/api/keywords", "fg=theme:_untagged&min_count=1").get("foreground_remarks").asLong());
    }

    @Test
    void everyFilterNarrowsTheFixture() {
        // guards the parameterised tests above: a filter that selected everything would prove nothing
        filters().skip(1).forEach(f -> {
            int n = selected(f).size();
            assertTrue(n > 0 && n < remarks.size(), f + " selects " + n + " of " + remarks.size());
        });
        themes.forEach(t -> assertTrue(remarks.stream().anyMatch(tags(t)), t.name() + " tags nothing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void matrixByEveryColumnKind(Filter f) throws Exception {
        for (String by : List.of("role", "role_group", "fiscal_year", "meeting")) {
            List<JsonNode> docs = selected(f);
            String field = by.equals("meeting") ? "meeting_id" : by;
            Map<String, List<JsonNode>> byKey = docs.stream().collect(Collectors.groupingBy(
                    d -> d.get(field).asText(), LinkedHashMap::new, Collectors.toList()));
            JsonNode m = json("/api/themes/matrix", join(f.query(), "by=" + by));
            String what = by + " " + f;
            assertEquals(by, m.get("by").asText());
            assertEquals(docs.size(), m.get("total").asLong(), what);
            assertEquals(byKey.keySet(), new LinkedHashSet<>(strings(m.get("columns"))), what);
            assertEquals(themes.stream().map(Theme::name).toList(), strings(m.get("rows")));
            List<String> columns = strings(m.get("columns"));
            if (by.equals("fiscal_year")) {
                assertEquals(columns.stream().sorted().toList(), columns, "years in order");
            }
            long untaggedTotal = docs.stream().filter(d -> themes.stream().noneMatch(t -> tags(t).test(d))).count();
            assertEquals(untaggedTotal, m.get("untagged_total").asLong(), what);
            for (int j = 0; j < columns.size(); j++) {
                List<JsonNode> col = byKey.get(columns.get(j));
                assertEquals(col.size(), m.get("column_totals").get(j).asLong(), what);
                long untagged = col.stream().filter(d -> themes.stream().noneMatch(t -> tags(t).test(d))).count();
                assertEquals(untagged, m.get("untagged").get(j).asLong(), what);
            }
            for (int i = 0; i < themes.size(); i++) {
                Predicate<JsonNode> tag = tags(themes.get(i));
                long rowTotal = docs.stream().filter(tag).count();
                assertEquals(rowTotal, m.get("row_totals").get(i).asLong(), what);
                for (int j = 0; j < columns.size(); j++) {
                    List<JsonNode> col = byKey.get(columns.get(j));
                    long cell = col.stream().filter(tag).count();
                    assertEquals(cell, m.get("cells").get(i).get(j).asLong(), what + " " + themes.get(i).name());
                    assertEquals(share(cell, col.size()), m.at("/shares/of_column").get(i).get(j).asDouble(), 1e-9);
                    assertEquals(share(cell, rowTotal), m.at("/shares/of_row").get(i).get(j).asDouble(), 1e-9);
                }
            }
        }
    }

    @Test
    void meetingColumnsAreInDateOrderWithTitles() throws Exception {
        JsonNode m = json("/api/themes/matrix", "by=meeting");
        List<String> expected = remarks.stream()
                .sorted((a, b) -> a.get("meeting_date").asText().compareTo(b.get("meeting_date").asText()))
                .map(d -> d.get("meeting_id").asText()).distinct().toList();
        assertEquals(expected, strings(m.get("columns")));
        JsonNode first = remarks.stream().filter(d -> d.get("meeting_id").asText().equals(expected.getFirst()))
                .findFirst().orElseThrow();
        assertEquals(first.get("meeting_title").asText() + " (" + first.get("meeting_date").asText() + ")",
                m.get("column_labels").get(0).asText());
    }

    @Test
    void matrixColumnLimitCountsTheRest() throws Exception {
        JsonNode m = json("/api/themes/matrix", "by=role&size=2");
        assertEquals(2, m.get("columns").size());
        long shown = m.get("column_totals").get(0).asLong() + m.get("column_totals").get(1).asLong();
        assertEquals(remarks.size() - shown, m.get("other_remarks").asLong());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void rolesFollowTheFilters(Filter f) throws Exception {
        List<JsonNode> docs = selected(f);
        JsonNode body = json("/api/roles", f.query());
        assertEquals(docs.size(), body.get("total").asLong());
        assertEquals(docs.stream().mapToLong(d -> d.get("chars").asLong()).sum(), body.get("chars").asLong());
        checkStats(docs, "role", body.get("roles"));
        checkStats(docs, "role_group", body.get("role_groups"));
        for (JsonNode r : body.get("roles")) {
            String group = docs.stream().filter(d -> d.get("role").asText().equals(r.get("key").asText()))
                    .findFirst().orElseThrow().get("role_group").asText();
            assertEquals(group, r.get("role_group").asText());
        }
        assertFalse(body.has("per_meeting"));
    }

    private static void checkStats(List<JsonNode> docs, String field, JsonNode lines) {
        Map<String, List<JsonNode>> byKey = docs.stream().collect(Collectors.groupingBy(d -> d.get(field).asText()));
        assertEquals(byKey.size(), lines.size(), field);
        for (JsonNode line : lines) {
            List<JsonNode> mine = byKey.get(line.get("key").asText());
            assertEquals(mine.size(), line.get("remarks").asLong(), field + " " + line);
            assertEquals(mine.stream().mapToLong(d -> d.get("chars").asLong()).sum(), line.get("chars").asLong());
            assertEquals(meetings(mine), line.get("meetings").asLong());
        }
    }

    @Test
    void rolesPerMeeting() throws Exception {
        JsonNode body = json("/api/roles", "per=meeting&fiscal_year=2020");
        List<JsonNode> docs = remarks.stream().filter(d -> d.get("fiscal_year").asInt() == 2020).toList();
        Map<String, List<JsonNode>> byMeeting = docs.stream().collect(Collectors.groupingBy(
                d -> d.get("meeting_id").asText()));
        assertEquals(byMeeting.size(), body.get("per_meeting").size());
        assertEquals(0, body.get("other_meetings").asLong());
        for (JsonNode m : body.get("per_meeting")) {
            List<JsonNode> mine = byMeeting.get(m.get("meeting_id").asText());
            assertEquals(mine.size(), m.get("remarks").asLong());
            assertEquals(mine.getFirst().get("meeting_title").asText(), m.get("title").asText());
            assertEquals(mine.getFirst().get("meeting_date").asText(), m.get("date").asText());
            checkStats(mine, "role", m.get("roles"));
        }
    }

    @Test
    void characteristicWordsOfARoleAreThePlantedOnes() throws Exception {
        JsonNode secretariat = json("/api/roles/" + enc("事務局") + "/keywords", "");
        Set<String> terms = terms(secretariat);
        assertTrue(terms.containsAll(List.of("集計", "照会")), terms.toString());
        checkKeywordCounts(secretariat, d -> d.get("role").asText().equals("事務局"), d -> true);
        Set<String> members = terms(json("/api/roles/" + enc("委員") + "/keywords", ""));
        assertTrue(members.containsAll(List.of("提言", "疑問")), members.toString());
        assertFalse(members.contains("集計"), members.toString());
    }

    @Test
    void anUnknownRoleIs404AndAKnownOneWithoutRemarksHereIsEmpty() throws Exception {
        HttpResponse<String> unknown = get(app, "/api/roles/" + enc("宇宙飛行士") + "/keywords");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("not_found", ES.mapper().readTree(unknown.body()).get("error").asText());
        assertEquals(404, get(app, "/api/roles/" + enc("宇宙飛行士") + "/keywords.csv").statusCode());
        // 市長 speaks, but not in 2020: the role exists, the filters leave no remark
        assertTrue(remarks.stream().noneMatch(d -> d.get("role").asText().equals("市長") && d.get("fiscal_year").asInt() == 2020));
        JsonNode none = json("/api/roles/" + enc("市長") + "/keywords", "fiscal_year=2020");
        assertEquals(0, none.get("foreground_remarks").asLong());
        assertTrue(none.get("keywords").isEmpty());
    }

    @Test
    void characteristicWordsUnderAFilter() throws Exception {
        JsonNode body = json("/api/roles/" + enc("事務局") + "/keywords", "fiscal_year=2021&min_count=1");
        Predicate<JsonNode> fy = d -> d.get("fiscal_year").asInt() == 2021;
        assertEquals(remarks.stream().filter(fy).count(), body.get("background_remarks").asLong());
        checkKeywordCounts(body, d -> d.get("role").asText().equals("事務局"), fy);
        assertTrue(terms(body).contains("集計"));
    }

    @Test
    void backgroundCountsAreOfTheRemarksNotOfTheirDeletedCopies() throws Exception {
        // a third of the remarks written again: their old copies stay in the index, deleted, until merged away
        List<JsonNode> third = java.util.stream.IntStream.range(0, remarks.size()).filter(i -> i % 3 == 0)
                .mapToObj(remarks::get).toList();
        AnalyticsFixture.rewrite(ES, cfg, third);
        String alias = new Indices(cfg.indexPrefix()).alias(jp.meetingsearch.index.IndexName.REMARKS);
        long deleted = ES.request("GET", "/" + alias + "/_stats/docs", null).path("_all").path("primaries")
                .path("docs").path("deleted").asLong();
        assertTrue(deleted > 0, "the rewritten remarks left deleted copies behind");
        // the background is every remark: no filter
        JsonNode body = json("/api/keywords", "fg=role:事務局&min_count=1");
        assertEquals(remarks.size(), body.get("background_remarks").asLong(), "deleted copies counted");
        checkKeywordCounts(body, d -> d.get("role").asText().equals("事務局"), d -> true);
        JsonNode near = json("/api/cooccurrence", "q=防災&min_count=1");
        assertEquals(remarks.size(), near.get("background_remarks").asLong(), "deleted copies counted");
    }

    @Test
    void foregroundsOfEveryKind() throws Exception {
        Theme disaster = theme("防災");
        JsonNode byTheme = json("/api/keywords", "fg=theme:防災");
        assertTrue(terms(byTheme).contains("備蓄"), terms(byTheme).toString());
        checkKeywordCounts(byTheme, d -> tags(disaster).test(d), d -> true);
        JsonNode byGroup = json("/api/keywords", "fg=role_group:secretariat");
        assertTrue(terms(byGroup).contains("集計"));
        JsonNode byRole = json("/api/keywords", "fg=role:委員");
        assertTrue(terms(byRole).contains("提言"));
        JsonNode byYear = json("/api/keywords", "fg=fiscal_year:令和2年度&min_count=1");
        assertEquals("fiscal_year:2020", byYear.get("foreground").asText());
        checkKeywordCounts(byYear, d -> d.get("fiscal_year").asInt() == 2020, d -> true);
    }

    @Test
    void cooccurringWordsOfAQueryLeaveTheQueryOut() throws Exception {
        JsonNode body = json("/api/cooccurrence", "q=防災");
        Set<String> terms = terms(body);
        assertTrue(terms.contains("備蓄"), terms.toString());
        assertFalse(terms.contains("防災"));
        checkKeywordCounts(body, d -> d.get("text").asText().contains("防災"), d -> true);
        JsonNode narrowed = json("/api/cooccurrence", "q=防災&role=事務局&min_count=1");
        checkKeywordCounts(narrowed, d -> d.get("text").asText().contains("防災"),
                d -> d.get("role").asText().equals("事務局"));
    }

    /**
     * Each word: count = foreground remarks containing it, bg_count = background remarks containing it. Exact for
     * the planted nouns, which the texts write in one form only; other words are base forms (示す for 示して), so
     * for them only the bounds are checked.
     */
    private static void checkKeywordCounts(JsonNode body, Predicate<JsonNode> fg, Predicate<JsonNode> bg) {
        List<JsonNode> background = remarks.stream().filter(bg).toList();
        List<JsonNode> foreground = background.stream().filter(fg).toList();
        assertEquals(foreground.size(), body.get("foreground_remarks").asLong());
        assertEquals(foreground.size(), body.get("sampled").asLong());
        assertEquals(background.size(), body.get("background_remarks").asLong());
        assertFalse(body.get("keywords").isEmpty(), body.toString());
        for (JsonNode k : body.get("keywords")) {
            String term = k.get("term").asText();
            assertTrue(term.length() > 1 && !term.matches("[0-9.,]+"), "excluded kind of token: " + term);
            assertEquals(k.get("count").asLong(), k.get("doc_count").asLong());
            assertTrue(k.get("score").asDouble() > 0);
            if (PLANTED.contains(term)) {
                assertEquals(foreground.stream().filter(d -> d.get("text").asText().contains(term)).count(),
                        k.get("count").asLong(), term);
                assertEquals(background.stream().filter(d -> d.get("text").asText().contains(term)).count(),
                        k.get("bg_count").asLong(), term);
            } else {
                assertTrue(k.get("count").asLong() <= foreground.size(), term);
                assertTrue(k.get("count").asLong() <= k.get("bg_count").asLong(), term);
                assertTrue(k.get("bg_count").asLong() <= background.size(), term);
            }
        }
    }

    @Test
    void csvAnswersCarryTheSameNumbers() throws Exception {
        JsonNode themesJson = json("/api/themes", "fiscal_year=2021");
        List<List<String>> rows = csv("/api/themes.csv", "fiscal_year=2021");
        assertEquals(List.of("kind", "theme", "description", "remarks", "meetings"), rows.getFirst());
        assertEquals(themes.size() + 3, rows.size());
        for (int i = 0; i < themes.size(); i++) {
            assertEquals(themesJson.get("themes").get(i).get("name").asText(), rows.get(i + 1).get(1));
            assertEquals(themesJson.get("themes").get(i).get("remarks").asText(), rows.get(i + 1).get(3));
        }
        assertEquals(List.of("total", "", "every remark under the filters", themesJson.get("total").asText(),
                themesJson.get("meetings").asText()), rows.getLast());

        JsonNode matrix = json("/api/themes/matrix", "by=fiscal_year");
        List<List<String>> table = csv("/api/themes/matrix.csv", "by=fiscal_year");
        List<String> header = new ArrayList<>(List.of("theme"));
        header.addAll(strings(matrix.get("columns")));
        header.add("total");
        assertEquals(header, table.getFirst());
        assertEquals(matrix.get("cells").get(0).get(0).asText(), table.get(1).get(1));
        assertEquals(List.of("(total)", matrix.get("column_totals").get(0).asText(),
                matrix.get("column_totals").get(1).asText(), matrix.get("total").asText()), table.getLast());
        List<List<String>> shares = csv("/api/themes/matrix.csv", "by=fiscal_year&values=of_column");
        assertEquals(themes.size() + 1, shares.size());
        assertEquals(matrix.at("/shares/of_column").get(0).get(1).asDouble(), Double.parseDouble(shares.get(1).get(2)));

        JsonNode roles = json("/api/roles", "");
        List<List<String>> roleRows = csv("/api/roles.csv", "");
        assertEquals(List.of("kind", "key", "role_group", "remarks", "chars", "meetings"), roleRows.getFirst());
        assertEquals(roles.get("roles").get(0).get("key").asText(), roleRows.get(1).get(1));
        assertEquals(roles.get("roles").get(0).get("chars").asText(), roleRows.get(1).get(4));
        List<List<String>> perMeeting = csv("/api/roles.csv", "per=meeting");
        assertEquals(List.of("meeting_id", "meeting_title", "meeting_date", "role", "remarks", "chars"),
                perMeeting.getFirst());
        assertEquals(remarks.size(), perMeeting.stream().skip(1).mapToLong(r -> Long.parseLong(r.get(4))).sum());

        for (String path : List.of("/api/roles/" + enc("事務局") + "/keywords", "/api/keywords", "/api/cooccurrence")) {
            String query = path.equals("/api/keywords") ? "fg=role:事務局" : path.endsWith("cooccurrence") ? "q=防災" : "";
            JsonNode words = json(path, query);
            List<List<String>> wordRows = csv(path + ".csv", query);
            assertEquals(List.of("term", "score", "count", "bg_count"), wordRows.getFirst());
            assertEquals(words.get("keywords").size() + 1, wordRows.size());
            assertEquals(words.get("keywords").get(0).get("term").asText(), wordRows.get(1).get(0));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/themes/matrix?by=speaker", "/api/themes/matrix?by=role&size=0", "/api/themes/matrix.csv?values=sum",
        "/api/keywords?fg=colour:red", "/api/keywords?fg=theme:no-such-theme", "/api/keywords",
        "/api/keywords?fg=role_group:mayor", "/api/keywords?fg=fiscal_year:someday", "/api/cooccurrence",
        "/api/cooccurrence?q=-防災", "/api/roles?per=day", "/api/roles/x/keywords?size=101",
        "/api/themes?theme=no-such-theme", "/api/roles?fiscal_year=next", "/api/keywords?fg=role:x&sample=1"})
    void badParametersAnswer400NamingThem(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode body = ES.mapper().readTree(r.body());
        assertEquals("bad_parameter", body.get("error").asText());
        assertTrue(body.get("message").asText().startsWith("parameter '"), body.toString());
    }

    @Test
    void editingAThemeRuleChangesTheCountsWithoutReindexing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("themes.txt");
        String before = "[備え]\nany = 防災\n";
        String after = "[備え]\nany = 防災, 備蓄, 避難\nnone = 予算\n";
        Files.writeString(file, before);
        Javalin edited = start(file);
        try {
            assertEquals(count(before, "備え"), json(edited, "/api/themes", "").at("/themes/0/remarks").asLong());
            Files.writeString(file, after);
            // file systems with coarse timestamps could keep the old time: move it on explicitly
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
            JsonNode changed = json(edited, "/api/themes", "");
            assertEquals(count(after, "備え"), changed.at("/themes/0/remarks").asLong());
            assertTrue(count(before, "備え") != count(after, "備え"), "the edit must change the count");
            JsonNode matrix = json(edited, "/api/themes/matrix", "by=role_group");
            assertEquals(count(after, "備え"), matrix.at("/row_totals/0").asLong());

            Files.writeString(file, "[備え]\nany = 防災\nmaybe = 予算\n");
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
            HttpResponse<String> broken = get(edited, "/api/themes");
            assertEquals(500, broken.statusCode());
            JsonNode error = ES.mapper().readTree(broken.body());
            assertEquals("themes_unavailable", error.get("error").asText());
            assertTrue(error.get("message").asText().contains(file + ":3"), error.toString());
        } finally {
            edited.stop();
        }
    }

    private static long count(String taxonomy, String theme) {
        Theme t = TaxonomyParser.parse("edit", taxonomy).stream().filter(x -> x.name().equals(theme)).findFirst()
                .orElseThrow();
        return remarks.stream().filter(tags(t)).count();
    }

    // ---- helpers

    private static Theme theme(String name) {
        List<Theme> all = themes != null ? themes
                : TaxonomyParser.parse("fixture", AnalyticsFixture.text("analytics/themes.txt"));
        return all.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static Predicate<JsonNode> tags(Theme t) {
        Predicate<String> p = AnalyticsFixture.bySubstring(t);
        return d -> p.test(d.get("text").asText());
    }

    private static List<JsonNode> selected(Filter f) {
        return remarks.stream().filter(f.keep()).toList();
    }

    private static long meetings(List<JsonNode> docs) {
        return docs.stream().map(d -> d.get("meeting_id").asText()).distinct().count();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    private static Set<String> terms(JsonNode keywords) {
        Set<String> out = new LinkedHashSet<>();
        keywords.get("keywords").forEach(k -> out.add(k.get("term").asText()));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "&" + b;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** name=value pairs joined by &, values encoded here. */
    private static String encodeQuery(String query) {
        if (query.isEmpty()) {
            return "";
        }
        return "?" + Arrays.stream(query.split("&")).map(pair -> {
            int eq = pair.indexOf('=');
            return pair.substring(0, eq) + "=" + enc(pair.substring(eq + 1));
        }).collect(Collectors.joining("&"));
    }

    private static JsonNode json(String path, String query) throws Exception {
        return json(app, path, query);
    }

    private static JsonNode json(Javalin server, String path, String query) throws Exception {
        HttpResponse<String> r = get(server, path + encodeQuery(query));
        assertEquals(200, r.statusCode(), path + " " + query + ": " + r.body());
        return ES.mapper().readTree(r.body());
    }

    private static List<List<String>> csv(String path, String query) throws Exception {
        HttpResponse<String> r = get(app, path + encodeQuery(query));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
        assertTrue(r.body().startsWith("\uFEFF"), "UTF-8 byte order mark");
        try (var parser = org.apache.commons.csv.CSVParser.parse(r.body().substring(1),
                org.apache.commons.csv.CSVFormat.DEFAULT)) {
            return parser.getRecords().stream().map(rec -> rec.stream().toList()).toList();
        }
    }

    /** A path whose query is already encoded (or ASCII). */
    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        int q = pathAndQuery.indexOf('?');
        return get(app, q < 0 ? pathAndQuery : pathAndQuery.substring(0, q) + encodeQuery(pathAndQuery.substring(q + 1)));
    }

    private static HttpResponse<String> get(Javalin server, String encoded) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + encoded)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
