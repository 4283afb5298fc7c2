package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.analytics.AnalyticsFixture;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.testsupport.SampleService;
import jp.meetingsearch.testsupport.TestCluster;
import jp.meetingsearch.themes.Taxonomy;
import jp.meetingsearch.themes.TagFields;
import jp.meetingsearch.themes.ThemeTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page sorted by relevance read from its query's head is the page of the whole query: the same remarks in the same
 * order with the same scores, highlights, total and facets, over the sample corpus and over a sampled index with
 * remarks waiting for their theme tags.
 */
class PageHeadIT {
    private static final TestCluster ES = TestCluster.get();

    /** The same query without its head: its pages are read as before, from the whole query. */
    private static RemarkQuery whole(RemarkQuery q) {
        return new RemarkQuery(q.filters(), q.query(), q.expanded(), q.match(), q.related(), null);
    }

    /** What a reader of the page sees of each hit, with the sort values that order it. */
    private static List<String> seen(RemarkPages.Page page) {
        List<String> out = new ArrayList<>();
        for (RemarkPages.PageHit h : page.hits()) {
            out.add(h.source().id() + " " + h.sort().stream().map(v -> String.valueOf(v._get())).toList() + " "
                    + h.highlight());
        }
        return out;
    }

    @Test
    void everyPageOfAOneWordSearchIsTheWholeQuerysPage() throws IOException {
        AppConfig cfg = SampleService.get().config();
        Indices indices = new Indices(cfg.indexPrefix());
        Path file = Path.of(System.getProperty("project.basedir", ".")).resolve("mappings/synonyms.txt");
        Synonyms synonyms = Synonyms.parse(Files.readAllLines(file), file.toString());
        RemarkQueries queries = SearchService.queries(ES.client(), indices, ThemeFilters.NONE, () -> synonyms);
        RemarkPages pages = new RemarkPages(ES.client(), indices, queries,
                SearchSettings.of(AppConfig.from(Map.of()).search(), 0));
        // common words of the corpus (with and without synonyms), words of roles and names, rare words; at the
        // exact level and broad, alone and under a filter
        Set<String> words = new LinkedHashSet<>(List.of("地域", "予算", "防災", "子育て", "高齢者", "市民", "協働",
                "委員会", "議長", "事務局", "課長", "環境", "学校", "公園", "ごみ", "情報", "計画", "支援", "事業",
                "説明", "委員", "会長", "市長", "補正予算", "図書館", "ボランティア", "人材", "空き家", "交通"));
        words.addAll(speakers(indices));
        int compared = 0;
        List<String> unchecked = new ArrayList<>();
        for (String word : words) {
            for (MatchMode mode : List.of(MatchMode.EXACT, MatchMode.BROAD)) {
                for (RemarkFilters f : List.of(
                        RemarkFilters.NONE.withQuery(SimpleQuery.parse(word, "q")).withMatch(mode),
                        new RemarkFilters(SimpleQuery.parse(word, "q"), List.of(), List.of("member"), null, null,
                                null, null, null, null, null, null, null, null, true, mode, null))) {
                    RemarkQuery q = queries.prepareToShow(f);
                    if (q.head() == null) {
                        unchecked.add(word + " " + mode);
                        continue;
                    }
                    List<String> cursorless = null;
                    for (int[] page : new int[][] {{10, 0}, {10, 10}, {3, 0}, {20, 40}}) {
                        RemarkPages.PageSpec spec = new RemarkPages.PageSpec(SortOrder.RELEVANCE, page[0],
                                page[1], null, true, RemarkPages.NO_FACETS);
                        RemarkPages.Page fromHead = pages.fetch(q, spec);
                        RemarkPages.Page fromWhole = pages.fetch(whole(q), spec);
                        String what = word + " " + mode + " " + f.roleGroups() + " size " + page[0] + " from "
                                + page[1];
                        assertEquals(fromWhole.total(), fromHead.total(), what);
                        assertEquals(seen(fromWhole), seen(fromHead), what);
                        compared++;
                        if (page[1] == 0 && page[0] == 10) {
                            cursorless = seen(fromHead);
                            // the next page after the first one's last hit, as a cursor reads it
                            if (fromHead.hits().size() == 10) {
                                List<FieldValue> after = fromHead.hits().getLast().sort();
                                RemarkPages.PageSpec next = new RemarkPages.PageSpec(SortOrder.RELEVANCE, 10, 0,
                                        after, true, RemarkPages.NO_FACETS);
                                assertEquals(seen(pages.fetch(whole(q), next)), seen(pages.fetch(q, next)),
                                        what + " after the cursor");
                                compared++;
                            }
                        }
                    }
                    assertFalse(cursorless == null);
                }
            }
        }
        assertTrue(compared > 300, compared + " pages compared");
        // a search tries the exact words first and reads another query's page when they match under a page: a head
        // that does not fill that page is not followed by the whole query's page
        int under = 0;
        for (String word : speakers(indices)) {
            RemarkQuery q = queries.exactFirst(RemarkFilters.NONE.withQuery(SimpleQuery.parse(word, "q")))
                    .orElseThrow();
            RemarkPages.PageSpec spec = new RemarkPages.PageSpec(SortOrder.RELEVANCE, 20, 0, null, true,
                    RemarkPages.NO_FACETS);
            long whole = pages.fetch(whole(q), spec).total();
            long short0 = pages.headShort();
            RemarkPages.Page page = pages.fetchUnmarked(q, spec, RemarkQueries.EXACT_ENOUGH);
            assertEquals(whole, page.total(), word);
            if (whole < RemarkQueries.EXACT_ENOUGH) {
                under++;
                assertEquals(short0, pages.headShort(), word + ": " + whole + " exact matches");
            }
        }
        assertTrue(under > 0, "no speaker's name matches under a page as typed");
        // both ways occur: pages the head fills, and pages it leaves short (read from the whole query)
        assertTrue(pages.headPages() > 50, pages.headPages() + " pages read from their head");
        assertTrue(pages.headShort() > 20, pages.headShort() + " pages the head could not fill");
        assertTrue(unchecked.isEmpty(), "one-word queries without a head: " + unchecked);
    }

    @Test
    void sampledFacetsCountTheRemarksWaitingForTheirTagsAsTheWholeQuerysFacetsDo(@TempDir Path dir)
            throws Exception {
        AppConfig cfg = ES.newDataset();
        try {
            Indices indices = new Indices(cfg.indexPrefix());
            List<JsonNode> fixture = AnalyticsFixture.ndjson(ES.mapper(), "analytics/remarks.ndjson");
            List<JsonNode> docs = copies(fixture, 70, "c", false);
            AnalyticsFixture.index(ES, cfg, docs, AnalyticsFixture.ndjson(ES.mapper(), "analytics/meetings.ndjson"));
            Path themes = dir.resolve("themes.txt");
            Files.writeString(themes, AnalyticsFixture.text("analytics/themes.txt"));
            Taxonomy taxonomy = new Taxonomy(themes);
            try (ThemeTagger tagger = new ThemeTagger(ES.client(), indices, taxonomy, ES.mapper(), 1000)) {
                while (tagger.round().left() > 0) {
                    // tag every remark, so that the themes are counted from their tags
                }
            }
            assertTrue(taxonomy.view().allTagged());
            Map<String, String> env = new HashMap<>(System.getenv());
            env.put("FACET_SAMPLE_SIZE", "200");
            SearchSettings settings = SearchSettings.of(AppConfig.from(env));
            RemarkQueries queries = SearchService.queries(ES.client(), indices, taxonomy, () -> Synonyms.NONE);
            RemarkPages pages = new RemarkPages(ES.client(), indices, queries, settings);
            RemarkPages.PageSpec spec = new RemarkPages.PageSpec(SortOrder.RELEVANCE, 10, 0, null, true,
                    RemarkPages.FACETS);
            Map<String, Map<String, List<FacetBucket>>> before = new HashMap<>();
            for (boolean pending : List.of(false, true)) {
                if (pending) {
                    // remarks a loader wrote since: they wait for their tags, and the rules must count them
                    AnalyticsFixture.rewrite(ES, cfg, copies(fixture, 10, "new", true));
                }
                for (String word : List.of("防災", "予算", "照会")) {
                    RemarkQuery q = queries.prepareToShow(RemarkFilters.NONE.withQuery(SimpleQuery.parse(word, "q"))
                            .withMatch(MatchMode.EXACT));
                    assertTrue(q.head() != null, word);
                    RemarkPages.Page fromHead = pages.fetch(q, spec);
                    RemarkPages.Page fromWhole = pages.fetch(whole(q), spec);
                    assertEquals(fromWhole.total(), fromHead.total(), word);
                    assertEquals(seen(fromWhole), seen(fromHead), word);
                    SearchFacets.Result a = pages.facets(whole(q), fromWhole);
                    SearchFacets.Result b = pages.facets(q, fromHead);
                    assertTrue(b.approximate(), word + ": the facets are sampled");
                    assertEquals(a, b, word + (pending ? ", remarks waiting for their tags" : ""));
                    if (pending) {
                        assertFalse(b.facets().get("theme").equals(before.get(word).get("theme")),
                                word + ": the remarks waiting for their tags count in the theme facet");
                    } else {
                        before.put(word, b.facets());
                    }
                }
            }
            assertTrue(pages.headPages() >= 6, pages.headPages() + " pages read from their head");
        } finally {
            ES.deleteDataset(cfg.indexPrefix());
        }
    }

    /** {@code n} copies of each remark under new ids, waiting for their theme tags or not. */
    private static List<JsonNode> copies(List<JsonNode> fixture, int n, String tag, boolean pending) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode d : fixture) {
            for (int c = 0; c < n; c++) {
                ObjectNode copy = d.deepCopy();
                copy.put("id", d.get("id").asText() + "-" + tag + c);
                if (pending) {
                    copy.put(TagFields.PENDING, true);
                }
                out.add(copy);
            }
        }
        return out;
    }

    /** Every speaker's name in the sample corpus. */
    private static List<String> speakers(Indices indices) throws IOException {
        var r = ES.client().search(s -> s.index(indices.alias(IndexName.REMARKS)).size(0)
                .aggregations("s", a -> a.terms(t -> t.field("speaker").size(200))), Void.class);
        return r.aggregations().get("s").sterms().buckets().array().stream()
                .map(b -> b.key().stringValue()).toList();
    }
}
