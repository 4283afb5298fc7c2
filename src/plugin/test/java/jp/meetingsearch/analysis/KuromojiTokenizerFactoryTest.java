package jp.meetingsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KuromojiTokenizerFactoryTest {
    private static final String AIRPORT = "関西国際空港";
    private static final String AZUMINO_RULE = "安曇野市,安曇野市,アズミノシ,カスタム名詞";

    private static List<String> tokens(Map<String, ?> settings, String text) {
        return Tokens.terms(ComponentFactories.create(KuromojiTokenizerFactory.class, settings).create(), text);
    }

    private static String error(Map<String, ?> settings) {
        return assertThrows(IllegalArgumentException.class,
                () -> ComponentFactories.create(KuromojiTokenizerFactory.class, settings)).getMessage();
    }

    @Test
    void defaultsToSearchModeKeepingTheCompoundAndDroppingPunctuation() {
        assertEquals(List.of("関西", AIRPORT, "国際", "空港"), tokens(Map.of(), AIRPORT));
        assertEquals(List.of("時々", "佐々木", "さん"), tokens(Map.of(), "時々、佐々木さん。"));
    }

    @Test
    void modesChangeSegmentation() {
        assertEquals(List.of(AIRPORT), tokens(Map.of("mode", "normal"), AIRPORT));
        assertEquals(List.of(AIRPORT), tokens(Map.of("mode", "NORMAL"), AIRPORT));
        // extended mode splits words missing from the dictionary into single characters
        assertEquals(List.of("サプライズギフト"), tokens(Map.of("mode", "search"), "サプライズギフト"));
        assertEquals(List.of("サ", "プ", "ラ", "イ", "ズ", "ギ", "フ", "ト"), tokens(Map.of("mode", "extended"), "サプライズギフト"));
    }

    @Test
    void discardCompoundTokenKeepsOnlyTheParts() {
        assertEquals(List.of("関西", "国際", "空港"), tokens(Map.of("discard_compound_token", "true"), AIRPORT));
    }

    @Test
    void punctuationIsKeptOnRequest() {
        assertEquals(List.of("時々", "、", "佐々木", "さん", "。"),
                tokens(Map.of("discard_punctuation", "false"), "時々、佐々木さん。"));
    }

    @Test
    void userDictionaryRulesOverrideTheDictionary() {
        assertEquals(List.of("安曇", "野市", "の", "協", "働"), tokens(Map.of(), "安曇野市の協働"));
        List<String> rules = List.of("# local words", AZUMINO_RULE, "協働,協働,キョウドウ,カスタム名詞");
        assertEquals(List.of("安曇野市", "の", "協働"), tokens(Map.of("user_dictionary_rules", rules), "安曇野市の協働"));
    }

    @Test
    void aRuleMaySegmentItsSurfaceForm() {
        List<String> rules = List.of("関西国際空港,関西 国際 空港,カンサイ コクサイ クウコウ,カスタム名詞");
        assertEquals(List.of("関西", "国際", "空港"), tokens(Map.of("user_dictionary_rules", rules, "mode", "normal"), AIRPORT));
    }

    @Test
    void duplicateSurfaceFormsAreRefusedWithTheirLineUnlessDeduplicated() {
        List<String> rules = List.of(AZUMINO_RULE, "# comment", "安曇野市,安曇野 市,アズミノ シ,カスタム名詞");
        String message = error(Map.of("user_dictionary_rules", rules));
        assertTrue(message.contains("duplicate term [安曇野市]") && message.contains("line [3]"), message);
        assertEquals(List.of("安曇野市"),
                tokens(Map.of("user_dictionary_rules", rules, "deduplicate_dictionary", "true"), "安曇野市"));
    }

    @Test
    void malformedRulesAreRefusedWithTheirLine() {
        String fields = error(Map.of("user_dictionary_rules", List.of(AZUMINO_RULE, "協働,協働,キョウドウ")));
        assertTrue(fields.contains("[user_dictionary_rules] at line [2]") && fields.contains("found 3"), fields);
        String readings = error(Map.of("user_dictionary_rules", List.of("関西国際空港,関西 国際 空港,カンサイ コクサイ,名詞")));
        assertTrue(readings.contains("line [1]") && readings.contains("3 parts") && readings.contains("have 2"), readings);
        String spelling = error(Map.of("user_dictionary_rules", List.of("関西国際空港,関西 国際,カンサイ コクサイ,名詞")));
        assertTrue(spelling.contains("does not spell the surface form [関西国際空港]"), spelling);
        String empty = error(Map.of("user_dictionary_rules", List.of("協働,,キョウドウ,名詞")));
        assertTrue(empty.contains("empty"), empty);
    }

    @Test
    void aDictionaryFileIsRefusedPointingToInlineRules() {
        String message = error(Map.of("user_dictionary", "userdict_ja.txt"));
        assertTrue(message.contains("[user_dictionary]") && message.contains("[user_dictionary_rules]"), message);
    }

    @Test
    void invalidValuesNameTheirSetting() {
        assertTrue(error(Map.of("mode", "fast")).contains("[fast] for [mode]: expected one of normal, search, extended"));
        assertTrue(error(Map.of("discard_punctuation", "yes")).contains("[discard_punctuation]"));
        assertTrue(error(Map.of("discard_compound_token", "ture")).contains("[discard_compound_token]"));
        assertTrue(error(Map.of("nbest_cost", "many")).contains("[nbest_cost]"));
        assertTrue(error(Map.of("nbest_cost", "-2")).contains("[nbest_cost]"));
        assertTrue(error(Map.of("nbest_examples", "成田空港")).contains("[nbest_examples]"));
    }

    @Test
    void nbestExamplesAddTheAlternativeSegmentation() {
        assertEquals(List.of("成田空港", "に", "行く"), tokens(Map.of("mode", "normal"), "成田空港に行く"));
        List<String> withAlternatives = tokens(Map.of("mode", "normal", "nbest_examples", "/成田空港-成田/"), "成田空港に行く");
        assertTrue(withAlternatives.containsAll(List.of("成田空港", "成田", "空港", "に", "行く")), withAlternatives.toString());
        assertEquals(withAlternatives, tokens(Map.of("mode", "normal", "nbest_cost", "5000"), "成田空港に行く"));
    }
}
