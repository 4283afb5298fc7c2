package jp.meetingsearch.analytics;

import java.time.Duration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.NamedValue;
import jp.meetingsearch.elasticsearch.TermsBuckets;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.minutes.RoleGroup;
import jp.meetingsearch.search.RemarkFilters;
import jp.meetingsearch.search.IndexSize;
import jp.meetingsearch.search.RemarkQueries;
import jp.meetingsearch.search.Sampling;
import jp.meetingsearch.search.ThemeCounting;
import jp.meetingsearch.themes.Taxonomy;
import jp.meetingsearch.themes.Theme;
import jp.meetingsearch.text.NaturalOrder;

/** Theme counts and theme cross-tables over the remarks matching a filter, one aggregation request each. */
public final class ThemeService {
    static final String SAMPLE = "matrix_sample";
    private final ElasticsearchClient client;
    private final RemarkAggregations.Target target;
    private final Taxonomy taxonomy;
    private final RemarkQueries queries;
    private final int sample;
    private final IndexSize size;

    /**
     * {@code queries} should filter themes with the same {@code taxonomy}; {@code sample}: the matrix of more
     * matches than twice that many, from an index as large, is estimated from a random sample of about that many
     * ({@code FACET_SAMPLE_SIZE}; 0: every match counted).
     */
    public ThemeService(ElasticsearchClient client, Indices indices, Taxonomy taxonomy, RemarkQueries queries,
            Duration timeout, int sample) {
        this.client = client;
        this.target = RemarkAggregations.Target.of(indices, timeout);
        this.taxonomy = taxonomy;
        this.queries = queries;
        this.sample = sample;
        this.size = new IndexSize(client, target.index());
    }

    /** Remarks and meetings per theme, untagged remarks and the total, under the search filters (q included). */
    public ThemeCounts counts(RemarkFilters filters) throws IOException {
        List<Theme> themes = taxonomy.themes();
        Query filter = queries.prepare(filters).query();
        ThemeCounting counting = taxonomy.counting();
        SearchResponse<Void> r = client.search(countsRequest(target, filter, counting), Void.class);
        ThemeCounting.Tally tally = counting.isEmpty() ? null : counting.read(r.aggregations());
        if (tally != null && !tally.exact()) {
            // remarks a load wrote are not tagged yet: their meetings are counted by the rules' queries
            counting = counting.exact();
            r = client.search(countsRequest(target, filter, counting), Void.class);
            tally = counting.read(r.aggregations());
        }
        long total = r.hits().total() == null ? 0 : r.hits().total().value();
        long meetings = RemarkAggregations.cardinality(r.aggregations(), "meetings");
        if (tally == null) {
            return new ThemeCounts(List.of(), total, meetings, total, meetings);
        }
        List<ThemeCount> counts = new ArrayList<>();
        for (Theme t : themes) {
            ThemeCounting.Count c = tally.themes().get(t.name());
            counts.add(new ThemeCount(t.name(), t.description(), c.remarks(),
                    RemarkAggregations.cardinality(c.aggregations(), "meetings")));
        }
        return new ThemeCounts(counts, tally.untagged().remarks(),
                RemarkAggregations.cardinality(tally.untagged().aggregations(), "meetings"), total, meetings);
    }

    /** The request behind {@link #counts}: the theme counting with a meeting count per theme. */
    static SearchRequest countsRequest(RemarkAggregations.Target target, Query filter, ThemeCounting themes) {
        return RemarkAggregations.search(target, filter)
                .aggregations("meetings", RemarkAggregations.meetingCount())
                .aggregations(themes.aggregations(Map.of("meetings", RemarkAggregations.meetingCount())))
                .build();
    }

    /**
     * The theme × column cross-table under the search filters, at most {@code maxColumns} columns; unless
     * {@code exact} or by meeting, estimated from a random sample when the matches are many (see the constructor).
     */
    public ThemeMatrix matrix(RemarkFilters filters, MatrixBy by, int maxColumns, boolean exact) throws IOException {
        List<Theme> themes = taxonomy.themes();
        Query filter = queries.prepare(filters).query();
        ThemeCounting first = taxonomy.counting();
        // a meeting's column holds a few hundred remarks at most: a sample would leave whole meetings out
        double p = exact || sample <= 0 || by == MatrixBy.MEETING ? 1
                : Sampling.probability(sample, size.documents());
        SearchResponse<Void> answer = Sampling.search(client, matrixRequest(target, filter, first, by, maxColumns, p));
        long total = answer.hits().total() == null ? 0 : answer.hits().total().value();
        double again = Sampling.refit(p, total, sample);
        if (again != p) {
            // the first sample's probability came from the index's size: too few of these matches were in it
            p = again;
            answer = Sampling.search(client, matrixRequest(target, filter, first, by, maxColumns, p));
        }
        Map<String, Aggregate> top = Sampling.within(SAMPLE, answer.aggregations());
        if (!first.isEmpty() && !first.read(top).complete()) {
            // remarks a load wrote wait for their tags: the same request with the rules over them
            first = first.withPending();
            answer = Sampling.search(client, matrixRequest(target, filter, first, by, maxColumns, p));
            top = Sampling.within(SAMPLE, answer.aggregations());
        }
        ThemeCounting counting = first;
        Map<String, Aggregate> aggs = top;
        long counted = p < 1 ? Sampling.counted(SAMPLE, answer.aggregations()) : total;
        TermsBuckets columns = TermsBuckets.of(aggs.get("columns"));
        List<TermsBuckets.Bucket> cols = new ArrayList<>(columns.buckets());
        if (by == MatrixBy.ROLE_GROUP) {
            cols.sort(Comparator.comparingInt(b -> RoleGroup.rank(b.key())));
        } else if (by == MatrixBy.ROLE) {
            // equal counts in natural order: 3番 before 11番
            cols.sort(Comparator.comparingLong(TermsBuckets.Bucket::count).reversed()
                    .thenComparing(TermsBuckets.Bucket::key, NaturalOrder.INSTANCE));
        }
        List<String> rows = themes.stream().map(Theme::name).toList();
        List<String> keys = cols.stream().map(TermsBuckets.Bucket::key).toList();
        List<String> labels = cols.stream().map(b -> label(by, b)).toList();
        List<Long> columnTotals = cols.stream().map(TermsBuckets.Bucket::count).toList();
        List<ThemeCounting.Tally> perColumn = cols.stream()
                .map(b -> counting.isEmpty() ? null : counting.read(b.aggs())).toList();
        List<Long> untagged = new ArrayList<>();
        for (int j = 0; j < cols.size(); j++) {
            untagged.add(counting.isEmpty() ? cols.get(j).count() : perColumn.get(j).untagged().remarks());
        }
        ThemeCounting.Tally all = counting.isEmpty() ? null : counting.read(aggs);
        List<Long> rowTotals = rows.stream().map(t -> all.themes().get(t).remarks()).toList();
        long untaggedTotal = counting.isEmpty() ? total : all.untagged().remarks();
        List<List<Long>> cells = new ArrayList<>();
        List<List<Double>> ofColumn = new ArrayList<>();
        List<List<Double>> ofRow = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Long> row = new ArrayList<>();
            List<Double> colShares = new ArrayList<>();
            List<Double> rowShares = new ArrayList<>();
            for (int j = 0; j < cols.size(); j++) {
                long n = perColumn.get(j).themes().get(rows.get(i)).remarks();
                row.add(n);
                colShares.add(RemarkAggregations.share(n, columnTotals.get(j)));
                rowShares.add(RemarkAggregations.share(n, rowTotals.get(i)));
            }
            cells.add(List.copyOf(row));
            ofColumn.add(List.copyOf(colShares));
            ofRow.add(List.copyOf(rowShares));
        }
        return new ThemeMatrix(by.param(), rows, keys, labels, List.copyOf(cells), rowTotals, columnTotals,
                List.copyOf(untagged), untaggedTotal, total, columns.otherDocCount(),
                new ThemeMatrix.Shares(List.copyOf(ofColumn), List.copyOf(ofRow)), p < 1, counted);
    }

    /**
     * The request behind {@link #matrix}: a terms aggregation on the column field with the theme counting inside
     * each column, and the theme counting once more at the top for row totals over all columns; with {@code p}
     * under 1, all of it in a random sampler of that probability, but for the count of remarks waiting for their
     * tags, which stays exact.
     */
    static SearchRequest matrixRequest(RemarkAggregations.Target target, Query filter, ThemeCounting themes, MatrixBy by,
            int maxColumns, double p) {
        Map<String, Aggregation> aggs = new java.util.LinkedHashMap<>(themes.aggregations(Map.of()));
        aggs.put("columns", Aggregation.of(a -> {
            var agg = a.terms(t -> t.field(by.field()).size(maxColumns).order(columnOrder(by)));
            agg.aggregations(themes.aggregations(Map.of()));
            if (by == MatrixBy.MEETING) {
                agg.aggregations("first_date", RemarkAggregations.firstDate());
                agg.aggregations("meeting", RemarkAggregations.meetingSample());
            }
            return agg;
        }));
        return RemarkAggregations.search(target, filter).aggregations(Sampling.around(SAMPLE, p, aggs)).build();
    }

    /** Years and meetings in time order; roles and groups by how much they speak. */
    private static List<NamedValue<SortOrder>> columnOrder(MatrixBy by) {
        return switch (by) {
            case FISCAL_YEAR -> List.of(NamedValue.of("_key", SortOrder.Asc));
            case MEETING -> List.of(NamedValue.of("first_date", SortOrder.Asc), NamedValue.of("_key", SortOrder.Asc));
            case ROLE, ROLE_GROUP -> List.of(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc));
        };
    }

    /** A meeting column reads "title (date)"; other columns are their key. */
    private static String label(MatrixBy by, TermsBuckets.Bucket b) {
        if (by != MatrixBy.MEETING) {
            return b.key();
        }
        String[] td = RemarkAggregations.titleAndDate(b.aggs().get("meeting"));
        String title = td[0] == null ? b.key() : td[0];
        return td[1] == null ? title : title + " (" + td[1] + ")";
    }
}
