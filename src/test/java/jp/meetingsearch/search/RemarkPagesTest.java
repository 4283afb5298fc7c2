package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.index.Indices;
import org.junit.jupiter.api.Test;

class RemarkPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RemarkQueries queries = new RemarkQueries(FixedThemes.of("防災", "防災"), () -> Synonyms.NONE,
            Synonyms.NONE, Thesaurus.yomi(), SearchFeatures.ALL, null);
    private final RemarkPages pages = new RemarkPages(null, new Indices("t-"), queries,
            SearchSettings.of(AppConfig.from(Map.of("SEARCH_TIMEOUT_MS", "2500")).search(), 0));

    private JsonNode request(String q, RemarkPages.PageSpec spec) throws Exception {
        RemarkQuery prepared = queries.prepare(RemarkFilters.NONE.withQuery(SimpleQuery.parse(q, "q")));
        JsonNode json = RemarkQueryBuilderTest.json(pages.request(prepared, spec,
                spec.facets() == RemarkPages.NO_FACETS ? null : pages.facets(false)));
        // the request body without the query, which RemarkQueryBuilderTest covers
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("query");
        return json;
    }

    @Test
    void aSearchPageAsksForTimeoutTotalsSortHighlightsAndFacets() throws Exception {
        JsonNode r = request("防災", new RemarkPages.PageSpec(SortOrder.RELEVANCE, 20, 40, null, true,
                RemarkPages.FACETS));
        JsonNode expected = JSON.readTree("""
                {"aggregations":{
                   "role":{"terms":{"field":"role","size":30}},
                   "speaker":{"terms":{"field":"speaker","size":30}},
                   "group":{"terms":{"field":"group","size":30}},
                   "body":{"terms":{"field":"body","size":30}},
                   "fiscal_year":{"terms":{"field":"fiscal_year","order":[{"_key":"asc"}],"size":100}},
                   "themes":{"filters":{"filters":{"防災":{"match_phrase":{"text":{"query":"防災"}}}},
                     "other_bucket_key":"_untagged"}}},
                 "from":40,
                 "highlight":{"fields":[
                   {"text":{"highlight_query":{"bool":{"minimum_should_match":"1","should":[
                     {"match_phrase":{"text":{"query":"防災"}}}]}}}},
                   {"text.bigram":{"highlight_query":{"bool":{"minimum_should_match":"1","should":[
                     {"match_phrase":{"text.bigram":{"query":"防災"}}}]}}}}],
                   "number_of_fragments":0,"post_tags":["\\uE001"],"pre_tags":["\\uE000"],"type":"unified"},
                 "size":20,
                 "sort":[{"_score":{"order":"desc"}},{"meeting_date":{"order":"desc"}},{"id":{"order":"asc"}}],
                 "_source":{"includes":["id","meeting_id","meeting_title","meeting_date","fiscal_year","body","order",
                   "section","agenda_item","role","role_group","speaker","seat","group","source","project_links","text"]},
                 "timeout":"2500ms",
                 "track_total_hits":true}""");
        assertEquals(expected, r);
    }

    @Test
    void aCursorPageUsesSearchAfterAndAnExportPageNeitherHighlightsNorCounts() throws Exception {
        JsonNode r = request("防災", new RemarkPages.PageSpec(SortOrder.DATE, 500, 0,
                List.of(FieldValue.of(1L), FieldValue.of("m"), FieldValue.of(2L), FieldValue.of("m-0002")), false, RemarkPages.NO_FACETS));
        assertEquals(JSON.readTree("[1,\"m\",2,\"m-0002\"]"), r.get("search_after"));
        assertFalse(r.has("from"));
        assertFalse(r.has("highlight"));
        assertFalse(r.has("aggregations"));
        assertEquals(JSON.readTree("""
                [{"meeting_date":{"order":"asc"}},{"meeting_id":{"order":"asc"}},{"order":{"order":"asc"}},
                 {"id":{"order":"asc"}}]"""), r.get("sort"));
        assertEquals("2500ms", r.get("timeout").asText());
    }

    @Test
    void aPageWithFacetsIsTwoSearchesTheHitsUncountedAndTheFacetsWithoutHits() throws Exception {
        RemarkQuery prepared = queries.prepare(RemarkFilters.NONE.withQuery(SimpleQuery.parse("防災", "q")));
        RemarkPages.PageSpec spec = new RemarkPages.PageSpec(SortOrder.RELEVANCE, 10, 0, null, true,
                RemarkPages.FACETS);
        List<co.elastic.clients.elasticsearch.core.SearchRequest> parts = pages.withFacets(prepared, spec,
                pages.facets(false));
        assertEquals(2, parts.size());
        JsonNode hits = RemarkQueryBuilderTest.json(parts.get(0));
        JsonNode counts = RemarkQueryBuilderTest.json(parts.get(1));
        // without a total Elasticsearch may skip the matches that cannot reach the page
        assertFalse(hits.get("track_total_hits").asBoolean());
        assertFalse(hits.has("aggregations"));
        assertEquals(10, hits.get("size").asInt());
        assertEquals(hits.get("query"), counts.get("query"));
        assertEquals(0, counts.get("size").asInt());
        assertEquals(JSON.readTree("true"), counts.get("track_total_hits"));
        assertFalse(counts.has("highlight"));
        assertEquals(RemarkQueryBuilderTest.json(pages.request(prepared, spec, pages.facets(false)))
                .get("aggregations"), counts.get("aggregations"));
    }

    @Test
    void aSampledPageCountsTheTotalWithTheFacetsInARandomSamplerAndAsksWhetherAnyRemarkWaitsForItsTags()
            throws Exception {
        RemarkQuery prepared = queries.prepare(RemarkFilters.NONE.withQuery(SimpleQuery.parse("防災", "q")));
        RemarkPages.PageSpec spec = new RemarkPages.PageSpec(SortOrder.RELEVANCE, 10, 0, null, true,
                RemarkPages.FACETS);
        ThemeCounting tags = ThemeCounting.byTags("themes", Map.of("防災", co.elastic.clients.elasticsearch._types
                .query_dsl.Query.of(q -> q.matchAll(m -> m))), co.elastic.clients.elasticsearch._types.query_dsl
                .Query.of(q -> q.term(t -> t.field("themes_pending").value(true))), null);
        // facets sampling about 500 matches
        RemarkPages sampling = new RemarkPages(null, new Indices("t-"), queries,
                SearchSettings.of(AppConfig.from(Map.of()).search(), 500));
        List<co.elastic.clients.elasticsearch.core.SearchRequest> parts = sampling.withFacets(prepared, spec,
                new SearchFacets(tags, 0.2));
        JsonNode hits = RemarkQueryBuilderTest.json(parts.get(0));
        JsonNode facets = RemarkQueryBuilderTest.json(parts.get(1));
        // the sample visits only some matches: the facets' search counts them besides, up to twice the sample size,
        // beyond which the sample estimates them; the page counts nothing
        assertFalse(hits.get("track_total_hits").asBoolean());
        assertEquals(hits.get("query"), facets.get("query"));
        assertEquals(JSON.readTree("1000"), facets.get("track_total_hits"));
        JsonNode aggs = facets.get("aggregations");
        assertEquals(List.of("facets_sample"), aggs.properties().stream().map(Map.Entry::getKey).toList());
        assertEquals(0.2, aggs.at("/facets_sample/random_sampler/probability").asDouble());
        assertTrue(aggs.at("/facets_sample/random_sampler/seed").isNumber(), "the same search gives the same counts");
        assertTrue(aggs.at("/facets_sample/aggregations").has("role"));
        assertTrue(aggs.at("/facets_sample/aggregations").has("themes_tagged"));
        assertFalse(aggs.at("/facets_sample/aggregations").has("themes_pending"),
                "whether remarks wait for their tags is known exactly, outside the sample");
        // ... first by asking whether any remark of the index waits, a search of those remarks alone that stops
        // at the first; not by visiting every match
        assertEquals(3, parts.size());
        JsonNode waiting = RemarkQueryBuilderTest.json(parts.get(2));
        assertEquals(0, waiting.get("size").asInt());
        assertEquals(JSON.readTree("1"), waiting.get("track_total_hits"));
        assertFalse(waiting.has("aggregations"));
        assertEquals(JSON.readTree("{\"term\":{\"themes_pending\":{\"value\":true}}}"), waiting.get("query"));
    }

    @Test
    void aSampleIsAboutTheSampleSizeOfTheRemarksAndNoneWhenThatWouldBeHalfOrMore() {
        assertEquals(0.2, Sampling.probability(20_000, 100_000));
        assertEquals(1, Sampling.probability(20_000, 40_000), "a random sampler takes under 0.5, or 1");
        assertEquals(1, Sampling.probability(20_000, 39_999));
        assertTrue(Sampling.probability(20_000, 40_001) < 0.5);
        assertEquals(1, Sampling.probability(0, 1_000_000), "0 turns sampling off");
        assertEquals(1, Sampling.probability(20_000, 0));
        assertThrows(IllegalArgumentException.class, () -> new SearchFacets(ThemeCounting.byQueries(Map.of()), 0.5));
    }

    @Test
    void aSampleTooSmallForTheMatchesIsTakenAgainAtTheirSizeOrNotAtAll() {
        // 1,000,000 remarks, a sample of 20,000: 0.02
        assertEquals(0.02, Sampling.refit(0.02, 500_000, 20_000), "about 10,000 sampled: kept");
        assertEquals(0.02, Sampling.refit(0.02, 250_000, 20_000), "5,000: a quarter, kept");
        assertEquals(0.1, Sampling.refit(0.02, 200_000, 20_000), 1e-12, "4,000: taken again, 20,000 of 200,000");
        assertEquals(1, Sampling.refit(0.02, 40_000, 20_000), "half or more: every match");
        assertEquals(1, Sampling.refit(0.02, 3, 20_000));
        assertEquals(1, Sampling.refit(1, 3, 20_000), "every match counted stays so");
    }

    @Test
    void aSampleStandsForItsRemarksOverItsProbability() {
        assertEquals(518_750, Sampling.estimate(10_375, 0.02));
        assertEquals(3, Sampling.estimate(1, 0.3), "rounded to a whole remark");
        assertEquals(0, Sampling.estimate(0, 0.02));
        assertEquals(40, Sampling.estimate(40, 1), "every match sampled: the matches themselves");
        assertThrows(IllegalArgumentException.class, () -> Sampling.estimate(10, 0.7), "no sampler takes 0.7");
    }

    @Test
    void theTypedClientReadsARandomSamplersBucketAsASingleBucket() throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree("""
                {"filter#themes_pending":{"doc_count":0},
                 "random_sampler#facets_sample":{"seed":1,"probability":0.2,"doc_count":7,
                   "sterms#role":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[
                     {"key":"委員","doc_count":35}]}}}""");
        Sampling.readable(tree);
        assertEquals(JSON.readTree("""
                {"filter#themes_pending":{"doc_count":0},
                 "filter#facets_sample":{"doc_count":7,
                   "sterms#role":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[
                     {"key":"委員","doc_count":35}]}}}"""), tree);
    }
}
