package jp.meetingsearch.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.search.ThemeCounting;
import org.junit.jupiter.api.Test;

class ThemeViewTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final List<Theme> themes = TaxonomyParser.parse("t", "[防災]\nany = 防災\n[子育て]\nany = 保育\n");

    private ThemeView view(Set<String> tagged, boolean namesClean) {
        Map<String, Query> rules = new LinkedHashMap<>();
        themes.forEach(t -> rules.put(t.name(), ThemeQueries.of(t)));
        return new ThemeView(themes, rules, tagged, namesClean);
    }

    @Test
    void aRuleVersionIgnoresTermOrderRepeatsAndTheDescriptionButNotTheTerms() {
        Theme a = TaxonomyParser.parse("t", "[x]\ndescription = one\nany = 防災, 避難\n").getFirst();
        Theme b = TaxonomyParser.parse("t", "[x]\ndescription = two\nany = 避難, 防災, 防災\n").getFirst();
        Theme phrase = TaxonomyParser.parse("t", "[x]\nany = \"防災\", 避難\n").getFirst();
        Theme moved = TaxonomyParser.parse("t", "[x]\nany = 避難\nall = 防災\n").getFirst();
        assertEquals(a.version(), b.version());
        assertEquals(12, a.version().length());
        assertNotEquals(a.version(), phrase.version());
        assertNotEquals(a.version(), moved.version());
        assertEquals("x#" + a.version(), a.ruleKey());
    }

    @Test
    void aTaggedThemeIsItsTagOrItsRuleAmongRemarksNotTaggedYet() throws Exception {
        JsonNode q = json(view(Set.of("防災", "子育て"), true).filter(themes.getFirst()));
        assertEquals(mapper.readTree("""
                {"bool":{"minimum_should_match":"1","should":[
                  {"term":{"themes":{"value":"防災"}}},
                  {"bool":{"filter":[{"term":{"themes_pending":{"value":true}}},
                                     {"bool":{"minimum_should_match":"1","should":[
                                       {"match":{"text":{"operator":"and","query":"防災"}}}]}}]}}]}}"""), q);
    }

    @Test
    void aThemeBeingRetaggedIsItsTagWhereItsCurrentRuleWroteItAndItsRuleElsewhere() throws Exception {
        Theme t = themes.getFirst();
        JsonNode q = json(view(Set.of("子育て"), true).filter(t));
        assertEquals(mapper.readTree("""
                {"bool":{"minimum_should_match":"1","should":[
                  {"bool":{"filter":[{"term":{"themes":{"value":"防災"}}},
                                     {"term":{"theme_rules":{"value":"%s"}}}]}},
                  {"bool":{"filter":[{"bool":{"minimum_should_match":"1","should":[
                                       {"match":{"text":{"operator":"and","query":"防災"}}}]}}],
                           "must_not":[{"term":{"theme_rules":{"value":"%s"}}}]}}]}}"""
                .formatted(t.ruleKey(), t.ruleKey())), q);
    }

    @Test
    void countsComeFromTheTagsOnlyWhenEveryThemeIsTaggedAndNoOldNameIsLeft() {
        assertTrue(view(Set.of("防災", "子育て"), true).counting().fromTags());
        assertFalse(view(Set.of("防災"), true).counting().fromTags());
        assertFalse(view(Set.of("防災", "子育て"), false).counting().fromTags());
        assertFalse(new ThemeView(List.of(), Map.of(), Set.of(), true).counting().fromTags());
    }

    @Test
    void untaggedWithCompleteTagsIsNoTagOrNoRuleAmongPendingRemarks() throws Exception {
        JsonNode q = json(view(Set.of("防災", "子育て"), true).untagged());
        assertEquals("themes", q.at("/bool/should/0/bool/must_not/0/exists/field").asText());
        assertEquals("themes_pending", q.at("/bool/should/0/bool/must_not/1/term").fieldNames().next());
        assertEquals(2, q.at("/bool/should/1/bool/must_not").size());
        // otherwise: none of the filters
        JsonNode partial = json(view(Set.of("防災"), true).untagged());
        assertEquals(2, partial.at("/bool/must_not").size());
    }

    @Test
    void theTaggerWorksOnPendingRemarksOldNamesAndWhatAnUnverifiedRuleConcerns() throws Exception {
        JsonNode q = json(ThemeTagger.work(themes, Set.of("防災"), List.of("環境")));
        assertEquals(3, q.at("/bool/should").size());
        assertEquals(true, q.at("/bool/should/0/term/themes_pending/value").asBoolean());
        JsonNode concerned = q.at("/bool/should/1/bool");
        assertEquals("子育て", concerned.at("/filter/0/bool/should/0/term/themes/value").asText());
        assertEquals(themes.get(1).ruleKey(), concerned.at("/must_not/0/term/theme_rules/value").asText());
        assertEquals("環境", q.at("/bool/should/2/terms/themes/0").asText());
        assertEquals(1, json(ThemeTagger.work(themes, Set.of("防災", "子育て"), List.of())).at("/bool/should").size());
    }

    @Test
    void tagStateVerifiesVersionsAndNames() {
        TagState s = new TagState();
        assertEquals(Set.of(), s.tagged(themes));
        assertFalse(s.namesClean(themes));
        s.verified(themes);
        assertEquals(Set.of("防災", "子育て"), s.tagged(themes));
        assertTrue(s.namesClean(themes));
        List<Theme> edited = TaxonomyParser.parse("t", "[防災]\nany = 防災, 避難\n[子育て]\nany = 保育\n");
        assertEquals(Set.of("子育て"), s.tagged(edited));
        assertTrue(s.namesClean(edited));
        assertFalse(s.namesClean(edited.subList(0, 1)), "a removed theme may have left its name");
    }

    private JsonNode json(Query q) throws Exception {
        return mapper.readTree(JsonpUtils.toJsonString(q, new JacksonJsonpMapper()));
    }

    @Test
    void theCountingNamesTheUntaggedBucketLikeTheTaxonomy() {
        assertEquals(Taxonomy.UNTAGGED, ThemeCounting.UNTAGGED);
    }
}
