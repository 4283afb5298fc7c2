package jp.meetingsearch.search;

import static jp.meetingsearch.search.RemarkQueryBuilderTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.http.params.ParamsTest;
import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.index.IndexDefinitions;
import org.junit.jupiter.api.Test;

/** The query of the shipped features: forms of a word in tiers, readings, names and roles, strictness levels. */
class TieredQueryTest {
    private static final Yomi YOMI = new Yomi(IndexDefinitions.userDictionary());
    private final RemarkQueryBuilder builder = new RemarkQueryBuilder(ThemeFilters.NONE, YOMI, SearchFeatures.ALL);

    private static RemarkFilters query(String q) {
        return RemarkFilters.NONE.withQuery(SimpleQuery.parse(q, "q"));
    }

    /** Every clause of the JSON with a constant_score: "boost field value". */
    private static List<String> tiers(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.findParents("constant_score").forEach(p -> {
            JsonNode c = p.get("constant_score");
            JsonNode filter = c.get("filter");
            String kind = filter.fieldNames().next();
            JsonNode body = filter.get(kind);
            String field = body.fieldNames().next();
            JsonNode v = body.get(field);
            out.add((int) c.get("boost").asDouble() + " " + kind + " " + field + " "
                    + (v.has("query") ? v.get("query").asText() : v.get("value").asText()));
        });
        return out;
    }

    /** The boost of every constant_score of the JSON. */
    private static List<Integer> boosts(JsonNode n) {
        return n.findParents("constant_score").stream()
                .map(p -> (int) Math.round(p.get("constant_score").get("boost").asDouble())).toList();
    }

    @Test
    void aWordMatchesItsFormsInTiersTheBestOneScoring() throws Exception {
        SimpleQuery q = SimpleQuery.parse("こども", "q").mapTerms(t -> t.withVariants(List.of("子供")));
        JsonNode j = json(builder.build(RemarkFilters.NONE.withQuery(q), false));
        List<String> tiers = tiers(j);
        assertTrue(tiers.contains("1000 match_phrase text こども"), tiers.toString());
        assertTrue(tiers.contains("900 match_phrase text.bigram こども"), tiers.toString());
        assertTrue(tiers.contains("600 match_phrase text 子供"), tiers.toString());
        assertTrue(tiers.contains("300 term text.yomi コドモ"), tiers.toString());
        assertTrue(tiers.contains("1500 term speaker.yomi コドモ"), tiers.toString());
        assertTrue(tiers.contains("1500 match_phrase role.text こども"), tiers.toString());
        assertEquals(1, tiers.stream().filter(t -> t.contains("text.yomi")).count(), "one reading for both spellings");
        assertFalse(j.findValues("dis_max").isEmpty(), "the best form scores, not the sum of all");
    }

    @Test
    void exactLeavesTheScatteredTokensOutAndPartialLetsOneOfSeveralWordsGo() throws Exception {
        assertTrue(json(builder.build(query("理事会"), false)).toString().contains("\"operator\":\"and\""));
        assertFalse(json(builder.build(query("理事会"), true)).toString().contains("\"operator\":\"and\""));
        JsonNode partial = json(builder.build(query("若者 参加"), MatchMode.PARTIAL));
        assertEquals("1", partial.at("/bool/minimum_should_match").asText());
        assertEquals(2, partial.at("/bool/should").size());
        JsonNode single = json(builder.build(query("理事会"), MatchMode.PARTIAL));
        assertEquals(1, single.at("/bool/must").size(), "a single word stays required");
    }

    @Test
    void atThePartialLevelARemarkWithTheRarerWordsComesFirst() throws Exception {
        JsonNode j = json(builder.build(query("高齢者 居場所"), MatchMode.PARTIAL, List.of(0.6, 1.0)));
        List<Integer> presence = boosts(j).stream().filter(b -> b >= RemarkQueryBuilder.PRESENT_BONUS).toList();
        // the common word counts less than the rare one; a word naming a speaker or role counts as the rarest
        assertTrue(presence.contains(10600) && presence.contains(11000), presence.toString());
        JsonNode plain = json(builder.build(query("高齢者 居場所"), MatchMode.PARTIAL));
        assertTrue(boosts(plain).stream().allMatch(b -> b < RemarkQueryBuilder.PRESENT_BONUS), "no weights: the forms alone");
    }

    @Test
    void aSpeakerInKanaIsFilteredByReadingAndOtherwiseAsWritten() throws Exception {
        JsonNode kana = json(builder.build(RemarkFilters.from(ParamsTest.params("speaker", "てらお"))));
        assertEquals("テラオ", kana.at("/bool/filter/0/term/speaker.yomi/value").asText());
        JsonNode written = json(builder.build(RemarkFilters.from(ParamsTest.params("speaker", "寺尾真理子"))));
        // as written, in every spelling of its 異体字 (a terms filter when there are several)
        JsonNode byName = written.at("/bool/filter/0");
        String names = byName.has("term") ? byName.at("/term/speaker/value").toString() : byName.at("/terms/speaker").toString();
        assertTrue(names.contains("\"寺尾真理子\""), names);
        JsonNode plain = json(new RemarkQueryBuilder(ThemeFilters.NONE, YOMI, SearchFeatures.NONE)
                .build(RemarkFilters.from(ParamsTest.params("speaker", "てらお"))));
        assertEquals("てらお", plain.at("/bool/filter/0/term/speaker/value").asText(), "without names: as written");
    }

    @Test
    void matchModesAndKana() {
        assertEquals(MatchMode.AUTO, MatchMode.parse(null, "match"));
        assertEquals(MatchMode.EXACT, MatchMode.parse(" Exact ", "match"));
        assertEquals("match", assertThrows(InvalidParameterException.class,
                () -> MatchMode.parse("strict", "match")).parameter());
        assertTrue(Kana.isKana("さとう はなこ") && Kana.isKana("サトウ") && Kana.isKana("ｻﾄｳ"));
        assertFalse(Kana.isKana("佐藤") || Kana.isKana("さとう1") || Kana.isKana(""));
    }
}
