package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.UUID;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whether a query reaches a number of matches, asked of the real node with {@code terminate_after}, gives what the
 * full count gives, also over several shards (two indices behind one alias) where no shard alone reaches it.
 */
class MatchCounterIT {
    private static final TestCluster ES = TestCluster.get();
    private static final String NAME = "counter-" + UUID.randomUUID().toString().substring(0, 8);
    private static MatchCounter counter;

    @BeforeAll
    static void index() throws IOException {
        // shard a: 6 remarks with 防災, 15 with 地域, 3 with neither; shard b: 6 with 防災, 2 with 地域
        fill(NAME + "-a", 6, 15, 3);
        fill(NAME + "-b", 6, 2, 0);
        ES.request("POST", "/_aliases", "{\"actions\":[{\"add\":{\"index\":\"" + NAME + "-a\",\"alias\":\"" + NAME
                + "\"}},{\"add\":{\"index\":\"" + NAME + "-b\",\"alias\":\"" + NAME + "\"}}]}");
        counter = new MatchCounter(ES.client(), NAME);
    }

    private static void fill(String index, int bousai, int chiiki, int neither) throws IOException {
        ES.request("PUT", "/" + index, "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0},"
                + "\"mappings\":{\"properties\":{\"word\":{\"type\":\"keyword\"}}}}");
        StringBuilder bulk = new StringBuilder();
        int[] counts = {bousai, chiiki, neither};
        String[] words = {"防災", "地域", "その他"};
        for (int w = 0; w < words.length; w++) {
            for (int i = 0; i < counts[w]; i++) {
                bulk.append("{\"index\":{}}\n{\"word\":\"").append(words[w]).append("\"}\n");
            }
        }
        ES.request("POST", "/" + index + "/_bulk?refresh=true", bulk.toString());
    }

    @AfterAll
    static void drop() throws IOException {
        ES.request("DELETE", "/" + NAME + "-a," + NAME + "-b", null);
    }

    private static Query word(String w) {
        return Query.of(q -> q.term(t -> t.field("word").value(w)));
    }

    @Test
    void reachingANumberIsDecidedAsTheFullCountDecidesIt() throws IOException {
        assertEquals(12, counter.count(word("防災")));
        assertEquals(17, counter.count(word("地域")));
        for (String w : new String[] {"防災", "地域", "その他", "無い"}) {
            long full = counter.count(word(w));
            for (int n = 1; n <= 20; n++) {
                assertEquals(full >= n, counter.reaches(word(w), n), w + " reaches " + n + " (full count " + full + ")");
            }
        }
    }

    @Test
    void queriesCountedTogetherCountWhatEachCountsAlone() throws IOException {
        java.util.List<Query> words = java.util.List.of(word("防災"), word("地域"), word("その他"), word("無い"));
        java.util.List<Long> alone = new java.util.ArrayList<>();
        for (Query w : words) {
            alone.add(counter.count(w));
        }
        assertEquals(java.util.List.of(12L, 17L, 3L, 0L), alone);
        assertEquals(alone, counter.counts(words));
        assertEquals(java.util.List.of(12L), counter.counts(words.subList(0, 1)));
        assertEquals(java.util.List.of(), counter.counts(java.util.List.of()));
    }

    @Test
    void noShardAloneNeedReachTheNumber() throws IOException {
        // 6 + 6: neither shard stops at 10, their sum reaches it
        assertTrue(counter.reaches(word("防災"), 10));
        assertTrue(counter.reaches(word("防災"), 12));
        assertFalse(counter.reaches(word("防災"), 13));
    }
}
