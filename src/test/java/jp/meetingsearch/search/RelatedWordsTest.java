package jp.meetingsearch.search;

import static jp.meetingsearch.search.RemarkQueryBuilderTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.http.params.InvalidParameterException;
import org.junit.jupiter.api.Test;

/** Feedback words: how they are weighed, which are kept, and the query that finds remarks through them. */
class RelatedWordsTest {

    private static RelatedWords.Word word(String w, double score, long docs) {
        return new RelatedWords.Word(w, score, docs);
    }

    @Test
    void aWordOfShortRemarksOutweighsTheSameCountInALongSpeech() {
        // 計画 twice in a turn of 4 words; 予算 twice in a speech of 40: the same counts, a tenth of the share
        Map<String, int[]> turn = Map.of("計画", new int[] {2, 5}, "個別", new int[] {2, 5});
        Map<String, int[]> speech = new java.util.HashMap<>(Map.of("予算", new int[] {2, 5}));
        for (int i = 0; i < 38; i++) {
            speech.put("語" + i, new int[] {1, 5});
        }
        List<RelatedWords.Word> w = RelatedWords.weigh(List.of(turn, speech), 400);
        List<String> order = w.stream().map(RelatedWords.Word::word).toList();
        assertTrue(order.indexOf("計画") < order.indexOf("予算"), order.toString());
        assertEquals(1, w.stream().filter(x -> x.word().equals("計画")).findFirst().orElseThrow().docs());
    }

    @Test
    void aWordEveryRemarkSaysWeighsLessThanARareOne() {
        Map<String, int[]> remark = Map.of("考える", new int[] {3, 390}, "個別避難", new int[] {3, 4});
        List<RelatedWords.Word> w = RelatedWords.weigh(List.of(remark, remark), 400);
        assertEquals("個別避難", w.getFirst().word());
        assertTrue(w.get(0).score() > 10 * w.get(1).score(), w.toString());
        assertEquals(2, w.getFirst().docs());
    }

    @Test
    void theQuerysOwnFormsNumbersAndSingleCharactersAreLeftOut() {
        RelatedWords.Sample s = new RelatedWords.Sample(4, 4, List.of(word("支援", 9, 4), word("2024", 8, 3),
                word("号", 7, 3), word("個別", 6, 3), word("計画", 5, 2), word("佐久間", 4, 1), word("訓練", 3, 2)), 400);
        List<String> kept = RelatedWords.pick(s, List.of("要配慮者", "避難行動要支援者"), 10).stream()
                .map(RelatedWords.Word::word).toList();
        // 支援 is a token of a synonym; 佐久間 is in one sampled remark only
        assertEquals(List.of("個別", "計画", "訓練"), kept);
        assertEquals(List.of("個別", "計画"), RelatedWords.pick(s, List.of("要支援者"), 2).stream()
                .map(RelatedWords.Word::word).toList());
    }

    @Test
    void withOneRemarkSampledItsWordsCount() {
        RelatedWords.Sample s = new RelatedWords.Sample(1, 1, List.of(word("流出", 2, 1), word("破損", 1, 1)), 400);
        assertEquals(2, RelatedWords.pick(s, List.of("加古川堰堤"), 10).size());
        assertTrue(RelatedWords.pick(new RelatedWords.Sample(0, 0, List.of(), 0), List.of("x"), 10).isEmpty());
    }

    @Test
    void aSmallIndexGivesNoWords() {
        List<RelatedWords.Word> words = List.of(word("流出", 2, 2), word("破損", 1, 2));
        assertTrue(RelatedWords.pick(new RelatedWords.Sample(3, 3, words, RelatedWords.MIN_REMARKS - 1), List.of("堰堤"),
                10).isEmpty());
        assertEquals(2, RelatedWords.pick(new RelatedWords.Sample(3, 3, words, RelatedWords.MIN_REMARKS), List.of("堰堤"),
                10).size());
    }

    @Test
    void aRemarkFoundThroughTheWordsHasTwoOfThemWeighedByWeight() throws Exception {
        JsonNode j = json(RelatedWords.query(List.of(word("個別", 4, 3), word("計画", 2, 2), word("訓練", 1, 2)), 2));
        JsonNode bool = j.get("bool");
        assertEquals("2", bool.get("minimum_should_match").asText());
        JsonNode should = bool.get("should");
        assertEquals(3, should.size());
        assertEquals("個別", should.get(0).get("term").get("text").get("value").asText());
        assertEquals(1.0, should.get(0).get("term").get("text").get("boost").asDouble(), 1e-6);
        assertEquals(0.25, should.get(2).get("term").get("text").get("boost").asDouble(), 1e-6);
        // one word kept: that one
        assertEquals("1", json(RelatedWords.query(List.of(word("個別", 4, 3)), 2)).get("bool")
                .get("minimum_should_match").asText());
    }

    @Test
    void matchRelatedIsAModeAndUnknownModesNameIt() {
        assertEquals(MatchMode.RELATED, MatchMode.parse(" Related ", "match"));
        InvalidParameterException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidParameterException.class,
                () -> MatchMode.parse("feedback", "match"));
        assertTrue(e.getMessage().contains("related"), e.getMessage());
        assertFalse(SearchFeatures.NONE.related());
        assertTrue(SearchFeatures.ALL.related());
    }
}
