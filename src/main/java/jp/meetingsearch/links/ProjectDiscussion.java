package jp.meetingsearch.links;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.ObjectBuilder;
import jp.meetingsearch.analytics.Foreground;
import jp.meetingsearch.analytics.Keyword;
import jp.meetingsearch.analytics.KeywordOptions;
import jp.meetingsearch.analytics.KeywordService;
import jp.meetingsearch.elasticsearch.TermsBuckets;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.projects.ProjectDocument;
import jp.meetingsearch.search.RemarkFilters;

/**
 * What committees said about listed projects: one project with its years and its discussion, and which projects of
 * a fiscal year were discussed and which never were. Reads the links the loaders store on remarks.
 */
public final class ProjectDiscussion {
    private static final int MAX_PROJECTS = 10_000;
    private static final String MEETING = "meeting_id";
    private static final String DAY = "yyyy-MM-dd";
    private final ElasticsearchClient client;
    private final Indices indices;
    private final KeywordService keywords;

    public ProjectDiscussion(ElasticsearchClient client, Indices indices, KeywordService keywords) {
        this.client = client;
        this.indices = indices;
        this.keywords = keywords;
    }

    /** A year of a project as its list gives it. */
    public record Year(int fiscalYear, String name, String department, String form, List<String> partners,
                       String row, String source, int line) {
    }

    /** Remarks and meetings of one fiscal year, or of one role group ({@code key}). */
    public record Count(String key, long remarks, long meetings) {
    }

    /** A characteristic word of the project's remarks against all remarks. */
    public record Word(String term, long count, double score) {
    }

    /**
     * The remarks linked to a project: how many, in how many meetings, the first and last meeting day, by fiscal
     * year and by role group, and their characteristic words.
     */
    public record Discussion(long remarks, long meetings, String firstDate, String lastDate, List<Count> byFiscalYear,
                             List<Count> byRoleGroup, List<Word> keywords) {
    }

    /** A project: its id, latest name and department, the words that link remarks to it, its years, its discussion. */
    public record Project(String id, String name, String department, List<String> words, List<Year> years,
                         Discussion discussion) {
    }

    /** A listed project with the remarks linked to it (of the fiscal year asked for, or all). */
    public record Ranked(String id, String name, String department, long remarks, long meetings) {
    }

    /** Projects of a fiscal year (or of every year) discussed, most remarks first, and those never discussed. */
    public record Discussed(Integer fiscalYear, int listed, List<Ranked> discussed, List<Ranked> neverDiscussed) {
    }

    /** One project, or empty when no list has it. */
    public Optional<Project> project(String id) throws IOException {
        List<Year> years = new ArrayList<>();
        for (ProjectDocument s : rows(Query.of(q -> q.term(t -> t.field("project_id").value(id))))) {
            years.add(new Year(s.fiscalYear(), s.name(), s.department(), s.form(),
                    s.partners() == null ? List.of() : s.partners(), s.id(), s.source(), s.line()));
        }
        if (years.isEmpty()) {
            return Optional.empty();
        }
        Year latest = years.getLast();
        List<String> words = ProjectNames.RULES.forms(latest.name()).all();
        return Optional.of(new Project(id, latest.name(), latest.department(), words, years, discussion(id)));
    }

    private Discussion discussion(String id) throws IOException {
        Query linked = Query.of(x -> x.term(t -> t.field("projects").value(id)));
        SearchResponse<Void> r = client.search(s -> s.index(indices.alias(IndexName.REMARKS))
                .allowPartialSearchResults(false).size(0)
                .trackTotalHits(t -> t.enabled(true)).query(linked)
                .aggregations("meetings", a -> a.cardinality(c -> c.field(MEETING)))
                .aggregations("first", a -> a.min(m -> m.field("meeting_date").format(DAY)))
                .aggregations("last", a -> a.max(m -> m.field("meeting_date").format(DAY)))
                .aggregations("years", byMeetings("fiscal_year", 100))
                .aggregations("groups", byMeetings("role_group", 100)), Void.class);
        long remarks = r.hits().total() == null ? 0 : r.hits().total().value();
        Map<String, Aggregate> a = r.aggregations();
        List<Word> words = new ArrayList<>();
        if (remarks > 0) {
            for (Keyword k : keywords.keywords(RemarkFilters.NONE, new Foreground("project", id, linked),
                    KeywordOptions.DEFAULTS).keywords()) {
                words.add(new Word(k.term(), k.count(), k.score()));
            }
        }
        return new Discussion(remarks, a.get("meetings").cardinality().value(),
                remarks == 0 ? null : a.get("first").min().valueAsString(),
                remarks == 0 ? null : a.get("last").max().valueAsString(),
                counts(a.get("years")), counts(a.get("groups")), words);
    }

    /** Listed projects of {@code fiscalYear} (null: of any year) ranked by their remarks of that year. */
    public Discussed discussed(Integer fiscalYear) throws IOException {
        Map<String, ProjectDocument> listed = new LinkedHashMap<>();
        Query rowsOfYear = fiscalYear == null ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.term(t -> t.field("fiscal_year").value(fiscalYear)));
        for (ProjectDocument s : rows(rowsOfYear)) {
            if (s.projectId() != null && !s.projectId().isEmpty()) {
                listed.put(s.projectId(), s); // the latest year's name wins
            }
        }
        Query remarksOfYear = fiscalYear == null ? Query.of(q -> q.exists(e -> e.field("projects")))
                : Query.of(q -> q.term(t -> t.field("fiscal_year").value(fiscalYear)));
        SearchResponse<Void> r = client.search(s -> s.index(indices.alias(IndexName.REMARKS))
                .allowPartialSearchResults(false).size(0)
                .query(remarksOfYear).aggregations("projects", byMeetings("projects", MAX_PROJECTS)), Void.class);
        Map<String, Count> counts = new LinkedHashMap<>();
        for (Count c : counts(r.aggregations().get("projects"))) {
            counts.put(c.key(), c);
        }
        List<Ranked> discussed = new ArrayList<>();
        List<Ranked> never = new ArrayList<>();
        listed.forEach((id, s) -> {
            Count c = counts.get(id);
            Ranked ranked = new Ranked(id, s.name(), s.department(), c == null ? 0 : c.remarks(),
                    c == null ? 0 : c.meetings());
            (c == null ? never : discussed).add(ranked);
        });
        discussed.sort(Comparator.comparingLong(Ranked::remarks).reversed().thenComparing(Ranked::name));
        return new Discussed(fiscalYear, listed.size(), discussed, never);
    }

    /** The project rows of a query in the lists' order (fiscal year, then line). */
    private List<ProjectDocument> rows(Query query) throws IOException {
        SearchResponse<ProjectDocument> r = client.search(s -> s.index(indices.alias(IndexName.PROJECTS))
                .allowPartialSearchResults(false)
                .size(MAX_PROJECTS).query(query)
                .sort(o -> o.field(f -> f.field("fiscal_year")))
                .sort(o -> o.field(f -> f.field("line"))), ProjectDocument.class);
        List<ProjectDocument> out = new ArrayList<>();
        for (Hit<ProjectDocument> h : r.hits().hits()) {
            out.add(h.source());
        }
        return out;
    }

    /** Remarks per value of {@code field}, each with its number of meetings. */
    private static java.util.function.Function<Aggregation.Builder, ObjectBuilder<Aggregation>> byMeetings(
            String field, int size) {
        return a -> a.terms(t -> t.field(field).size(size))
                .aggregations("meetings", m -> m.cardinality(c -> c.field(MEETING)));
    }

    private static List<Count> counts(Aggregate terms) {
        List<Count> out = new ArrayList<>();
        for (TermsBuckets.Bucket b : TermsBuckets.of(terms).buckets()) {
            out.add(new Count(b.key(), b.count(), b.aggs().get("meetings").cardinality().value()));
        }
        return out;
    }
}
