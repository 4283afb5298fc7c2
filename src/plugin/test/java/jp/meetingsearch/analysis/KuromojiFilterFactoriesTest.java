package jp.meetingsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

/** The Kuromoji token filters, each after the default {@code kuromoji_tokenizer}. */
class KuromojiFilterFactoriesTest {
    private static final String SENTENCE = "JR新宿駅の近くにビールを飲みに行こうか";

    private static List<String> filtered(Class<? extends TokenFilterFactory> filter, Map<String, ?> settings, String text) {
        return Tokens.positioned(AnalysisChain.kuromoji(ComponentFactories.create(filter, settings)), text);
    }

    private static String error(Class<?> component, Map<String, ?> settings) {
        return assertThrows(IllegalArgumentException.class, () -> ComponentFactories.create(component, settings))
                .getMessage();
    }

    @Test
    void baseFormRestoresDictionaryForms() {
        assertEquals(List.of("飲む", "に", "行く", "う", "か"),
                filtered(KuromojiBaseFormFilterFactory.class, Map.of(), "飲みに行こうか"));
    }

    @Test
    void partOfSpeechRemovesDefaultStopTagsLeavingPositionGaps() {
        assertEquals(List.of("JR", "新宿", "駅", "近く/2", "ビール/2", "飲み/2", "行こ/2"),
                filtered(KuromojiPartOfSpeechFilterFactory.class, Map.of(), SENTENCE));
        // only the general case particles (に, を) go; の (adnominal) and the final か stay
        assertEquals(List.of("JR", "新宿", "駅", "の", "近く", "ビール/2", "飲み/2", "行こ/2", "う", "か"),
                filtered(KuromojiPartOfSpeechFilterFactory.class, Map.of("stoptags", List.of("助詞-格助詞-一般")), SENTENCE));
    }

    @Test
    void partOfSpeechRefusesATagFile() {
        assertTrue(error(KuromojiPartOfSpeechFilterFactory.class, Map.of("stoptags_path", "stoptags.txt"))
                .contains("[stoptags]"));
    }

    @Test
    void uppercaseFiltersWriteSmallKanaFullSize() {
        assertEquals(List.of("ストツプウオツチ"), filtered(KatakanaUppercaseFilterFactory.class, Map.of(), "ストップウォッチ"));
        assertEquals(List.of("ちよつと", "まつ", "て"), filtered(HiraganaUppercaseFilterFactory.class, Map.of(), "ちょっとまって"));
    }

    @Test
    void readingFormGivesKatakanaOrRomaji() {
        assertEquals(List.of("スシ", "ト", "トウキョウ"), filtered(KuromojiReadingFormFilterFactory.class, Map.of(), "寿司と東京"));
        assertEquals(List.of("sushi", "to", "tōkyō"),
                filtered(KuromojiReadingFormFilterFactory.class, Map.of("use_romaji", "true"), "寿司と東京"));
        assertTrue(error(KuromojiReadingFormFilterFactory.class, Map.of("use_romaji", "1")).contains("[use_romaji]"));
    }

    @Test
    void stemmerDropsTheProlongedSoundMarkFromLongEnoughWords() {
        String text = "サーバーとコピーとエレベーター";
        assertEquals(List.of("サーバ", "と", "コピー", "と", "エレベータ"), filtered(KuromojiStemmerFilterFactory.class, Map.of(), text));
        assertEquals(List.of("サーバー", "と", "コピー", "と", "エレベータ"),
                filtered(KuromojiStemmerFilterFactory.class, Map.of("minimum_length", "6"), text));
        assertTrue(error(KuromojiStemmerFilterFactory.class, Map.of("minimum_length", "four")).contains("[minimum_length]"));
        assertTrue(error(KuromojiStemmerFilterFactory.class, Map.of("minimum_length", "0")).contains("at least 1"));
    }

    @Test
    void japaneseStopRemovesTheDefaultListOrTheGivenWords() {
        assertEquals(List.of("JR", "新宿", "駅", "近く/2", "ビール/2", "飲み/2", "行こ/2"),
                filtered(JapaneseStopFilterFactory.class, Map.of(), SENTENCE));
        assertEquals(filtered(JapaneseStopFilterFactory.class, Map.of(), SENTENCE),
                filtered(JapaneseStopFilterFactory.class, Map.of("stopwords", List.of("_japanese_")), SENTENCE));
        // case matters unless ignore_case: JR stays
        assertEquals(List.of("JR", "駅/2", "の", "近く", "に", "ビール", "を", "飲み", "に", "行こ", "う", "か"),
                filtered(JapaneseStopFilterFactory.class, Map.of("stopwords", List.of("jr", "新宿"), "ignore_case", "false"), SENTENCE));
        assertEquals(List.of("駅/3", "近く/2", "ビール/2", "飲み/2", "行こ/2"),
                filtered(JapaneseStopFilterFactory.class, Map.of("stopwords", List.of("_japanese_", "jr", "新宿"),
                        "ignore_case", "true"), SENTENCE));
        assertEquals(13, filtered(JapaneseStopFilterFactory.class, Map.of("stopwords", List.of("_none_")), SENTENCE).size());
    }

    @Test
    void japaneseStopRefusesWhatItCannotHonour() {
        assertTrue(error(JapaneseStopFilterFactory.class, Map.of("stopwords", List.of("_english_")))
                .contains("Unknown stop word list [_english_] in [stopwords]"));
        assertTrue(error(JapaneseStopFilterFactory.class, Map.of("stopwords_path", "stop.txt")).contains("[stopwords_path]"));
        assertTrue(error(JapaneseStopFilterFactory.class, Map.of("remove_trailing", "false")).contains("[remove_trailing]"));
        assertTrue(error(JapaneseStopFilterFactory.class, Map.of("ignore_case", "maybe")).contains("[ignore_case]"));
    }

    @Test
    void numberNormalisesKanjiAndFullWidthNumerals() {
        assertEquals(List.of("令和", "3", "年", "の", "予算", "は", "120000000", "円", "123", "件"),
                filtered(KuromojiNumberFilterFactory.class, Map.of(), "令和三年の予算は一億二千万円、１２３件"));
    }
}
