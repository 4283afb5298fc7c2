package jp.meetingsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

/** {@code cjk_width} and {@code cjk_bigram}, after the {@code standard} tokenizer as in a bigram subfield. */
class CjkFilterFactoriesTest {
    private static final String MIXED = "安曇野市のひらがなカタカナ";

    private static List<String> bigrams(Map<String, ?> settings, String text) {
        return Tokens.positioned(AnalysisChain.of(StandardTokenizer::new,
                ComponentFactories.create(CjkBigramFilterFactory.class, settings)), text);
    }

    @Test
    void widthFoldsFullWidthLatinAndHalfWidthKatakana() {
        CjkWidthFilterFactory width = ComponentFactories.create(CjkWidthFilterFactory.class);
        // Kuromoji cuts full-width digits one by one before the filter sees them
        assertEquals(List.of("ソースコード", "と", "ABC", "1", "2", "3"),
                Tokens.terms(AnalysisChain.kuromoji(width), "ｿｰｽｺｰﾄﾞとＡＢＣ１２３"));
    }

    @Test
    void widthAlsoNormalisesKeywords() {
        TokenFilterFactory width = ComponentFactories.create(CjkWidthFilterFactory.class);
        AnalysisChain normalizer = new AnalysisChain(List.of(), KeywordTokenizer::new,
                List.<java.util.function.UnaryOperator<TokenStream>>of(width::normalize));
        assertEquals(List.of("ソースコード ABC"), Tokens.terms(normalizer, "ｿｰｽｺｰﾄﾞ ＡＢＣ"));
    }

    @Test
    void bigramsJoinAllCjkScriptsByDefault() {
        assertEquals(List.of("安曇", "曇野", "野市", "市の", "のひ", "ひら", "らが", "がな", "なカ", "カタ", "タカ", "カナ"),
                bigrams(Map.of(), MIXED));
    }

    @Test
    void ignoredScriptsAreLeftAsTheStandardTokenizerCutThem() {
        assertEquals(List.of("安曇", "曇野", "野市", "の", "ひ", "ら", "が", "な", "カタカナ"),
                bigrams(Map.of("ignored_scripts", List.of("hiragana", "katakana")), MIXED));
    }

    @Test
    void unigramsAreStackedOnBigramsOnRequest() {
        assertEquals(List.of("安", "安曇/0", "曇", "曇野/0", "野", "野市/0", "市"), bigrams(Map.of("output_unigrams", "true"), "安曇野市"));
    }

    @Test
    void unknownScriptsAndBadBooleansAreRefused() {
        String script = assertThrows(IllegalArgumentException.class,
                () -> ComponentFactories.create(CjkBigramFilterFactory.class, Map.of("ignored_scripts", List.of("kanji"))))
                .getMessage();
        assertTrue(script.contains("[kanji] in [ignored_scripts]") && script.contains("han, hiragana, katakana, hangul"), script);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ComponentFactories.create(CjkBigramFilterFactory.class, Map.of("output_unigrams", "on")))
                .getMessage().contains("[output_unigrams]"));
    }
}
