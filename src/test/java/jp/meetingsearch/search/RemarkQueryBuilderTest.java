package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import co.elastic.clients.json.JsonpSerializable;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RemarkQueryBuilderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RemarkQueryBuilder builder = new RemarkQueryBuilder(FixedThemes.of("子育て", "子育て"));

    static JsonNode json(JsonpSerializable value) throws Exception {
        return JSON.readTree(JsonpUtils.toJsonString(value, new JacksonJsonpMapper()));
    }

    private static final String WORD_進める = """
            {"bool":{"should":[
              {"constant_score":{"boost":100.0,"filter":{"match_phrase":{"text":{"query":"進める"}}}}},
              {"match":{"text":{"query":"進める","operator":"and"}}},
              {"match":{"text.bigram":{"query":"進める","operator":"and"}}}],
             "minimum_should_match":"1"}}""";

    @Test
    void noQueryAndNoFilterMatchesAll() throws Exception {
        assertEquals(JSON.readTree("{\"match_all\":{}}"), json(builder.build(RemarkFilters.NONE)));
    }

    @Test
    void aWordMatchesBaseFormsOrBigramsAndRanksTheExactPhraseFirst() throws Exception {
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
                .formatted(WORD_進める, WORD_進める.replace("進める", "推進"));
        assertEquals(JSON.readTree(expected), json(builder.build(f)));
    }

    @Test
    void variantsOfATermAreAlternatives() throws Exception {
        SimpleQuery q = SimpleQuery.parse("人材", "q").mapTerms(t -> t.withVariants(List.of("人財")));
        String expected = """
                {"bool":{"must":[{"bool":{"should":[%s, %s],"minimum_should_match":"1"}}]}}"""
                .formatted(WORD_進める.replace("進める", "人材"), WORD_進める.replace("進める", "人財"));
        assertEquals(JSON.readTree(expected), json(builder.build(RemarkFilters.NONE.withQuery(q))));
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
                () -> new RemarkQueryBuilder(ThemeFilters.NONE).build(f)).parameter());
    }
}
