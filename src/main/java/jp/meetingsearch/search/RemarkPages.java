package jp.meetingsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;

/**
 * Reads pages of remarks from Elasticsearch: the search request (sort, search_after, timeout, highlighting,
 * facets) and the marks of each hit. Shared by search, KWIC and export.
 */
final class RemarkPages {
    private final ElasticsearchClient client;
    private final String alias;
    private final RemarkQueryBuilder builder;
    private final ThemeFilters themes;
    private final SearchSettings settings;

    RemarkPages(ElasticsearchClient client, Indices indices, RemarkQueries queries, SearchSettings settings) {
        this.client = client;
        this.alias = indices.alias(IndexName.REMARKS);
        this.builder = queries.builder();
        this.themes = queries.themes();
        this.settings = settings;
    }

    /**
     * What one page request asks for beyond the query.
     *
     * @param facets {@link #NO_FACETS}, {@link #FACETS} (sampled beyond the sample size) or {@link #EXACT_FACETS}
     */
    record PageSpec(SortOrder sort, int size, int from, List<FieldValue> after, boolean highlight, int facets) {
    }

    static final int NO_FACETS = 0;
    static final int FACETS = 1;
    static final int EXACT_FACETS = 2;

    /** One page as Elasticsearch answered it, the marks of each hit alongside, and the facets it asked for. */
    record Page(SearchResponse<RemarkDocument> response, List<MarkedText> marks, SearchFacets facets) {
        List<Hit<RemarkDocument>> hits() {
            return response.hits().hits();
        }

        long total() {
            return response.hits().total() == null ? 0 : response.hits().total().value();
        }
    }

    /** The facets a page asks for now (the theme counting depends on how far tagging is). */
    SearchFacets facets(boolean exact) {
        return new SearchFacets(themes.counting(), exact ? 0 : settings.facetSample());
    }

    /** The request of one page (visible for tests that assert its JSON). */
    SearchRequest request(RemarkQuery q, PageSpec spec, SearchFacets facets) {
        Optional<Highlight> highlight = spec.highlight() ? highlight(q) : Optional.empty();
        return SearchRequest.of(s -> {
            s.index(alias)
                    .query(q.query())
                    .size(spec.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .timeout(settings.timeoutValue())
                    .sort(spec.sort().sortOptions())
                    .source(src -> src.filter(f -> f.includes(RemarkDocument.FIELDS)));
            if (spec.after() != null) {
                s.searchAfter(spec.after());
            } else if (spec.from() > 0) {
                s.from(spec.from());
            }
            highlight.ifPresent(s::highlight);
            if (facets != null) {
                s.aggregations(facets.aggregations());
            }
            return s;
        });
    }

    Page fetch(RemarkQuery q, PageSpec spec) throws IOException {
        SearchFacets facets = spec.facets() == NO_FACETS ? null : facets(spec.facets() == EXACT_FACETS);
        SearchResponse<RemarkDocument> r = client.search(request(q, spec, facets), RemarkDocument.class);
        List<MarkedText> marks = new ArrayList<>();
        if (spec.highlight() && q.hasWords()) {
            marks.addAll(marks(q, r.hits().hits()));
        } else {
            r.hits().hits().forEach(h -> marks.add(new MarkedText(text(h), List.of())));
        }
        return new Page(r, marks, facets);
    }

    private Optional<Highlight> highlight(RemarkQuery q) {
        Optional<Query> onText = builder.phraseHighlight(q.filters().query(), RemarkQueryBuilder.TEXT);
        Optional<Query> onBigrams = builder.phraseHighlight(q.filters().query(), RemarkQueryBuilder.TEXT_BIGRAM);
        if (onText.isEmpty() || onBigrams.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(wholeTextHighlight(List.of(
                NamedValue.of(RemarkQueryBuilder.TEXT, HighlightField.of(f -> f.highlightQuery(onText.get()))),
                NamedValue.of(RemarkQueryBuilder.TEXT_BIGRAM,
                        HighlightField.of(f -> f.highlightQuery(onBigrams.get()))))));
    }

    private static Highlight wholeTextHighlight(List<NamedValue<HighlightField>> fields) {
        return Highlight.of(h -> h
                .type(HighlighterType.Unified)
                .numberOfFragments(0)
                .preTags(MarkedText.START)
                .postTags(MarkedText.END)
                .fields(fields));
    }

    /**
     * The marks of each hit: where its words stand as typed (on the Kuromoji field or the bigrams); for a hit
     * matched only by scattered tokens, a second request marks those tokens.
     */
    private List<MarkedText> marks(RemarkQuery q, List<Hit<RemarkDocument>> hits) throws IOException {
        List<MarkedText> out = new ArrayList<>(hits.size());
        Map<String, Integer> unmarked = new LinkedHashMap<>();
        for (Hit<RemarkDocument> h : hits) {
            List<String> highlights = new ArrayList<>();
            highlights.addAll(h.highlight().getOrDefault(RemarkQueryBuilder.TEXT, List.of()));
            highlights.addAll(h.highlight().getOrDefault(RemarkQueryBuilder.TEXT_BIGRAM, List.of()));
            MarkedText m = MarkedText.of(text(h), highlights);
            if (m.isEmpty() && h.source() != null && h.source().id() != null) {
                unmarked.put(h.source().id(), out.size());
            }
            out.add(m);
        }
        Optional<Query> tokens = builder.tokenHighlight(q.filters().query());
        if (unmarked.isEmpty() || tokens.isEmpty()) {
            return out;
        }
        List<FieldValue> ids = unmarked.keySet().stream().map(FieldValue::of).toList();
        SearchResponse<IdOnly> r = client.search(s -> s.index(alias)
                .query(x -> x.bool(b -> b.filter(f -> f.terms(t -> t.field("id").terms(v -> v.value(ids))))
                        .should(tokens.get())))
                .size(ids.size())
                .timeout(settings.timeoutValue())
                .source(src -> src.filter(f -> f.includes("id")))
                .highlight(wholeTextHighlight(List.of(NamedValue.of(RemarkQueryBuilder.TEXT, HighlightField.of(f -> f))))),
                IdOnly.class);
        for (Hit<IdOnly> h : r.hits().hits()) {
            Integer index = h.source() == null ? null : unmarked.get(h.source().id());
            if (index != null) {
                out.set(index, MarkedText.of(out.get(index).text(),
                        h.highlight().getOrDefault(RemarkQueryBuilder.TEXT, List.of())));
            }
        }
        return out;
    }

    /** The id of a remark, alone. */
    record IdOnly(String id) {
    }

    private static String text(Hit<RemarkDocument> h) {
        return h.source() == null || h.source().text() == null ? "" : h.source().text();
    }
}
