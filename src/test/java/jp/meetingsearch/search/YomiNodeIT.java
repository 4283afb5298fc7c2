package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reading the service builds for a query word ({@link Yomi}) is the term the node indexes for the same word in
 * {@code text.yomi}: the shingle that starts at the word's first character and ends at its last. If the two chains
 * drifted apart (a filter added to one), the reading clause would silently find nothing.
 */
class YomiNodeIT {
    private static final TestCluster ES = TestCluster.get();
    private static AppConfig cfg;
    private static String alias;

    @BeforeAll
    static void index() throws IOException {
        cfg = ES.newDataset();
        Indices indices = new Indices(cfg.indexPrefix());
        new IndexBootstrap(ES.client(), IndexDefinitions.load(), indices).ensureAll();
        alias = indices.alias(IndexName.REMARKS);
    }

    @AfterAll
    static void drop() throws IOException {
        ES.deleteDataset(cfg.indexPrefix());
    }

    @Test
    void theServiceReadsAWordAsTheNodeIndexesIt() throws IOException {
        Yomi yomi = Thesaurus.yomi();
        for (String word : List.of("ゴミ箱", "ごみ箱", "取り扱い", "取扱", "申合せ事項", "子どもの居場所", "人財バンク",
                "まちづくり", "ストップウォッチ", "コーディネーター", "ｺﾄﾞﾓ", "ＮＰＯ法人", "佐藤花子", "さとう", "放課後児童クラブ")) {
            JsonNode tokens = ES.request("POST", "/" + alias + "/_analyze",
                    ES.mapper().createObjectNode().put("field", "text.yomi").put("text", word).toString()).get("tokens");
            String whole = null;
            for (JsonNode t : tokens) {
                if (t.get("start_offset").asInt() == 0 && t.get("end_offset").asInt() == word.length()) {
                    whole = t.get("token").asText();
                }
            }
            assertEquals(whole, yomi.of(word).orElse(null), word + ": " + tokens);
        }
    }
}
