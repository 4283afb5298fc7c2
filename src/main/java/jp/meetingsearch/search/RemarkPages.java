package jp.meetingsearch.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TrackHits;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.util.NamedValue;
import co.elastic.clients.util.ObjectBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;

/**
 * Reads pages of remarks from Elasticsearch: the search request (sort, search_after, timeout, highlighting,
 * facets) and the marks of each hit. Shared by search, KWIC and export.
 */
final class RemarkPages {
    private final ElasticsearchClient client;
    private final JsonpMapper jsonp;
    private final ObjectMapper mapper;
    private final String alias;
    private final IndexSize size;
    private final RemarkQueryBuilder builder;
    private final ThemeFilters themes;
    private final SearchSettings settings;
    /** Pages read from their query's head alone, and those the head could not fill (for tests). */
    private final AtomicLong headPages = new AtomicLong();
    private final AtomicLong headShort = new AtomicLong();

    RemarkPages(ElasticsearchClient client, Indices indices, RemarkQueries queries, SearchSettings settings) {
        this.client = client;
        this.jsonp = client == null ? null : client._jsonpMapper();
        // the client's own mapper: documents read the same way (snake_case fields, dates) on both paths
        this.mapper = client == null ? null : ((JacksonJsonpMapper) jsonp).objectMapper();
        this.alias = indices.alias(IndexName.REMARKS);
        this.size = new IndexSize(client, alias);
        this.builder = queries.builder();
        this.themes = queries.themes();
        this.settings = settings;
    }

    /** How long a point in time stays open between two pages of an export; every page renews it. */
    static final String PIT_KEEP_ALIVE = "1m";

    /**
     * What one page request asks for beyond the query.
     *
     * @param facets {@link #NO_FACETS}, {@link #FACETS} (sampled from a large index) or {@link #EXACT_FACETS}
     * @param pit    a point in time to read from (an export's snapshot), or null for the index as it is now
     */
    record PageSpec(SortOrder sort, int size, int from, List<FieldValue> after, boolean highlight, int facets,
                    String pit) {
        PageSpec(SortOrder sort, int size, int from, List<FieldValue> after, boolean highlight, int facets) {
            this(sort, size, from, after, highlight, facets, null);
        }
    }

    static final int NO_FACETS = 0;
    static final int FACETS = 1;
    static final int EXACT_FACETS = 2;

    /**
     * One page as Elasticsearch answered it, the marks of each hit alongside, and the facets it asked for.
     *
     * @param total        the matches counted: all of them, or {@link #countUpTo} when {@code totalExact} is false
     * @param totalExact   false when more matched than a count up to a bound counts (a search with sampled facets)
     * @param aggregations the answer's aggregations (empty without facets)
     * @param pitId        the point in time to read the next page with (Elasticsearch may renew its id), or null
     */
    record Page(List<PageHit> hits, long total, boolean totalExact, Map<String, Aggregate> aggregations,
                boolean timedOut, List<MarkedText> marks, SearchFacets facets, String pitId) {
    }

    /** One hit: the stored remark, its highlights by field and its sort values (for search_after). */
    record PageHit(RemarkDocument source, Map<String, List<String>> highlight, List<FieldValue> sort) {
    }

    /**
     * The facets a page asks for now (the theme counting depends on how far tagging is): every match, or, from an
     * index of more than twice {@code FACET_SAMPLE_SIZE} remarks, a random sample of about that many out of every
     * remark, which {@link #facets(RemarkQuery, Page)} takes again once the matches are known if it is too small.
     */
    SearchFacets facets(boolean exact) throws IOException {
        int sample = settings.facetSample();
        return new SearchFacets(themes.counting(),
                exact || sample <= 0 ? 1 : Sampling.probability(sample, size.documents()));
    }

    /**
     * The facets of a page that asked for them, and the total they give. A sample whose probability was set from
     * the size of the index holds about that probability times the matches; when that is under a quarter of the
     * sample size, it is taken again now that the matches are known: every match when they are no more than twice
     * the sample size, else about the sample size of them. When remarks waiting for their theme tags matched, the
     * facets are counted once more with the rules' queries over those remarks. When more matched than the page's
     * count went up to ({@link #countUpTo}), the total is estimated from the sample, the sample's remarks over its
     * probability (more than that bound): it is then as close as the facets' own estimates.
     */
    SearchFacets.Result facets(RemarkQuery q, Page page) throws IOException {
        SearchFacets facets = page.facets();
        Map<String, Aggregate> aggregations = page.aggregations();
        boolean estimated = !page.totalExact() && facets.sampled();
        long total = estimated ? estimate(page, facets, aggregations) : page.total();
        double p = Sampling.refit(facets.probability(), total, settings.facetSample());
        if (p != facets.probability()) {
            facets = facets.withProbability(p);
            // a sample of every match counts them too, when the page could not
            Page again = aggregationsOf(q, facets, estimated && !facets.sampled());
            aggregations = again.aggregations();
            if (estimated) {
                estimated = facets.sampled();
                total = estimated ? estimate(page, facets, aggregations) : again.total();
            }
        }
        SearchFacets.Result counted = facets.read(aggregations, total);
        if (!counted.complete()) {
            facets = facets.withPending();
            counted = facets.read(aggregationsOf(q, facets, false).aggregations(), total);
        }
        return counted.withTotal(total, estimated);
    }

    /**
     * The matches of {@code page} estimated from the sample of {@code facets} in {@code aggregations}: more than
     * the page counted up to, however few the sample holds (so that a sample taken again at their size is one).
     */
    private static long estimate(Page page, SearchFacets facets, Map<String, Aggregate> aggregations) {
        return Math.max(page.total() + 1, Sampling.estimate(Sampling.counted(SearchFacets.SAMPLE, aggregations),
                facets.probability()));
    }

    /**
     * How far a search beside facets counts the matches: every one (-1) unless the facets sample them, when the
     * count stops at twice the sample size (more than that, and the facets' sample estimates the total). A common
     * word's page then costs about what its ten best remarks cost, not a visit to each of its matches.
     */
    int countUpTo(SearchFacets facets) {
        int sample = settings.facetSample();
        return facets != null && facets.sampled() && sample > 0 ? (int) Math.min(Integer.MAX_VALUE, 2L * sample) : -1;
    }

    /** Counts the matches of a search: all of them, or up to {@code bound} when it is not negative. */
    private static ObjectBuilder<TrackHits> counting(TrackHits.Builder t, boolean total, int bound) {
        return !total ? t.enabled(false) : bound < 0 ? t.enabled(true) : t.count(bound);
    }

    /**
     * The aggregations of {@code facets} over the matches of {@code q} ({@link #facetParts}), without hits, and the
     * matches counted when {@code total} is true.
     */
    private Page aggregationsOf(RemarkQuery q, SearchFacets facets, boolean total) throws IOException {
        List<SearchRequest> parts = facetParts(q, facets, total, -1);
        List<Page> answers = parts.size() == 1 ? List.of(send(parts.getFirst(), facets)) : msearch(parts, facets);
        Page first = answers.getFirst();
        Answered facetsOf = facetAggregations(q, facets, answers);
        return new Page(List.of(), first.total(), first.totalExact(), facetsOf.aggregations(),
                facetsOf.timedOut() || answers.stream().anyMatch(Page::timedOut), new ArrayList<>(), facets, null);
    }

    /** The request of one page (visible for tests that assert its JSON). */
    SearchRequest request(RemarkQuery q, PageSpec spec, SearchFacets facets) {
        return request(q, spec, facets, true);
    }

    /** @param total false when another request counts the matches: the page's hits alone */
    SearchRequest request(RemarkQuery q, PageSpec spec, SearchFacets facets, boolean total) {
        Optional<Highlight> highlight = spec.highlight() ? highlight(q) : Optional.empty();
        return SearchRequest.of(s -> {
            if (spec.pit() == null) {
                s.index(alias);
            } else {
                s.pit(p -> p.id(spec.pit()).keepAlive(k -> k.time(PIT_KEEP_ALIVE)));
            }
            s.query(q.query())
                    .size(spec.size())
                    .trackTotalHits(t -> t.enabled(total))
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

    /** Opens a point in time on the remarks: every page read with it sees the index as it was now. */
    String openPit() throws IOException {
        return client.openPointInTime(o -> o.index(alias).keepAlive(k -> k.time(PIT_KEEP_ALIVE))).id();
    }

    void closePit(String id) throws IOException {
        client.closePointInTime(c -> c.id(id));
    }

    Page fetch(RemarkQuery q, PageSpec spec) throws IOException {
        return mark(q, spec, fetchUnmarked(q, spec));
    }

    /** The page as Elasticsearch answered it, its marks not read yet ({@link #mark}). */
    Page fetchUnmarked(RemarkQuery q, PageSpec spec) throws IOException {
        return fetchUnmarked(q, spec, 0);
    }

    /**
     * As {@link #fetchUnmarked(RemarkQuery, PageSpec)}, for a caller that reads another query's page when this one
     * matches fewer than {@code enough} remarks: such a page may then come with only some of its hits, when the
     * others would take one more request.
     */
    Page fetchUnmarked(RemarkQuery q, PageSpec spec, long enough) throws IOException {
        SearchFacets facets = spec.facets() == NO_FACETS ? null : facets(spec.facets() == EXACT_FACETS);
        if (spec.pit() == null && spec.sort() == SortOrder.RELEVANCE && spec.size() > 0 && q.head() != null
                && q.head().ranksFirst(size.documents())) {
            return headFirst(q, spec, facets, enough);
        }
        return facets == null || spec.pit() != null ? send(request(q, spec, facets), facets)
                : sendWithFacets(q, spec, facets);
    }

    long headPages() {
        return headPages.get();
    }

    long headShort() {
        return headShort.get();
    }

    /**
     * A page sorted by relevance, read from its query's head ({@link RemarkQueryBuilder#head}) when the head fills
     * it: the head's page, uncounted, and the whole query's total, counted without scores, go to the node side by
     * side in one {@code _msearch}, with the facets when asked (which count the total instead when they visit every
     * match). A common word's page then costs what its remarks with the word as typed cost to rank, with skipping,
     * instead of scoring every form at every match. When the head holds less than a page from {@code from} (or
     * the cursor) while the total says more match, the whole query's page is asked after, uncounted, unless the
     * total is under {@code enough}.
     */
    private Page headFirst(RemarkQuery q, PageSpec spec, SearchFacets facets, long enough) throws IOException {
        List<SearchRequest> parts = new ArrayList<>();
        parts.add(request(q.headOnly(), spec, null, false));
        // the facets' search counts the total (up to a bound beside a sample: countUpTo), else a search of its own
        if (facets == null) {
            parts.add(SearchRequest.of(s -> s.query(q.query()).size(0).trackTotalHits(t -> t.enabled(true))
                    .timeout(settings.timeoutValue())));
        } else {
            parts.addAll(facetParts(q, facets, true, countUpTo(facets)));
        }
        List<Page> answers = msearch(parts, facets);
        Page head = answers.getFirst();
        long total = answers.get(1).total();
        boolean exact = answers.get(1).totalExact();
        boolean timedOut = answers.stream().anyMatch(Page::timedOut);
        Map<String, Aggregate> aggregations = Map.of();
        if (facets != null) {
            Answered facetsOf = facetAggregations(q, facets, answers.subList(1, answers.size()));
            aggregations = facetsOf.aggregations();
            timedOut |= facetsOf.timedOut();
        }
        List<PageHit> hits = head.hits();
        // a page the head fills, or that holds every match from its first one on
        long left = spec.after() == null && exact ? total - spec.from() : Long.MAX_VALUE;
        if (hits.size() >= Math.min(spec.size(), left)) {
            headPages.incrementAndGet();
        } else if (total >= enough) {
            headShort.incrementAndGet();
            Page whole = send(request(q, spec, null, false), null);
            hits = whole.hits();
            timedOut |= whole.timedOut();
        }
        return new Page(hits, total, exact, aggregations, timedOut, new ArrayList<>(), facets, null);
    }

    /** The page with the marks of its hits, which may take one more request ({@link #marks}). */
    Page mark(RemarkQuery q, PageSpec spec, Page page) throws IOException {
        if (spec.highlight() && q.hasWords()) {
            page.marks().addAll(marks(q, page.hits()));
        } else {
            page.hits().forEach(h -> page.marks().add(new MarkedText(text(h), List.of())));
        }
        return page;
    }

    /**
     * Sends a page's search and reads the answer with Jackson straight into records: the typed client's reading of
     * every hit cost about a millisecond a page. Aggregations, when asked for, are read by the typed client, and a
     * refusal becomes its {@link ElasticsearchException}, as if it had sent the request.
     */
    private Page send(SearchRequest request, SearchFacets facets) throws IOException {
        // read as the bytes come: a page of hits with their texts is neither decoded into a string nor built into a
        // tree first
        try (JsonParser p = mapper.createParser(EsClients.search(client, request, true))) {
            p.nextToken();
            return page(p, facets);
        }
    }

    /**
     * A page and its facets as searches of one {@code _msearch}: the page's hits, scored and highlighted but not
     * counted (Elasticsearch can then skip the matches that cannot reach the page, as for a plain query), and the
     * facets with no hits and no scores, which count the total: every match when they visit every match, else up to
     * a bound ({@link #countUpTo}). The node runs them side by side; the facets' request, having no hits, is one the
     * request cache can answer when a dashboard repeats it.
     */
    private Page sendWithFacets(RemarkQuery q, PageSpec spec, SearchFacets facets) throws IOException {
        List<Page> answers = msearch(withFacets(q, spec, facets), facets);
        Page hits = answers.get(0);
        Page counted = answers.get(1);
        Answered facetsOf = facetAggregations(q, facets, answers.subList(1, answers.size()));
        return new Page(hits.hits(), counted.total(), counted.totalExact(), facetsOf.aggregations(),
                facetsOf.timedOut() || answers.stream().anyMatch(Page::timedOut), hits.marks(), facets, null);
    }

    /**
     * The answers of {@code parts} sent as one {@code _msearch} on the remarks, each read as a page; {@code facets}
     * read the aggregations of all but the first.
     */
    private List<Page> msearch(List<SearchRequest> parts, SearchFacets facets) throws IOException {
        String header = "{\"index\":" + mapper.writeValueAsString(alias) + ",\"allow_partial_search_results\":false}\n";
        StringBuilder body = new StringBuilder();
        for (SearchRequest part : parts) {
            body.append(header).append(JsonpUtils.toJsonString(part, jsonp)).append('\n');
        }
        Request r = new Request("POST", "/_msearch");
        r.addParameter("typed_keys", "true");
        r.setJsonEntity(body.toString());
        List<Page> answers = new ArrayList<>();
        try (JsonParser p = mapper.createParser(EsClients.performAsTyped(client, r, "search"))) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                p.nextToken();
                if (p.currentName().equals("responses") && p.currentToken() == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        answers.add(page(p, answers.isEmpty() ? null : facets));
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        if (answers.size() != parts.size()) {
            throw new IOException("Elasticsearch answered " + answers.size() + " searches of " + parts.size());
        }
        return answers;
    }

    /**
     * The searches of {@link #sendWithFacets}: the page's hits, uncounted, then the facets ({@link #facetParts}),
     * which count the total: every match, or, when they sample the matches, up to {@link #countUpTo} (beyond, the
     * sample estimates it).
     */
    List<SearchRequest> withFacets(RemarkQuery q, PageSpec spec, SearchFacets facets) {
        List<SearchRequest> parts = new ArrayList<>();
        parts.add(request(q, spec, null, false));
        parts.addAll(facetParts(q, facets, true, countUpTo(facets)));
        return parts;
    }

    /**
     * The searches of the facets of {@code q}, without hits, counting the matches when {@code total} is true (up to
     * {@code bound} when it is not negative): one, or, beside a sample, two: the sample, and whether any remark of
     * the index waits for its theme tags (a search of those remarks alone, which costs nothing once every remark is
     * tagged); only when some do does {@link #facetAggregations} ask how many of them match. No search visits every
     * match for that count.
     */
    private List<SearchRequest> facetParts(RemarkQuery q, SearchFacets facets, boolean total, int bound) {
        Optional<Query> pending = facets.pendingBesideSample();
        // the index for a search sent alone; in an _msearch its header names it
        SearchRequest main = SearchRequest.of(s -> s.index(alias).query(q.query()).size(0)
                .trackTotalHits(t -> counting(t, total, bound)).timeout(settings.timeoutValue())
                .aggregations(facets.aggregations(pending.isEmpty())));
        if (pending.isEmpty()) {
            return List.of(main);
        }
        return List.of(main, SearchRequest.of(s -> s.index(alias).query(pending.get()).size(0)
                .trackTotalHits(t -> t.count(1)).timeout(settings.timeoutValue())));
    }

    /** Aggregations put together from the answers of several searches, and whether one of them timed out. */
    private record Answered(Map<String, Aggregate> aggregations, boolean timedOut) {
    }

    /**
     * The aggregations of the answers of {@link #facetParts}, as one map. When the index holds remarks waiting for
     * their theme tags (the second answer, beside a sample), the count of those that match {@code q} is asked now,
     * as a search of those remarks alone (the query and the pending filter together: Elasticsearch leads with the
     * pending remarks); when it holds none, none match, and the facets are complete as they are.
     */
    private Answered facetAggregations(RemarkQuery q, SearchFacets facets, List<Page> answers) throws IOException {
        Map<String, Aggregate> all = new LinkedHashMap<>(answers.getFirst().aggregations());
        Optional<Query> pending = facets.pendingBesideSample();
        if (pending.isEmpty() || answers.size() < 2 || answers.get(1).total() == 0) {
            return new Answered(all, false);
        }
        Query waiting = Query.of(x -> x.bool(b -> b.filter(q.query()).filter(pending.get())));
        Page counted = send(SearchRequest.of(s -> s.index(alias).query(waiting).size(0)
                .trackTotalHits(t -> t.enabled(false)).timeout(settings.timeoutValue())
                .aggregations(facets.pendingCount())), facets);
        all.putAll(counted.aggregations());
        return new Answered(all, counted.timedOut());
    }

    /**
     * The page of one search answer, read from {@code p} standing on the answer's first token to its last: each
     * hit's source straight into its record. An answer that is a refusal (an {@code _msearch} item) becomes its
     * {@link ElasticsearchException}.
     */
    private Page page(JsonParser p, SearchFacets facets) throws IOException {
        List<PageHit> hits = new ArrayList<>();
        long total = 0;
        boolean exact = true;
        boolean timedOut = false;
        String pitId = null;
        ObjectNode aggregationTree = null;
        JsonNode error = null;
        int status = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "hits" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        if (name.equals("total") && p.currentToken() == JsonToken.START_OBJECT) {
                            JsonNode counted = mapper.readTree(p);
                            total = counted.path("value").asLong();
                            exact = !counted.path("relation").asText("eq").equals("gte");
                        } else if (name.equals("hits") && p.currentToken() == JsonToken.START_ARRAY) {
                            while (p.nextToken() == JsonToken.START_OBJECT) {
                                hits.add(hit(p));
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                case "timed_out" -> timedOut = p.getValueAsBoolean();
                case "pit_id" -> pitId = p.getValueAsString();
                case "aggregations" -> aggregationTree =
                        mapper.<JsonNode>readTree(p) instanceof ObjectNode o ? o : null;
                case "error" -> error = mapper.readTree(p);
                case "status" -> status = p.getValueAsInt();
                default -> p.skipChildren();
            }
        }
        if (error != null) {
            ObjectNode answer = mapper.createObjectNode();
            answer.set("error", error);
            answer.put("status", status);
            String refused = answer.toString();
            ErrorResponse refusal = ErrorResponse.of(b -> b.withJson(new StringReader(refused)));
            throw new ElasticsearchException("msearch", refusal);
        }
        Map<String, Aggregate> aggregations = Map.of();
        if (aggregationTree != null) {
            Sampling.readable(aggregationTree);
            String empty = "{\"took\":0,\"timed_out\":false,\"_shards\":{\"total\":0,\"successful\":0,\"skipped\":0,"
                    + "\"failed\":0},\"hits\":{\"hits\":[]},\"aggregations\":" + aggregationTree + "}";
            aggregations = SearchResponse.<Void>of(b -> b.withJson(new StringReader(empty))).aggregations();
        }
        return new Page(hits, total, exact, aggregations, timedOut, new ArrayList<>(), facets, pitId);
    }

    /** One hit, from {@code p} standing on its start to its end. */
    private PageHit hit(JsonParser p) throws IOException {
        RemarkDocument source = null;
        Map<String, List<String>> highlight = new LinkedHashMap<>();
        List<FieldValue> sort = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "_source" -> source = mapper.readValue(p, RemarkDocument.class);
                case "highlight" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        List<String> fragments = new ArrayList<>();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            fragments.add(p.getValueAsString());
                        }
                        highlight.put(name, fragments);
                    }
                }
                case "sort" -> {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        sort.add(fieldValue(p));
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new PageHit(source, highlight, sort);
    }

    /** A sort value as search_after takes it back. */
    private static FieldValue fieldValue(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_NUMBER_INT -> FieldValue.of(p.getLongValue());
            case VALUE_NUMBER_FLOAT -> FieldValue.of(p.getDoubleValue());
            case VALUE_TRUE, VALUE_FALSE -> FieldValue.of(p.getBooleanValue());
            case VALUE_NULL -> FieldValue.NULL;
            default -> FieldValue.of(p.getValueAsString());
        };
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
     * matched only by scattered tokens, or found only through related words, a second request marks those tokens
     * and words. A hit of the exact level that names a word in its speaker or role was found by that: its text has
     * nothing of the word to mark, and no request is sent for it.
     */
    private List<MarkedText> marks(RemarkQuery q, List<PageHit> hits) throws IOException {
        List<MarkedText> out = new ArrayList<>(hits.size());
        Map<String, Integer> unmarked = new LinkedHashMap<>();
        // at the exact level, the query's words in every form, to tell the hits found through their speaker or role
        List<String> words = q.match() == MatchMode.EXACT && q.related().isEmpty() ? forms(q.filters().query())
                : List.of();
        for (PageHit h : hits) {
            List<String> highlights = new ArrayList<>();
            highlights.addAll(h.highlight().getOrDefault(RemarkQueryBuilder.TEXT, List.of()));
            highlights.addAll(h.highlight().getOrDefault(RemarkQueryBuilder.TEXT_BIGRAM, List.of()));
            MarkedText m = MarkedText.of(text(h), highlights);
            if (m.isEmpty() && h.source() != null && h.source().id() != null
                    && !namesAWord(h.source(), words)) {
                unmarked.put(h.source().id(), out.size());
            }
            out.add(m);
        }
        Optional<Query> tokens = builder.tokenHighlight(q.filters().query()).map(t -> withRelated(t, q.related()));
        if (unmarked.isEmpty() || tokens.isEmpty()) {
            return out;
        }
        List<FieldValue> ids = unmarked.keySet().stream().map(FieldValue::of).toList();
        SearchResponse<IdOnly> r = client.search(s -> s.index(alias).allowPartialSearchResults(false)
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

    /** Every form of every word of {@code query}, without spaces (as {@link #namesAWord} compares them). */
    private static List<String> forms(SimpleQuery query) {
        return query.positiveTerms().stream().flatMap(t -> t.variants().stream())
                .map(jp.meetingsearch.text.Width::compact).filter(w -> !w.isEmpty()).distinct().toList();
    }

    /** Whether the remark's speaker or role holds one of {@code words} (spaces aside). */
    private static boolean namesAWord(RemarkDocument remark, List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        String person = jp.meetingsearch.text.Width.compact(remark.speaker()) + "\n"
                + jp.meetingsearch.text.Width.compact(remark.role());
        return words.stream().anyMatch(person::contains);
    }

    /** The query's tokens or one of its related words (a remark found through them has no word of the query). */
    private static Query withRelated(Query tokens, List<String> related) {
        if (related.isEmpty()) {
            return tokens;
        }
        List<Query> any = new ArrayList<>(List.of(tokens));
        related.forEach(w -> any.add(Query.of(x -> x.term(t -> t.field(RemarkQueryBuilder.TEXT).value(w)))));
        return Query.of(x -> x.bool(b -> b.should(any)));
    }

    /** The id of a remark, alone. */
    record IdOnly(String id) {
    }

    private static String text(PageHit h) {
        return h.source() == null || h.source().text() == null ? "" : h.source().text();
    }
}
