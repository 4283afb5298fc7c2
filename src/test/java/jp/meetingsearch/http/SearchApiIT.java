package jp.meetingsearch.http;

import static jp.meetingsearch.http.SearchFixture.M1;
import static jp.meetingsearch.http.SearchFixture.M2;
import static jp.meetingsearch.http.SearchFixture.M3;
import static jp.meetingsearch.http.SearchFixture.M4;
import static jp.meetingsearch.http.SearchFixture.ids;
import static jp.meetingsearch.http.SearchFixture.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiIT {
    private SearchFixture fx;

    @BeforeAll
    void start() throws Exception {
        fx = new SearchFixture();
    }

    @AfterAll
    void stop() throws Exception {
        fx.close();
    }

    private Set<String> hitSet(String... params) throws Exception {
        JsonNode a = fx.ok("/api/search", params);
        assertEquals(a.get("hits").size(), a.get("total").asInt(), "all hits fit on the page");
        return new TreeSet<>(ids(a));
    }

    private static Set<String> set(String... ids) {
        return new TreeSet<>(List.of(ids));
    }

    @Test
    void baseFormsFindInflectedVerbs() throws Exception {
        assertEquals(set(r(M1, 5), r(M2, 5), r(M3, 6)), hitSet("q", "進める"));
    }

    @Test
    void synonymsFindOtherSpellingsAndSaySo() throws Exception {
        JsonNode a = fx.ok("/api/search", "q", "人材バンク");
        assertEquals(set(r(M2, 6), r(M2, 7)), new TreeSet<>(ids(a)));
        // the local file's form first, then the thesaurus's: 人才, the older spelling of 人材 (じんさい), still found
        // in records written before the war (the Imperial Diet's, in the Kokkai API)
        assertEquals("[\"人財\",\"人才\"]", a.at("/expanded/人材").toString());

        JsonNode off = fx.ok("/api/search", "q", "人材バンク", "synonyms", "false");
        assertEquals(0, off.get("total").asInt());
        assertTrue(off.get("expanded").isEmpty());

        assertEquals(set(r(M1, 4), r(M2, 9), r(M4, 1), r(M4, 6)), hitSet("q", "若者"));
        assertEquals(set(r(M2, 9), r(M4, 1)), hitSet("q", "若者", "synonyms", "false"));
    }

    @Test
    void aPhraseMustStandAsWritten() throws Exception {
        assertEquals(set(r(M2, 8)), hitSet("q", "\"子どもの居場所\"", "synonyms", "false"));
        assertEquals(set(r(M2, 8), r(M3, 3)), hitSet("q", "\"子どもの居場所\""));
        JsonNode literal = fx.ok("/api/search", "q", "子ども 居場所", "synonyms", "false");
        assertEquals(set(r(M2, 8), r(M2, 9)), new TreeSet<>(ids(literal)), "both words as typed; 子供の居場所 lacks 子ども");
        assertEquals("broad", literal.get("match").asText());
        assertEquals(literal.get("hits").size(), literal.get("total").asInt());
        assertEquals(set(r(M2, 8), r(M2, 9), r(M3, 3)), hitSet("q", "子ども 居場所", "match", "broad"),
                "with synonyms, 子供 reads as 子ども");
        List<String> partial = ids(fx.ok("/api/search", "q", "子ども 居場所", "synonyms", "false", "match", "partial"));
        assertEquals(set(r(M2, 8), r(M2, 9)), new TreeSet<>(partial.subList(0, 2)), "both words first");
        assertTrue(partial.contains(r(M3, 3)), "a remark lacking one word, when asked for: " + partial);
        assertEquals(set(r(M2, 8)), hitSet("q", "“子どもの居場所”", "synonyms", "false"), "full-width quotes");
    }

    @Test
    void exactPhrasesRankBeforeScatteredWords() throws Exception {
        JsonNode a = fx.ok("/api/search", "q", "子どもの居場所", "synonyms", "false");
        assertEquals(List.of(r(M2, 8), r(M2, 9)), ids(a));
    }

    @Test
    void exclusionAndOr() throws Exception {
        assertEquals(set(r(M1, 3), r(M2, 2), r(M2, 3), r(M2, 4)), hitSet("q", "学習会"));
        assertEquals(set(r(M2, 2), r(M2, 3)), hitSet("q", "学習会 -オンライン"));
        assertEquals(set(r(M2, 2), r(M2, 3)), hitSet("q", "学習会　－オンライン"));
        assertEquals(set(r(M1, 6), r(M3, 4), r(M4, 7), r(M3, 7), r(M4, 4)), hitSet("q", "防災 | 避難所"));
        assertEquals(set(r(M3, 7), r(M4, 4)), hitSet("q", "防災 | 避難所 -防災"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "role=委員, q=学習会#" + M1 + "-0003 " + M2 + "-0004",
            "role=会長&role=事務局, q=学習会#" + M2 + "-0002 " + M2 + "-0003",
            "role_group=chair, q=学習会#" + M2 + "-0003",
            "speaker=田中 花子#" + M3 + "-0003 " + M3 + "-0006 " + M4 + "-0003 " + M4 + "-0009",
            "body=協働推進委員会, q=学習会 | 人財#" + M1 + "-0003 " + M1 + "-0007 " + M2 + "-0002 " + M2 + "-0003 "
                    + M2 + "-0004 " + M2 + "-0006 " + M2 + "-0007",
            "meeting=M1, section=その他#" + M1 + "-0008 " + M1 + "-0009 " + M1 + "-0010",
            "theme=防災#" + M1 + "-0006 " + M3 + "-0004 " + M4 + "-0007",
            "fiscal_year=令和4年度, role=会長#" + M4 + "-0001 " + M4 + "-0007",
            "fy_from=R3, fy_to=2021, speaker=佐藤 一郎#" + M3 + "-0001 " + M3 + "-0007",
            "date_from=令和3年12月1日, date_to=2023-02-13, role=会長#" + M2 + "-0003",
            "date_from=2023-02-14, speaker=山本 三郎#" + M4 + "-0006 " + M4 + "-0008",
    })
    void eachFilter(String filters, String expectedIds) throws Exception {
        List<String> params = new ArrayList<>();
        for (String kv : filters.split(", ")) {
            for (String pair : kv.split("&")) {
                String[] p = pair.split("=", 2);
                params.add(p[0]);
                params.add(p[1].replace("M1", M1));
            }
        }
        params.add("size");
        params.add("100");
        assertEquals(new TreeSet<>(List.of(expectedIds.split(" "))), hitSet(params.toArray(String[]::new)));
    }

    @Test
    void countsOfWholeFilters() throws Exception {
        assertEquals(20, fx.ok("/api/search", "body", "子ども・子育て会議").get("total").asInt());
        assertEquals(20, fx.ok("/api/search", "fiscal_year", "2021").get("total").asInt());
        assertEquals(30, fx.ok("/api/search", "fy_from", "R3").get("total").asInt());
        assertEquals(40, fx.ok("/api/search").get("total").asInt());
        assertEquals(5, fx.ok("/api/search", "role_group", "member", "fiscal_year", "2022").get("total").asInt());
        assertEquals(4, fx.ok("/api/search", "role_group", "member", "fiscal_year", "2022", "q", "-ボランティア")
                .get("total").asInt());
    }

    @Test
    void facetsCountTheCurrentQuery() throws Exception {
        JsonNode f = fx.ok("/api/search", "q", "学習会").get("facets");
        assertEquals("[{\"key\":\"委員\",\"count\":2},{\"key\":\"事務局\",\"count\":1},{\"key\":\"会長\",\"count\":1}]",
                f.get("role").toString());
        assertEquals("[{\"key\":2020,\"count\":1},{\"key\":2021,\"count\":3}]", f.get("fiscal_year").toString());
        assertEquals("[{\"key\":\"協働推進委員会\",\"count\":4}]", f.get("body").toString());
        assertEquals("[{\"key\":\"磯野\",\"count\":1}]", f.get("speaker").toString());
        assertEquals("[]", f.get("theme").toString());
        JsonNode all = fx.ok("/api/search", "size", "1").get("facets");
        assertEquals("[{\"key\":\"子育て\",\"count\":3},{\"key\":\"防災\",\"count\":3}]", all.get("theme").toString());
        assertEquals(4, bucket(all.get("speaker"), "田中 花子"));
        assertTrue(fx.ok("/api/search", "facets", "false").get("facets").isEmpty());
    }

    @Test
    void facetsCountEveryMatchAndSaySo() throws Exception {
        JsonNode a = fx.ok("/api/search", "size", "1");
        assertFalse(a.get("facets_approximate").asBoolean());
        assertEquals(a.get("total").asLong(), a.get("facets_counted").asLong());
        assertEquals(0, fx.ok("/api/search", "facets", "false").get("facets_counted").asLong());
    }

    @Test
    void fromALargeIndexFacetsAndTotalEstimateFromARandomSampleAndSaySoUnlessExactIsAskedOrTheMatchesAreFew()
            throws Exception {
        // 2,000 remarks (the fixture 50 times), a sample of about 200: each remark counted with probability 0.1
        try (SearchFixture large = new SearchFixture(java.util.Map.of(), 200, 50)) {
            JsonNode exact = large.ok("/api/search", "size", "1", "facets", "exact");
            assertEquals(2000, exact.get("total").asLong());
            assertFalse(exact.get("total_approximate").asBoolean());
            assertFalse(exact.get("facets_approximate").asBoolean());
            assertEquals(2000, exact.get("facets_counted").asLong());
            assertEquals(2000, sum(exact.at("/facets/role")), "every remark has a role");
            JsonNode a = large.ok("/api/search", "size", "1");
            assertTrue(a.get("facets_approximate").asBoolean());
            long counted = a.get("facets_counted").asLong();
            assertTrue(counted >= 120 && counted <= 280, "about 200 remarks sampled: " + counted);
            // more than twice the sample matched: the total is the sample's estimate too, and says so
            assertTrue(a.get("total_approximate").asBoolean());
            long total = a.get("total").asLong();
            assertTrue(total >= 400 && Math.abs(total - 2000) <= 400, "about 2,000 matches: " + total);
            assertNotNull(a.get("next_cursor").textValue(), "an estimated total leaves the next page open");
            JsonNode bare = large.ok("/api/search", "size", "1", "facets", "false");
            assertEquals(2000, bare.get("total").asLong(), "without facets the total counts every match");
            assertFalse(bare.get("total_approximate").asBoolean());
            // the counts are estimates of every match's: each sampled remark stands for about ten
            long estimated = sum(a.at("/facets/role"));
            assertTrue(Math.abs(estimated - 2000) <= 400, "the roles' estimates add up to about 2,000: " + estimated);
            for (JsonNode b : exact.at("/facets/role")) {
                long n = b.get("count").asLong();
                if (n >= 500) {
                    long est = bucket(a.at("/facets/role"), b.get("key").asText());
                    assertTrue(Math.abs(est - n) <= n / 2, b.get("key").asText() + ": " + est + " for " + n);
                }
            }
            JsonNode second = large.ok("/api/search", "size", "1", "page", "2");
            assertEquals(a.get("facets"), second.get("facets"), "the same search gives the same estimates");
            assertEquals(a.get("total"), second.get("total"));
            JsonNode few = large.ok("/api/search", "size", "1", "q", "磯野");
            assertTrue(few.get("total").asLong() <= 400, "under twice the sample: " + few.get("total"));
            assertFalse(few.get("facets_approximate").asBoolean(), "a sample of few matches is every match");
            assertFalse(few.get("total_approximate").asBoolean());
            assertEquals(few.get("total").asLong(), few.get("facets_counted").asLong());
            assertEquals(few.get("total").asLong(), sum(few.at("/facets/role")));
            assertEquals(few.get("facets"), large.ok("/api/search", "size", "1", "q", "磯野", "facets", "exact")
                    .get("facets"));
        }
    }

    @Test
    void aCommonWordsTotalIsCountedUpToTwiceTheSampleAndEstimatedBeyond() throws Exception {
        // 12,000 remarks (the fixture 300 times), a sample of about 100: 学習会 in 1,200 of them, of which the first
        // sample (probability 100 / 12,000) holds about 10, enough to take a second one of about 100
        try (SearchFixture large = new SearchFixture(java.util.Map.of(), 100, 300)) {
            JsonNode exact = large.ok("/api/search", "q", "学習会", "size", "3", "facets", "exact");
            long matches = exact.get("total").asLong();
            assertTrue(matches > 200, "more than twice the sample: " + matches);
            assertFalse(exact.get("total_approximate").asBoolean());
            JsonNode a = large.ok("/api/search", "q", "学習会", "size", "3");
            assertTrue(a.get("total_approximate").asBoolean(), a.toString());
            assertTrue(a.get("facets_approximate").asBoolean());
            long total = a.get("total").asLong();
            // a sample of about 100 of the matches: 10 % relative standard error
            assertTrue(total > 200 && Math.abs(total - matches) <= matches * 0.35,
                    "an estimate of " + matches + ": " + total);
            assertEquals(exact.get("match"), a.get("match"));
            assertEquals(ids(exact), ids(a), "the same page");
            JsonNode bare = large.ok("/api/search", "q", "学習会", "size", "3", "facets", "false");
            assertEquals(matches, bare.get("total").asLong());
            assertFalse(bare.get("total_approximate").asBoolean());
            JsonNode page = large.ok("/api/search", "q", "学習会", "size", "3", "page", "2");
            assertEquals(a.get("total"), page.get("total"), "every page of the search gives the same estimate");
            // the cursor goes on past what the count went up to
            JsonNode deep = large.ok("/api/search", "q", "学習会", "size", "100", "page", "3");
            assertNotNull(deep.get("next_cursor").textValue(), "300 of about " + total + " shown");
            JsonNode further = large.ok("/api/search", "q", "学習会", "size", "100", "cursor",
                    deep.get("next_cursor").textValue());
            assertEquals(100, further.get("hits").size());
        }
    }

    @Test
    void aWordThatFillsAPageIsOneSearchOfItsExactFormsAndOneThatDoesNotGoesOnToBroaderMatching() throws Exception {
        // the fixture three times over: 学習会 in 12 remarks, 避難所 in 6 (a page is 10)
        try (SearchFixture three = new SearchFixture(java.util.Map.of(), 0, 3)) {
            String alias = new jp.meetingsearch.index.Indices(three.cfg.indexPrefix())
                    .alias(jp.meetingsearch.index.IndexName.REMARKS);
            JsonNode exact = three.ok("/api/search", "q", "学習会", "match", "exact", "facets", "false");
            long before = searches(three, alias);
            JsonNode auto = three.ok("/api/search", "q", "学習会", "facets", "false");
            // the page of the word's head and the count of every exact match, side by side in one _msearch: no
            // count before them, no whole page after
            assertEquals(2, searches(three, alias) - before, "the exact page and its count, nothing before or after");
            assertEquals("exact", auto.get("match").asText());
            assertTrue(auto.get("total").asLong() >= 10, auto.get("total").toString());
            assertEquals(exact.get("total"), auto.get("total"));
            assertEquals(ids(exact), ids(auto));
            assertEquals(exact.get("hits"), auto.get("hits"), "the same hits and marks");

            JsonNode fewExact = three.ok("/api/search", "q", "避難所", "match", "exact", "facets", "false");
            assertTrue(fewExact.get("total").asLong() < 10, fewExact.get("total").toString());
            before = searches(three, alias);
            JsonNode few = three.ok("/api/search", "q", "避難所", "facets", "false");
            assertTrue(searches(three, alias) - before > 2, "the exact page did not fill: broader matching follows");
            assertFalse(few.get("match").asText().equals("exact"), few.get("match").toString());
            assertTrue(few.get("total").asLong() >= fewExact.get("total").asLong());
            assertTrue(ids(few).containsAll(ids(fewExact)), "what the exact words find stays found");
        }
    }

    /** The searches Elasticsearch ran on the index behind {@code alias} so far (each shard's query phases). */
    private static long searches(SearchFixture f, String alias) throws Exception {
        return f.es.request("GET", "/" + alias + "/_stats/search", null).at("/_all/total/search/query_total")
                .asLong();
    }

    private static long sum(JsonNode buckets) {
        long n = 0;
        for (JsonNode b : buckets) {
            n += b.get("count").asLong();
        }
        return n;
    }

    private static long bucket(JsonNode buckets, String key) {
        for (JsonNode b : buckets) {
            if (b.get("key").asText().equals(key)) {
                return b.get("count").asLong();
            }
        }
        return 0;
    }

    @Test
    void hitShapeAsTheContractSays() throws Exception {
        JsonNode h = fx.ok("/api/search", "q", "人財バンク", "sort", "date").get("hits").get(0);
        assertEquals(r(M2, 6), h.get("id").asText());
        assertEquals(M2, h.at("/meeting/id").asText());
        assertEquals("令和3年度第3回協働推進委員会", h.at("/meeting/title").asText());
        assertEquals("2021-12-21", h.at("/meeting/date").asText());
        assertEquals(2021, h.at("/meeting/fiscal_year").asInt());
        assertEquals("協働推進委員会", h.at("/meeting/body").asText());
        assertEquals(6, h.get("order").asInt());
        assertEquals("協議事項", h.get("section").asText());
        assertEquals("(1)", h.at("/agenda_item/number").asText());
        assertEquals("委員", h.get("role").asText());
        assertEquals("member", h.get("role_group").asText());
        assertTrue(h.get("speaker").isNull());
        assertEquals("まちづくり人財バンクの登録者を増やしたい。", h.get("text").asText());
        assertEquals("[\"まちづくり<mark>人財バンク</mark>の登録者を増やしたい。\"]", h.get("highlight").toString());
    }

    @Test
    void highlightsEscapeEverythingButTheMarks() throws Exception {
        JsonNode a = fx.ok("/api/search", "q", "資料", "sort", "date");
        assertEquals(List.of(r(M1, 9), r(M2, 10)), ids(a));
        String html = a.get("hits").get(1).get("highlight").get(0).asText();
        assertEquals("<mark>資料</mark>&lt;script&gt;alert(1)&lt;/script&gt;の表記が崩れている。", html);
        assertEquals("資料<script>alert(1)</script>の表記が崩れている。", a.get("hits").get(1).get("text").asText());
        JsonNode words = fx.ok("/api/search", "q", "script alert", "synonyms", "false");
        assertEquals(List.of(r(M2, 10)), ids(words));
        assertEquals("[\"資料&lt;<mark>script</mark>&gt;<mark>alert</mark>(1)&lt;/<mark>script</mark>&gt;の表記が崩れている。\"]",
                words.get("hits").get(0).get("highlight").toString());
    }

    @Test
    void scatteredTokensAreMarkedWhenTheWordNeverStandsAsTyped() throws Exception {
        JsonNode a = fx.ok("/api/search", "q", "協働計画", "synonyms", "false");
        assertEquals(List.of(r(M1, 5)), ids(a));
        assertEquals("[\"<mark>協働</mark>推進行動<mark>計画</mark>の見直しを進めていく。\"]",
                a.get("hits").get(0).get("highlight").toString());
    }

    @Test
    void pagesAndCursorsWalkEveryRemarkOnce() throws Exception {
        for (String sort : List.of("relevance", "date", "-date")) {
            Set<String> seen = new HashSet<>();
            List<String> order = new ArrayList<>();
            JsonNode page = fx.ok("/api/search", "q", "事業 | 委員 | 子育て | 防災 | 会議 | 参加", "sort", sort, "size", "3");
            long total = page.get("total").asLong();
            int pages = 1;
            while (true) {
                for (String id : ids(page)) {
                    assertTrue(seen.add(id), "repeated " + id + " with sort=" + sort);
                    order.add(id);
                }
                JsonNode next = page.get("next_cursor");
                if (next == null || next.isNull()) {
                    break;
                }
                page = fx.ok("/api/search", "q", "事業 | 委員 | 子育て | 防災 | 会議 | 参加", "sort", sort, "size", "3",
                        "cursor", next.asText());
                pages++;
            }
            assertEquals(total, seen.size(), "sort=" + sort);
            assertEquals((total + 2) / 3, pages);
            List<String> byPages = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                byPages.addAll(ids(fx.ok("/api/search", "q", "事業 | 委員 | 子育て | 防災 | 会議 | 参加", "sort", sort,
                        "size", "3", "page", Integer.toString(p))));
            }
            assertEquals(order, byPages, "numbered pages and cursors agree, sort=" + sort);
        }
    }

    @Test
    void dateOrderKeepsRemarksInTheirMeetingOrder() throws Exception {
        List<String> all = ids(fx.ok("/api/search", "sort", "date", "size", "100"));
        assertEquals(40, all.size());
        assertEquals(r(M1, 1), all.getFirst());
        assertEquals(r(M3, 1), all.get(10));
        assertEquals(r(M4, 10), all.getLast());
        List<String> desc = ids(fx.ok("/api/search", "sort", "-date", "size", "100"));
        assertEquals(r(M4, 1), desc.getFirst());
        assertEquals(r(M1, 10), desc.getLast());
    }

    @Test
    void oddQueriesNeverFail() throws Exception {
        for (String q : List.of("\"", "-", "|", "| |", "\"協働", "協働\"", "-\"\"", "\u0000", "()", "*", "?", "\\",
                "\"\"\"", "a:b", "協働 OR", "NOT 協働", "{\"match_all\":{}}", "</mark>", "\uE000", "＂", "－", "😀")) {
            HttpResponse<String> r = fx.get("/api/search", "q", q);
            assertEquals(200, r.statusCode(), q + " → " + r.body());
        }
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "size|0", "size|1000", "size|abc", "page|-1", "page|0", "page|1000", "date_from|昨日", "date_to|2021-13-01",
            "sort|foo", "cursor|not-a-cursor", "cursor|eyJzIjoiZGF0ZSIsIm4iOjMsImEiOlsxLDJdfQ", "fiscal_year|来年度",
            "role_group|boss", "theme|宇宙", "synonyms|perhaps", "facets|x",
    })
    void badParametersAnswer400NamingThem(String name, String value) throws Exception {
        HttpResponse<String> r = fx.get("/api/search", name, value);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode e = fx.es.mapper().readTree(r.body());
        assertEquals("bad_parameter", e.get("error").asText());
        assertTrue(e.get("message").asText().contains("'" + name + "'"), e.toString());
        // what a client needs to word the error itself
        assertEquals(name, e.get("parameter").asText(), e.toString());
        assertFalse(e.get("reason").asText().isEmpty(), e.toString());
    }

    @Test
    void aRangeGivenBackwardsAnswersWithFieldsAClientCanWord() throws Exception {
        JsonNode years = fx.es.mapper().readTree(fx.get("/api/search", "fy_from", "令和6年度", "fy_to", "2020").body());
        assertEquals(fx.es.mapper().readTree("""
                {"error":"bad_parameter","message":"parameter 'fy_from': is after fy_to (2024 > 2020)",
                 "parameter":"fy_from","reason":"after_other","value":2024,"other":"fy_to","limit":2020}"""), years);
        JsonNode days = fx.es.mapper().readTree(fx.get("/api/search", "date_from", "令和3年12月21日", "date_to",
                "2021-04-01").body());
        assertEquals("after_other", days.get("reason").asText());
        assertEquals("2021-12-21", days.get("value").asText());
        assertEquals("date_to", days.get("other").asText());
        assertEquals("2021-04-01", days.get("limit").asText());
        JsonNode page = fx.es.mapper().readTree(fx.get("/api/search", "page", "999", "size", "20").body());
        assertEquals(List.of("page", "beyond_window", "999", "10000", "500"), List.of(page.get("parameter").asText(),
                page.get("reason").asText(), page.get("value").asText(), page.get("limit").asText(),
                page.get("max").asText()));
        JsonNode group = fx.es.mapper().readTree(fx.get("/api/search", "role_group", "boss").body());
        assertEquals("unknown_value", group.get("reason").asText());
        assertEquals(6, group.get("allowed").size());
    }

    @Test
    void overlongQueriesAndCursorsAreRefused() throws Exception {
        HttpResponse<String> r = fx.get("/api/search", "q", "協働".repeat(2500));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("'q'"), r.body());
        assertTrue(r.body().length() < 300, "the message does not echo the query");

        JsonNode first = fx.ok("/api/search", "sort", "date", "size", "2");
        String cursor = first.get("next_cursor").asText();
        HttpResponse<String> otherSort = fx.get("/api/search", "sort", "-date", "size", "2", "cursor", cursor);
        assertEquals(400, otherSort.statusCode());
        assertTrue(otherSort.body().contains("'cursor'"), otherSort.body());
        HttpResponse<String> both = fx.get("/api/search", "sort", "date", "page", "3", "cursor", cursor);
        assertEquals(400, both.statusCode());
        assertNotNull(fx.ok("/api/search", "sort", "date", "size", "2", "cursor", cursor).get("hits"));
    }
}
