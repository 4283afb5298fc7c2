package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpSerializable;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.http.params.ParamsTest;
import jp.meetingsearch.http.params.InvalidParameterException;
import org.junit.jupiter.api.Test;

class RemarkQueryBuilderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RemarkQueryBuilder builder = new RemarkQueryBuilder(FixedThemes.of("子育て", "子育て"),
            Thesaurus.yomi(), SearchFeatures.ALL);

    static JsonNode json(JsonpSerializable value) throws Exception {
        return JSON.readTree(JsonpUtils.toJsonString(value, new JacksonJsonpMapper()));
    }

    /**
     * 進める: the best of its forms scores (as typed on the Kuromoji field or whole in the bigrams, its tokens
     * anywhere, as a speaker's name, by the reading of a speaker or of a whole word in the text, as a word of the
     * role), and BM25 on its tokens orders remarks within the tier.
     */
    private static final String WORD_進める = """
            {"bool":{
              "must":[{"dis_max":{"tie_breaker":0.0,"queries":[
                {"constant_score":{"boost":1000.0,"filter":{"match_phrase":{"text":{"query":"進める"}}}}},
                {"constant_score":{"boost":900.0,"filter":{"match_phrase":{"text.bigram":{"query":"進める"}}}}},
                {"match":{"text":{"query":"進める","operator":"and"}}},
                {"match":{"text.bigram":{"query":"進める","operator":"and"}}},
                {"constant_score":{"boost":1500.0,"filter":{"term":{"speaker":{"value":"進める"}}}}},
                {"constant_score":{"boost":1500.0,"filter":{"term":{"speaker.yomi":{"value":"ススメル"}}}}},
                {"constant_score":{"boost":1500.0,"filter":{"match_phrase":{"role.text":{"query":"進める"}}}}},
                {"constant_score":{"boost":300.0,"filter":{"term":{"text.yomi":{"value":"ススメル"}}}}}]}}],
              "should":[{"dis_max":{"tie_breaker":0.0,"queries":[{"match":{"text":{"query":"進める"}}}]}}]}}""";

    /** The clause of one word as the builder makes it (its shape is asserted above and in TieredQueryTest). */
    private JsonNode word(String w) throws Exception {
        return json(builder.term(SimpleQuery.Term.of(w, false), true, MatchMode.BROAD));
    }

    @Test
    void aOneWordQuerysHeadHoldsThePeopleItNamesAndTheWordAsTypedScoredAsTheWholeQueryScoresThem() throws Exception {
        RemarkFilters f = RemarkFilters.NONE.withQuery(SimpleQuery.parse("進める", "q"));
        RemarkQueryBuilder.Head head = builder.head(f, MatchMode.BROAD).orElseThrow();
        // its tiers as alternatives that share no remark: the people it names, then the word as typed elsewhere,
        // each scored its tier plus the BM25 of the word's best form, as the whole query scores them
        String rank = "{\"dis_max\":{\"tie_breaker\":0.0,\"queries\":[{\"match\":{\"text\":{\"query\":\"進める\"}}}]}}";
        String people = """
                {"term":{"speaker":{"value":"進める"}}},{"term":{"speaker.yomi":{"value":"ススメル"}}},
                {"match_phrase":{"role.text":{"query":"進める"}}}""";
        assertEquals(JSON.readTree("""
                {"bool":{"minimum_should_match":"1","should":[
                  {"bool":{"must":[{"constant_score":{"boost":1500.0,"filter":{"bool":{"minimum_should_match":"1",
                    "should":[%s]}}}}],"should":[%s]}},
                  {"bool":{"must":[{"constant_score":{"boost":1000.0,"filter":{"bool":{
                    "filter":[{"match_phrase":{"text":{"query":"進める"}}}],"must_not":[%s]}}}}],
                    "should":[%s]}}]}}""".formatted(people, rank, people, rank)),
                json(head.query()));
        assertEquals(3, head.longestForm());
        // the exact level and a filter keep the head; it holds the filter as the whole query does
        RemarkFilters member = new RemarkFilters(SimpleQuery.parse("進める", "q"), List.of(), List.of("member"), null,
                null, null, null, null, null, null, null, null, null, true, MatchMode.EXACT, null);
        JsonNode tiers = json(builder.head(member, MatchMode.EXACT).orElseThrow().query()).path("bool").path("should");
        assertEquals(2, tiers.size());
        for (JsonNode tier : tiers) {
            assertEquals(JSON.readTree("[{\"term\":{\"role_group\":{\"value\":\"member\"}}}]"),
                    tier.path("bool").path("filter"));
        }
        // no head: two words, alternatives, a phrase, an excluded word, the partial level, no word at all
        for (String q : List.of("進める 計画", "進める | 計画", "\"進める\"", "進める -計画")) {
            assertTrue(builder.head(RemarkFilters.NONE.withQuery(SimpleQuery.parse(q, "q")), MatchMode.BROAD)
                    .isEmpty(), q);
        }
        assertTrue(builder.head(f, MatchMode.PARTIAL).isEmpty());
        assertTrue(builder.head(RemarkFilters.NONE, MatchMode.BROAD).isEmpty());
    }

    @Test
    void aHeadRanksFirstWhileBm25WithinATierCannotReachTheGapBelowIt() {
        // the forms below the head reach 900 (whole in the bigrams, a synonym naming the speaker): 100 under it
        assertEquals(100.0f, RemarkQueryBuilder.HEAD_GAP);
        Query any = Query.of(q -> q.matchAll(m -> m));
        // ln(1 + 16 × 100,000) = 14.3 per token: five characters (リージョン) hold, eight do not
        assertTrue(new RemarkQueryBuilder.Head(any, 5).ranksFirst(100_000));
        assertTrue(!new RemarkQueryBuilder.Head(any, 8).ranksFirst(100_000));
        // a small index is bounded as one of a million remarks (ln 1e6 = 13.8): seven characters hold, eight do not
        assertTrue(new RemarkQueryBuilder.Head(any, 7).ranksFirst(0));
        assertTrue(!new RemarkQueryBuilder.Head(any, 8).ranksFirst(0));
        // at a hundred million remarks (ln 1.6e9 = 21.2) four characters hold, five do not
        assertTrue(new RemarkQueryBuilder.Head(any, 4).ranksFirst(100_000_000));
        assertTrue(!new RemarkQueryBuilder.Head(any, 5).ranksFirst(100_000_000));
    }

    @Test
    void noQueryAndNoFilterMatchesAll() throws Exception {
        assertEquals(JSON.readTree("{\"match_all\":{}}"), json(builder.build(RemarkFilters.NONE)));
    }

    @Test
    void aWordMatchesItsFormsAndRanksTheTypedFormFirst() throws Exception {
        RemarkFilters f = RemarkFilters.NONE.withQuery(SimpleQuery.parse("進める", "q"));
        assertEquals(JSON.readTree("{\"bool\":{\"must\":[" + WORD_進める + "]}}"), json(builder.build(f)));
    }

    @Test
    void phrasesOrAndExclusions() throws Exception {
        RemarkFilters f = RemarkFilters.NONE.withQuery(SimpleQuery.parse("\"人材バンク\" 進める | 推進 -学習会", "q"));
        String expected = """
                {"bool":{
                  "must":[
                    {"bool":{"should":[
                      {"match_phrase":{"text":{"query":"人材バンク"}}},
                      {"match_phrase":{"text.bigram":{"query":"人材バンク"}}}],"minimum_should_match":"1"}},
                    {"bool":{"should":[%s, %s],"minimum_should_match":"1"}}],
                  "must_not":[{"bool":{"should":[
                      {"match":{"text":{"query":"学習会","operator":"and"}}},
                      {"match":{"text.bigram":{"query":"学習会","operator":"and"}}}],"minimum_should_match":"1"}}]}}"""
                .formatted(word("進める"), word("推進"));
        assertEquals(JSON.readTree(expected), json(builder.build(f)));
    }

    @Test
    void variantsOfATermAreFormsOfOneWord() throws Exception {
        SimpleQuery q = SimpleQuery.parse("人材", "q").mapTerms(t -> t.withVariants(List.of("人財")));
        JsonNode must = json(builder.build(RemarkFilters.NONE.withQuery(q))).at("/bool/must");
        assertEquals(1, must.size(), "one word");
        String forms = must.get(0).at("/bool/must/0/dis_max/queries").toString();
        assertTrue(forms.contains("{\"constant_score\":{\"boost\":1000.0,\"filter\":{\"match_phrase\":{\"text\":{\"query\":\"人材\"}}}}}"), forms);
        assertTrue(forms.contains("{\"constant_score\":{\"boost\":600.0,\"filter\":{\"match_phrase\":{\"text\":{\"query\":\"人財\"}}}}}"), forms);
    }

    @Test
    void everyFilterIsAFilterClause() throws Exception {
        RemarkFilters f = RemarkFilters.from(ParamsTest.params(
                "role", "委員", "role", "会長", "role_group", "member", "speaker", "山田", "body", "協働推進委員会",
                "meeting", "m1", "section", "協議事項", "theme", "子育て", "fy_from", "2020", "fy_to", "2021",
                "date_from", "2020-04-01", "date_to", "R4.3.31"));
        String expected = """
                {"bool":{"filter":[
                  {"terms":{"role":["委員","会長","會長"]}},
                  {"term":{"role_group":{"value":"member"}}},
                  {"term":{"speaker":{"value":"山田"}}},
                  {"terms":{"body":["協働推進委員会","協働推進委員會","協仂推進委員会","協仂推進委員會",
                                    "恊働推進委員会","恊働推進委員會","恊仂推進委員会","恊仂推進委員會"]}},
                  {"term":{"meeting_id":{"value":"m1"}}},
                  {"terms":{"section":["協議事項","恊議事項"]}},
                  {"match_phrase":{"text":{"query":"子育て"}}},
                  {"range":{"fiscal_year":{"gte":2020.0,"lte":2021.0}}},
                  {"range":{"meeting_date":{"gte":"2020-04-01","lte":"2022-03-31"}}}]}}""";
        assertEquals(JSON.readTree(expected), json(builder.build(f)));
    }

    @Test
    void keywordFiltersFindEverySpellingOfTheirVariants() throws Exception {
        RemarkFilters f = RemarkFilters.from(ParamsTest.params("speaker", "山崎", "role", "廣報課長", "body", "まちづくり推進"));
        String expected = """
                {"bool":{"filter":[
                  {"terms":{"role":["廣報課長","広報課長"]}},
                  {"terms":{"speaker":["山崎","山嵜","山﨑"]}},
                  {"term":{"body":{"value":"まちづくり推進"}}}]}}""";
        assertEquals(JSON.readTree(expected), json(builder.build(f)));
    }

    @Test
    void openRangesHaveOneEnd() throws Exception {
        RemarkFilters f = RemarkFilters.from(ParamsTest.params("fy_from", "令和2年度", "date_to", "2021-12-31"));
        String expected = """
                {"bool":{"filter":[
                  {"range":{"fiscal_year":{"gte":2020.0}}},
                  {"range":{"meeting_date":{"lte":"2021-12-31"}}}]}}""";
        assertEquals(JSON.readTree(expected), json(builder.build(f)));
    }

    @Test
    void anUnknownThemeNamesTheParameter() {
        RemarkFilters f = RemarkFilters.from(ParamsTest.params("theme", "宇宙開発"));
        assertEquals("theme", assertThrows(InvalidParameterException.class, () -> builder.build(f)).parameter());
        assertEquals("theme", assertThrows(InvalidParameterException.class,
                () -> new RemarkQueryBuilder(ThemeFilters.NONE, Thesaurus.yomi(), SearchFeatures.ALL).build(f)).parameter());
    }
}
