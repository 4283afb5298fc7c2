package jp.meetingsearch.thesaurus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.search.SimpleQuery;
import jp.meetingsearch.search.Synonyms;
import org.junit.jupiter.api.Test;

class SudachiSynonymsFilterTest {
    private static JsonNode groups(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    private static String item(String word, int expand, String kind, String abbreviation, String spelling, String tags) {
        return """
                {"taigenYogen":"体言","expandControl":%d,"vocabularyNumber":1,"gokeiSyubetsu":"%s","ryakusyou":"%s",
                 "hyoukiYure":"%s","bunya":[%s],"midashi":"%s"}""".formatted(expand, kind, abbreviation, spelling, tags,
                word);
    }

    private static String group(String... items) {
        return "{\"id\":\"g\",\"items\":[" + String.join(",", items) + "]}";
    }

    @Test
    void keepsMunicipalGroupsWithTheirTriggersAndTargets() throws Exception {
        String json = "[" + group(
                item("社会福祉協議会", 0, "代表語", "代表語形", "代表表記", "\"組織名\""),
                item("社協", 0, "代表語", "略語・略称", "代表表記", "\"組織名\"")) + ","
                + group(
                item("人工知能", 0, "代表語", "代表語形", "代表表記", "\"IT\""),
                item("AI", 1, "代表語", "略語・略称/アルファベット", "アルファベット表記", "\"IT\"")) + "]";
        assertEquals(List.of("社会福祉協議会, 社協", "人工知能 => 人工知能, AI"), SudachiSynonymsFilter.filter(groups(json)));
    }

    @Test
    void dropsOffTopicMistakenSingleCharacterAndLatinEntriesAndGroupsLeftAlone() throws Exception {
        String json = "[" + group(
                item("ごみ", 0, "代表語", "代表語形", "代表表記", ""),
                item("ゴミ", 0, "代表語", "代表語形", "異表記・表記ゆれ", ""),
                item("塵", 0, "代表語", "代表語形", "代表表記", ""),
                item("trash", 0, "代表語", "代表語形", "アルファベット表記", ""),
                item("ごみー", 0, "間違い", "代表語形", "代表表記", ""),
                item("ゴミィ", 2, "代表語", "代表語形", "代表表記", "")) + ","
                + group(
                item("ソメイヨシノ", 0, "代表語", "代表語形", "代表表記", "\"動植物\""),
                item("染井吉野", 0, "代表語", "代表語形", "異表記・表記ゆれ", "\"動植物\"")) + ","
                + group(
                item("日本銀行", 0, "代表語", "代表語形", "代表表記", "\"企業名\",\"ビジネス\""),
                item("日銀", 1, "代表語", "略語・略称", "代表表記", "\"企業名\",\"ビジネス\"")) + ","
                + group(item("単独", 0, "代表語", "代表語形", "代表表記", "")) + "]";
        assertEquals(List.of("ごみ, ゴミ", "日本銀行 => 日本銀行, 日銀"), SudachiSynonymsFilter.filter(groups(json)));
    }

    @Test
    void theOutputIsReadAsSynonymRules() throws Exception {
        String json = "[" + group(
                item("取り扱い", 0, "代表語", "代表語形", "代表表記", ""),
                item("取扱い", 0, "代表語", "代表語形", "異表記・表記ゆれ", ""),
                item("取り扱う", 0, "代表語", "代表語形", "代表表記", "")) + "]";
        Synonyms rules = Synonyms.parse(SudachiSynonymsFilter.filter(groups(json)), "t");
        Synonyms.Expansion e = Synonyms.NONE.expand(SimpleQuery.parse("取扱い", "q"), rules);
        assertEquals(List.of("取扱い", "取り扱い", "取り扱う"), e.query().positiveTerms().getFirst().variants());
    }
}
