package jp.meetingsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import jp.meetingsearch.index.Indices;

/** Remark search, keyword in context and export over the remarks index. */
public final class SearchService {
    /** Fragments in a hit's {@code highlight}. */
    static final int FRAGMENTS = 3;
    /** Remarks fetched per request while collecting KWIC lines or exporting. */
    static final int BATCH = 500;
    static final int KWIC_BATCH = 100;
    /** Most remarks one KWIC request reads to fill its lines: a query whose hits show few windows stops here. */
    static final int KWIC_MAX_REMARKS = 5_000;

    private final RemarkQueries queries;
    private final RemarkPages pages;
    private final SearchSettings settings;
    private final SpeakerSuggestions speakers;

    public SearchService(ElasticsearchClient client, Indices indices, RemarkQueries queries, SearchSettings settings) {
        this.queries = queries;
        this.speakers = new SpeakerSuggestions(client, indices, Thesaurus.yomi(), settings.timeoutValue());
        this.pages = new RemarkPages(client, indices, queries, settings);
        this.settings = settings;
    }

    /**
     * The remark queries the service runs: the synonyms file, the vendored thesaurus, readings of query words, names
     * and roles, exact matches first (counted on the remarks of {@code indices}) and related words.
     */
    public static RemarkQueries queries(ElasticsearchClient client, Indices indices, ThemeFilters themes,
                                        java.util.function.Supplier<Synonyms> synonyms) {
        String alias = indices.alias(jp.meetingsearch.index.IndexName.REMARKS);
        return new RemarkQueries(themes, synonyms, Thesaurus.shipped(), Thesaurus.yomi(), SearchFeatures.ALL,
                new MatchCounter(client, alias), RelatedWords.relevanceModel(client, alias),
                RelatedWords.Settings.DEFAULT);
    }

    /** Speakers whose name begins with the prefix, by name or by reading (suggestions). */
    public SpeakerSuggestions.Suggestions speakers(SpeakerRequest request) throws IOException {
        return speakers.suggest(request);
    }

    /** The most remarks one export streams ({@code EXPORT_MAX}). */
    public int exportMax() {
        return settings.exportMax();
    }

    /** One page of results with facets, highlights and the cursor of the next page. */
    public SearchResult search(RemarkSearchRequest r) throws IOException {
        List<FieldValue> after = r.cursor() == null ? null : r.cursor().after();
        int from = r.cursor() == null ? (r.page() - 1) * r.size() : 0;
        int facets = !r.facets() ? RemarkPages.NO_FACETS : r.exactFacets() ? RemarkPages.EXACT_FACETS
                : RemarkPages.FACETS;
        RemarkPages.PageSpec spec = new RemarkPages.PageSpec(r.sort(), r.size(), from, after, true, facets);
        // auto matching takes the exact words when they fill a page: the page of the exact words counts them, so
        // it is asked first instead of a count before it (a common word, the usual case, then costs one request)
        RemarkQuery q = queries.exactFirst(r.filters()).orElse(null);
        RemarkPages.Page page = q == null ? null : pages.fetchUnmarked(q, spec, RemarkQueries.EXACT_ENOUGH);
        if (page == null || page.total() < RemarkQueries.EXACT_ENOUGH) {
            q = queries.prepareToShow(r.filters(), page == null ? -1 : page.total());
            page = pages.fetch(q, spec);
        } else {
            page = pages.mark(q, spec, page);
        }
        List<RemarkHit> hits = new ArrayList<>();
        for (int i = 0; i < page.hits().size(); i++) {
            RemarkPages.PageHit h = page.hits().get(i);
            if (h.source() != null) {
                hits.add(h.source().toHit(page.marks().get(i).fragments(FRAGMENTS)));
            }
        }
        SearchFacets.Result counted = page.facets() == null ? null : pages.facets(q, page);
        long total = counted == null ? page.total() : counted.total();
        boolean approximate = counted != null && counted.totalApproximate();
        long shown = r.skipped() + page.hits().size();
        String next = null;
        if (!page.hits().isEmpty() && page.hits().size() == r.size() && (shown < total || approximate)) {
            next = new SearchCursor(r.sort(), shown, page.hits().getLast().sort()).encode();
        }
        return new SearchResult(total, approximate, hits, counted == null ? Map.of() : counted.facets(),
                counted != null && counted.approximate(), counted == null ? 0 : counted.counted(), q.expanded(), next,
                page.timedOut(), q.matchLabel());
    }

    /** Keyword-in-context lines, collected over as many remarks as needed to fill {@code size} lines. */
    public KwicResult kwic(KwicRequest r) throws IOException {
        RemarkQuery q = queries.prepare(r.filters());
        List<KwicLine> lines = new ArrayList<>();
        List<FieldValue> after = null;
        long total = -1;
        long scanned = 0;
        boolean truncated = false;
        while (true) {
            RemarkPages.Page page = pages.fetch(q, new RemarkPages.PageSpec(r.sort(), KWIC_BATCH, 0, after, true,
                    RemarkPages.NO_FACETS));
            total = total < 0 ? page.total() : total;
            for (int i = 0; i < page.hits().size() && !truncated; i++) {
                RemarkDocument d = page.hits().get(i).source();
                for (MarkedText.Window w : page.marks().get(i).windows(r.width())) {
                    if (lines.size() == r.size()) {
                        truncated = true;
                        break;
                    }
                    lines.add(new KwicLine(w.left(), w.match(), w.right(), d.id(), d.meeting(), d.role()));
                }
            }
            scanned += page.hits().size();
            if (!truncated && page.hits().size() == KWIC_BATCH && scanned >= KWIC_MAX_REMARKS) {
                truncated = true;
            }
            if (truncated || page.hits().size() < KWIC_BATCH) {
                break;
            }
            after = page.hits().getLast().sort();
        }
        return new KwicResult(total, lines, truncated, q.expanded());
    }

    /** Receives an export: first its size, then each remark. */
    public interface ExportSink {
        /**
         * Called once before the first remark.
         *
         * @param total    all matching remarks
         * @param exported how many will follow ({@code min(total, EXPORT_MAX)})
         */
        void start(long total, long exported) throws IOException;

        void remark(RemarkHit hit) throws IOException;
    }

    /**
     * Streams every matching remark (at most {@code EXPORT_MAX}) to the sink (those of related words with
     * {@code match=related} only), fetched in batches with
     * search_after so that memory stays flat however many there are. All batches read one point in time, so the
     * export is a consistent snapshot: remarks loaded or deleted meanwhile neither appear half nor shift the
     * batches, and the count given to {@link ExportSink#start} is exactly what follows when nothing fails.
     *
     * @return the number of remarks streamed
     * @throws IOException when Elasticsearch stops answering, possibly after some remarks went to the sink
     */
    public long export(ExportRequest request, ExportSink sink) throws IOException {
        // an export's rows say nothing of how each was found: the remarks of related words only when asked for
        RemarkQuery q = request.filters().match() == MatchMode.RELATED ? queries.prepareToShow(request.filters())
                : queries.prepare(request.filters());
        SortOrder sort = request.sort();
        String pit = pages.openPit();
        long sent = 0;
        List<FieldValue> after = null;
        boolean started = false;
        long limit = settings.exportMax();
        while (sent < limit) {
            int batch = (int) Math.min(BATCH, limit - sent);
            // a failure leaves the point in time to expire by itself: closing it would wait on the same failure
            RemarkPages.Page page = pages.fetch(q, new RemarkPages.PageSpec(sort, batch, 0, after, false,
                    RemarkPages.NO_FACETS, pit));
            pit = page.pitId() == null ? pit : page.pitId();
            if (!started) {
                sink.start(page.total(), Math.min(page.total(), limit));
                started = true;
            }
            for (RemarkPages.PageHit h : page.hits()) {
                if (h.source() != null) {
                    sink.remark(h.source().toHit(List.of()));
                    sent++;
                }
            }
            if (page.hits().size() < batch) {
                break;
            }
            after = page.hits().getLast().sort();
        }
        if (!started) {
            sink.start(0, 0);
        }
        pages.closePit(pit);
        return sent;
    }
}
