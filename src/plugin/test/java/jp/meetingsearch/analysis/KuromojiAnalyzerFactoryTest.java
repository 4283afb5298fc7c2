package jp.meetingsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class KuromojiAnalyzerFactoryTest {
    private static Analyzer analyzer(Map<String, ?> settings) {
        return ComponentFactories.create(KuromojiAnalyzerFactory.class, settings).create();
    }

    @Test
    void defaultsChainBaseFormStopsWidthStemmingAndLowerCase() {
        assertEquals(List.of("jr", "新宿", "駅", "近く", "ビール", "飲む", "行く"),
                Tokens.terms(analyzer(Map.of()), "JR新宿駅の近くにビールを飲みに行こうか"));
        assertEquals(List.of("jr", "サーバ"), Tokens.terms(analyzer(Map.of()), "ＪＲのｻｰﾊﾞｰ"));
    }

    @Test
    void modeAndUserDictionaryApply() {
        // unlike the tokenizer, the analyzer drops the compound that search mode splits
        assertEquals(List.of("関西", "国際", "空港"), Tokens.terms(analyzer(Map.of()), "関西国際空港"));
        assertEquals(List.of("関西国際空港"), Tokens.terms(analyzer(Map.of("mode", "normal")), "関西国際空港"));
        assertEquals(List.of("安曇野市", "協働"), Tokens.terms(analyzer(Map.of("user_dictionary_rules",
                List.of("安曇野市,安曇野市,アズミノシ,カスタム名詞", "協働,協働,キョウドウ,カスタム名詞"))), "安曇野市の協働"));
    }

    @Test
    void stopwordsReplaceTheDefaultList() {
        // これ is a default stop word the part-of-speech filter keeps (a pronoun)
        assertEquals(List.of("本"), Tokens.terms(analyzer(Map.of()), "これは本"));
        assertEquals(List.of("これ", "本"), Tokens.terms(analyzer(Map.of("stopwords", List.of("_none_"))), "これは本"));
        assertEquals(List.of("これ", "新宿"), Tokens.terms(analyzer(Map.of("stopwords", List.of("駅"))), "これは新宿駅"));
    }

    @Test
    void settingsAreCheckedAsTheTokenizerChecksThem() {
        String mode = assertThrows(IllegalArgumentException.class, () -> analyzer(Map.of("mode", "fast"))).getMessage();
        assertTrue(mode.contains("[mode]"), mode);
        String file = assertThrows(IllegalArgumentException.class, () -> analyzer(Map.of("user_dictionary", "u.txt")))
                .getMessage();
        assertTrue(file.contains("[user_dictionary_rules]"), file);
        String rules = assertThrows(IllegalArgumentException.class,
                () -> analyzer(Map.of("user_dictionary_rules", List.of("協働,協働,キョウドウ,名詞", "協働,協 働,キョウ ドウ,名詞"))))
                .getMessage();
        assertTrue(rules.contains("duplicate term [協働]") && rules.contains("line [2]"), rules);
    }
}
