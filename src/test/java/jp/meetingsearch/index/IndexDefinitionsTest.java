package jp.meetingsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class IndexDefinitionsTest {
    private static final Set<String> PORTABLE_TYPES = Set.of("kuromoji_tokenizer", "kuromoji_baseform",
            "kuromoji_part_of_speech", "kuromoji_readingform", "kuromoji_stemmer", "ja_stop", "kuromoji_number",
            "kuromoji_iteration_mark", "katakana_uppercase", "hiragana_uppercase", "cjk_width", "cjk_bigram", "mapping",
            "lowercase", "standard", "custom", "stop", "shingle");

    @Test
    void everyIndexGetsTheSharedAnalysisWithTheUserDictionary() {
        IndexDefinitions defs = IndexDefinitions.load();
        for (IndexName n : IndexName.values()) {
            IndexDefinition d = defs.get(n);
            // remarks: version 2 added the speaker's 会派 (group) and where each remark was read (source), version 3
            // the path a document was loaded from (source_path) and ids that do not depend on position; meetings:
            // 2 the officials' department, 3 source_path; projects: 2 the list's other columns (extra, kept in
            // _source only), 3 source_path and ids that do not depend on the file; remarks 4 the theme tags
            // (themes, theme_rules, themes_pending), 5 the projects a remark discusses; projects 4 the project a row
            // is a year of
            assertEquals(n == IndexName.MEETINGS ? 3 : n == IndexName.REMARKS ? 5 : 4, d.schemaVersion(), n.base());
            JsonNode rules = d.body().at("/settings/analysis/tokenizer/ja_search_tokenizer/user_dictionary_rules");
            List<String> surfaces = new java.util.ArrayList<>();
            rules.forEach(r -> surfaces.add(r.asText().split(",")[0]));
            assertTrue(surfaces.containsAll(List.of("安曇野", "協働", "人財", "まちづくり")), surfaces.toString());
            assertEquals(surfaces.size(), new HashSet<>(surfaces).size(), "a surface may appear only once");
            assertEquals(d.analysisFingerprint(), d.body().at("/mappings/_meta/analysis_fingerprint").asText());
            assertEquals(0, d.body().at("/settings/number_of_replicas").asInt(-1));
        }
    }

    @Test
    void analysisUsesOnlyComponentsThatExistInTheOfficialPluginToo() {
        JsonNode analysis = IndexDefinitions.load().get(IndexName.REMARKS).body().at("/settings/analysis");
        Set<String> defined = new HashSet<>();
        analysis.forEach(section -> section.fieldNames().forEachRemaining(defined::add));
        for (String section : List.of("tokenizer", "filter", "char_filter", "analyzer", "normalizer")) {
            analysis.path(section).forEach(c -> {
                String type = c.path("type").asText();
                assertTrue(PORTABLE_TYPES.contains(type), section + " type " + type);
                c.path("filter").forEach(f -> assertTrue(PORTABLE_TYPES.contains(f.asText()) || defined.contains(f.asText()),
                        "filter " + f.asText()));
            });
        }
    }

    @Test
    void remarkTextHasAKuromojiFieldAndABigramSubfield() {
        JsonNode text = IndexDefinitions.load().get(IndexName.REMARKS).body().at("/mappings/properties/text");
        assertEquals("ja_text", text.get("analyzer").asText());
        assertEquals("ja_bigram", text.at("/fields/bigram/analyzer").asText());
    }

    @Test
    void malformedDictionaryLinesNameTheLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> IndexDefinitions.userDictionaryRules("# comment\n\n協働,協働,キョウドウ,カスタム名詞\nまちづくり,まち づくり,マチ,名詞\n"));
        assertTrue(e.getMessage().contains("user-dictionary.txt:4"), e.getMessage());
    }
}
