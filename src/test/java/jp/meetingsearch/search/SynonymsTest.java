package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SynonymsTest {
    private static final Synonyms RULES = Synonyms.parse(List.of(
            "# comment",
            "人材, 人財   # trailing comment",
            "",
            "若者, 若い人, 若年層",
            "ボランティア活動 => ボランティア",
            "PR, 広報",
            "ＮＰＯ法人、特定非営利活動法人"), "test.txt");

    private static Map<String, List<String>> expanded(String q) {
        return RULES.expand(SimpleQuery.parse(q, "q")).expanded();
    }

    private static List<String> variants(String q) {
        return RULES.expand(SimpleQuery.parse(q, "q")).query().positiveTerms().getFirst().variants();
    }

    @Test
    void aGroupExpandsEachWayInsideWords() {
        assertEquals(List.of("人材バンク", "人財バンク"), variants("人材バンク"));
        assertEquals(List.of("人財", "人材"), variants("人財"));
        assertEquals(Map.of("人材", List.of("人財")), expanded("人材バンク"));
        assertEquals(List.of("若い人たち", "若者たち", "若年層たち"), variants("若い人たち"));
    }

    @Test
    void oneWayRulesDoNotExpandBack() {
        assertEquals(List.of("ボランティア活動", "ボランティア"), variants("ボランティア活動"));
        assertEquals(List.of("ボランティア"), variants("ボランティア"));
        assertTrue(expanded("ボランティア").isEmpty());
    }

    @Test
    void latinEntriesMatchOnlyAsWholeLatinWords() {
        assertEquals(List.of("APRIL"), variants("APRIL"));
        assertEquals(List.of("市のPR動画", "市の広報動画"), variants("市のPR動画"));
        assertEquals(List.of("pr", "広報"), variants("pr"));
        assertEquals(List.of("ＮＰＯ法人".replace("ＮＰＯ", "NPO"), "特定非営利活動法人"), variants("ＮＰＯ法人"));
    }

    @Test
    void everyEntryOfAWordIsReplacedAndReported() {
        assertEquals(List.of("若者の人材", "若者の人財", "若い人の人材", "若年層の人材", "若い人の人財", "若年層の人財"),
                variants("若者の人材"));
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("若者", List.of("若い人", "若年層"));
        expected.put("人材", List.of("人財"));
        assertEquals(expected, expanded("若者の人材"));
    }

    @Test
    void phrasesOrGroupsAndExclusionsAreExpandedToo() {
        SimpleQuery q = RULES.expand(SimpleQuery.parse("\"人材 育成\" | 若者 -人財", "q")).query();
        assertEquals(List.of("人材 育成", "人財 育成"), q.groups().getFirst().alternatives().get(0).variants());
        assertEquals(List.of("若者", "若い人", "若年層"), q.groups().getFirst().alternatives().get(1).variants());
        assertEquals(List.of("人財", "人材"), q.excluded().getFirst().variants());
    }

    @Test
    void variantsAreBounded() {
        String word = "人材".repeat(10);
        assertEquals(Synonyms.MAX_VARIANTS + 1, variants(word).size());
    }

    @Test
    void theWholeQueryHasABudgetOfVariants() {
        // 32 words of 16 extra forms each would make a query of over five hundred forms
        // short words: the number of forms binds (3 extra forms each, 32 words)
        String q = String.join(" ", java.util.Collections.nCopies(SimpleQuery.MAX_TERMS, "人材人材"));
        SimpleQuery expanded = RULES.expand(SimpleQuery.parse(q, "q")).query();
        int extra = expanded.positiveTerms().stream().mapToInt(t -> t.variants().size() - 1).sum();
        assertEquals(Synonyms.MAX_QUERY_VARIANTS, extra);
        assertEquals(4, expanded.positiveTerms().getFirst().variants().size());
        assertEquals(1, expanded.positiveTerms().getLast().variants().size(), "the last words are searched as typed");
        // longer words: their characters bind
        String longer = String.join(" ", java.util.Collections.nCopies(SimpleQuery.MAX_TERMS, "人材".repeat(10)));
        int chars = RULES.expand(SimpleQuery.parse(longer, "q")).query().positiveTerms().stream()
                .mapToInt(t -> t.variants().stream().skip(1).mapToInt(String::length).sum()).sum();
        assertTrue(chars <= Synonyms.MAX_QUERY_VARIANT_CHARS && chars > Synonyms.MAX_QUERY_VARIANT_CHARS - 20, "" + chars);
    }

    @Test
    void longWordsGetFewerVariantsSoThatTheQueryStaysSmall() {
        // each extra form costs its length; 600 characters in all
        assertEquals(2, forms("人材".repeat(200)).size(), "one extra form of 400 characters, not a second");
        assertEquals(1, forms("人材".repeat(400)).size(), "an 800-character form does not fit");
        assertEquals(Synonyms.MAX_VARIANTS + 1, forms("人材".repeat(10)).size());
    }

    private static List<String> forms(String word) {
        return RULES.expand(SimpleQuery.parse(word, "q")).query().positiveTerms().getFirst().variants();
    }

    @Test
    void malformedRulesNameFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Synonyms.parse(List.of("人材, 人財", "若者,, 若い人"), "syn.txt"));
        assertTrue(e.getMessage().startsWith("syn.txt:2: "), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Synonyms.parse(List.of("a => b => c"), "s"))
                .getMessage().startsWith("s:1: "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Synonyms.parse(List.of("孤立"), "s"))
                .getMessage().startsWith("s:1: "));
    }

    @Test
    void theShippedFileParsesAndHoldsTheStarterSet() throws Exception {
        Path file = Path.of(System.getProperty("project.basedir", "."), "mappings", "synonyms.txt");
        Synonyms shipped = Synonyms.parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        Synonyms.Expansion e = shipped.expand(SimpleQuery.parse("人材バンク 若者 まちづくり", "q"));
        assertEquals(List.of("人財"), e.expanded().get("人材"));
        assertTrue(e.expanded().get("若者").containsAll(List.of("若い人", "若年層")));
        assertTrue(e.expanded().get("まちづくり").containsAll(List.of("街づくり", "町づくり")));
    }
}
