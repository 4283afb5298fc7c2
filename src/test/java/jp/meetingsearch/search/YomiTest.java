package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;

import jp.meetingsearch.index.IndexDefinitions;
import org.junit.jupiter.api.Test;

class YomiTest {
    private final Yomi yomi = new Yomi(IndexDefinitions.userDictionary());

    private String of(String word) {
        return yomi.of(word).orElseThrow();
    }

    @Test
    void kanaAndKanjiSpellingsReadTheSame() {
        assertEquals(of("ゴミ箱"), of("ごみ箱"));
        assertEquals(of("子供"), of("こども"));
        assertEquals(of("子供"), of("子ども"));
        assertEquals(of("見守り隊"), of("みまもり隊"));
    }

    @Test
    void aCompoundSplitsIntoTheTokensTheIndexHas() {
        assertEquals(java.util.List.of("水害", "対策"), yomi.parts("水害対策"));
        assertEquals(java.util.List.of("住民", "アンケート"), yomi.parts("住民アンケート"));
        assertEquals(java.util.List.of("理事", "会"), yomi.parts("理事会"));
    }

    @Test
    void okuriganaVariantsReadTheSame() {
        assertEquals("トリアツカイ", of("取扱"));
        assertEquals(of("取扱"), of("取り扱い"));
        assertEquals(of("取扱"), of("取扱い"));
        assertEquals(of("申込"), of("申し込み"));
        assertEquals(of("引下げ"), of("引き下げ"));
        assertEquals(of("問合せ"), of("問い合わせ"));
    }

    @Test
    void widthSmallKanaLongVowelsAndCaseAreFolded() {
        assertEquals(of("こども"), of("ｺﾄﾞﾓ"));
        assertEquals("npo", of("NPO"));
        assertEquals(of("ストップウォッチ"), of("ストツプウオツチ"));
        assertEquals(of("サーバー"), of("サーバ"));
    }

    @Test
    void theUserDictionaryGivesItsReadings() {
        assertEquals("ジンザイ", of("人財"));
        assertEquals(of("人材"), of("人財"));
    }

    @Test
    void aWordIsReadWholeAndDifferentWordsStayApart() {
        assertEquals("リジカイ", of("理事会"));
        assertNotEquals(of("理事会"), of("理事者"));
        assertEquals("サトウ", of("さとう"));
        assertEquals("サトウ", of("佐藤"));
    }

    @Test
    void nothingToReadOrTooLongGivesNothing() {
        assertEquals(Optional.empty(), yomi.of("、。"));
        assertEquals(Optional.empty(), yomi.of("土地区画整理事業の推進"));
    }

    @Test
    void wordsReadOnManyThreadsAtOnceReadAsTheyDoOneByOne() throws Exception {
        // the API reads each request's words on a new virtual thread; the analysis chains go from one to the next
        java.util.List<String> words = java.util.List.of("ゴミ箱", "取り扱い", "住民アンケート", "山﨑", "理事会",
                "こども", "地域包括支援センター", "ワーク・ライフ・バランス");
        java.util.Map<String, String> alone = new java.util.HashMap<>();
        java.util.Map<String, java.util.List<String>> parts = new java.util.HashMap<>();
        for (String w : words) {
            alone.put(w, yomi.of(w).orElse("-"));
            parts.put(w, yomi.parts(w));
        }
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            java.util.List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                String w = words.get(i % words.size());
                answers.add(pool.submit(() -> {
                    String reading = yomi.of(w).orElse("-");
                    java.util.List<String> p = yomi.parts(w);
                    return reading.equals(alone.get(w)) && p.equals(parts.get(w)) ? "same" : w + ": " + reading + p;
                }));
            }
            for (var a : answers) {
                assertEquals("same", a.get());
            }
        }
    }
}
