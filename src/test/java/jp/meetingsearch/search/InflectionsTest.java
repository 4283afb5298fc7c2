package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class InflectionsTest {
    private final Inflections inflections = new Inflections(Thesaurus.yomi());

    @Test
    void aNounMadeFromAVerbGivesTheVerbTheDictionaryLists() {
        assertEquals(List.of("引き継ぐ"), inflections.of("引き継ぎ"));
        assertEquals(List.of("引継ぐ"), inflections.of("引継ぎ"));
        assertEquals(List.of("取り扱う"), inflections.of("取り扱い"));
        assertEquals(List.of("見直す"), inflections.of("見直し"));
        assertEquals(List.of("繰り越す"), inflections.of("繰り越し"));
        assertEquals(List.of("問い合わせる"), inflections.of("問い合わせ"));
        assertEquals(List.of("借り上げる"), inflections.of("借り上げ"));
    }

    @Test
    void aNounTheDictionaryReadsAsAVerbGivesThatVerb() {
        assertEquals(List.of("申込む"), inflections.of("申込み"));
        assertEquals(List.of("見守る"), inflections.of("見守り"));
    }

    @Test
    void aNounMadeFromAnAdjectiveGivesTheAdjective() {
        assertEquals(List.of("高い"), inflections.of("高さ"));
        assertEquals(List.of("重い"), inflections.of("重み"));
    }

    @Test
    void nothingIsGuessedWhereTheDictionaryDoesNotSaySo() {
        assertEquals(List.of(), inflections.of("若者"), "no rule relates a noun in 者 to an adjective");
        assertEquals(List.of(), inflections.of("理事会"), "no kana ending");
        assertEquals(List.of(), inflections.of("手引き"), "手引く is 手 and 引く to the dictionary, no one verb");
        assertEquals(List.of(), inflections.of("まつり"), "a word without kanji");
        assertEquals(List.of(), inflections.of("引き継ぎ事項"), "more than one word");
    }
}
