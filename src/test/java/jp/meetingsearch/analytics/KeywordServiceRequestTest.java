package jp.meetingsearch.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class KeywordServiceRequestTest {
    /** The time limit is SEARCH_TIMEOUT_MS, as for searches, written as Elasticsearch writes durations. */
    private static final RemarkAggregations.Target TARGET = new RemarkAggregations.Target("i", "2500ms");

    private static final Query ROLE = Foreground.role("事務局").query();
    private static final Query FY = Query.of(q -> q.term(t -> t.field("fiscal_year").value(2021)));

    @Test
    void significantTextInASeededSampleAgainstTheFilteredBackground() throws Exception {
        JsonNode json = RequestJson.of(KeywordService.request(TARGET, ROLE, FY, Set.of(), new KeywordOptions(15, 3, 500)));
        assertEquals(RequestJson.parse("""
                {"aggregations": {"sample": {
                   "aggregations": {"keywords": {"significant_text": {
                     "background_filter": {"term": {"fiscal_year": {"value": 2021}}},
                     "exclude": ".|[0-9][0-9.,]*",
                     "field": "text",
                     "filter_duplicate_text": true,
                     "min_doc_count": 3,
                     "size": 15}}},
                   "sampler": {"shard_size": 500}}},
                 "query": {"function_score": {
                   "boost_mode": "replace",
                   "functions": [{"random_score": {"field": "_seq_no", "seed": "20211221"}}],
                   "query": {"bool": {"filter": [{"term": {"role": {"value": "事務局"}}},
                                                 {"term": {"fiscal_year": {"value": 2021}}}]}}}},
                 "_source": {"includes": ["text"]},
                 "size": 200, "timeout": "2500ms", "track_total_hits": true}
                """), json);
    }

    @Test
    void withoutFiltersTheBackgroundIsEveryRemarkAsAQueryCountsThem() throws Exception {
        JsonNode json = RequestJson.of(KeywordService.request(TARGET, ROLE, Query.of(q -> q.matchAll(m -> m)), Set.of(),
                KeywordOptions.DEFAULTS));
        JsonNode sig = json.at("/aggregations/sample/aggregations/keywords/significant_text");
        // a filter of every remark, not the index statistics (which count deleted copies): AnalyticsApiIT
        assertTrue(sig.at("/background_filter/match_all").isObject(), sig.toString());
        assertEquals(1, json.at("/query/function_score/query/bool/filter").size());
        assertEquals(KeywordOptions.DEFAULT_SIZE, sig.get("size").asInt());
        assertEquals(KeywordOptions.DEFAULT_SAMPLE, json.at("/aggregations/sample/sampler/shard_size").asInt());
    }

    @Test
    void excludedWordsAreEscapedForLuceneRegularExpressions() {
        String pattern = KeywordService.excludePattern(List.of("防災", "a.b", "ワーク・ライフ"));
        assertEquals(".|[0-9][0-9.,]*|防災|a\\.b|ワーク\\・ライフ", pattern);
        // Lucene's syntax agrees with java.util.regex on these constructs: check what the pattern accepts
        Pattern p = Pattern.compile(pattern);
        for (String excluded : List.of("市", "7", "2021", "3.5", "1,000", "防災", "a.b")) {
            assertTrue(p.matcher(excluded).matches(), excluded);
        }
        for (String kept : List.of("防災訓練", "協働", "axb", "R3", "7月")) {
            assertFalse(p.matcher(kept).matches(), kept);
        }
    }
}
