package jp.meetingsearch.links;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.analytics.Foreground;
import jp.meetingsearch.analytics.Keyword;
import jp.meetingsearch.analytics.KeywordOptions;
import jp.meetingsearch.analytics.KeywordService;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.search.RemarkFilters;

/**
 * What committees said about listed projects: one project with its years and its discussion, and which projects of
 * a fiscal year were discussed and which never were. Reads the links the loaders store on remarks.
 */
public final class ProjectDiscussion {
    private static final int MAX_PROJECTS = 10_000;
    private final ElasticsearchClient client;
    private final ObjectMapper mapper;
    private final Indices indices;
    private final KeywordService keywords;

    public ProjectDiscussion(ElasticsearchClient client, ObjectMapper mapper, Indices indices, KeywordService keywords) {
        this.client = client;
        this.mapper = mapper;
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
        ObjectNode q = mapper.createObjectNode();
        q.putObject("term").put("project_id", id);
        JsonNode hits = search(IndexName.PROJECTS, body(q, MAX_PROJECTS).set("sort",
                mapper.createArrayNode().add("fiscal_year").add("line"))).path("hits").path("hits");
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        List<Year> years = new ArrayList<>();
        for (JsonNode h : hits) {
            JsonNode s = h.path("_source");
            List<String> partners = new ArrayList<>();
            s.path("partners").forEach(p -> partners.add(p.asText()));
            years.add(new Year(s.path("fiscal_year").asInt(), s.path("name").asText(), text(s, "department"),
                    text(s, "form"), partners, s.path("id").asText(), text(s, "source"), s.path("line").asInt()));
        }
        Year latest = years.getLast();
        List<String> words = ProjectNames.RULES.forms(latest.name()).all();
        return Optional.of(new Project(id, latest.name(), latest.department(), words, years, discussion(id)));
    }

    private Discussion discussion(String id) throws IOException {
        ObjectNode q = mapper.createObjectNode();
        q.putObject("term").put("projects", id);
        ObjectNode body = body(q, 0);
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("meetings").putObject("cardinality").put("field", "meeting_id");
        aggs.putObject("first").putObject("min").put("field", "meeting_date").put("format", "yyyy-MM-dd");
        aggs.putObject("last").putObject("max").put("field", "meeting_date").put("format", "yyyy-MM-dd");
        byMeetings(aggs.putObject("years"), "fiscal_year");
        byMeetings(aggs.putObject("groups"), "role_group");
        body.put("track_total_hits", true);
        JsonNode r = search(IndexName.REMARKS, body);
        long remarks = r.path("hits").path("total").path("value").asLong();
        JsonNode a = r.path("aggregations");
        List<Word> words = new ArrayList<>();
        if (remarks > 0) {
            Query fg = Query.of(x -> x.term(t -> t.field("projects").value(id)));
            for (Keyword k : keywords.keywords(RemarkFilters.NONE, new Foreground("project", id, fg),
                    KeywordOptions.DEFAULTS).keywords()) {
                words.add(new Word(k.term(), k.count(), k.score()));
            }
        }
        return new Discussion(remarks, a.path("meetings").path("value").asLong(),
                remarks == 0 ? null : a.path("first").path("value_as_string").asText(null),
                remarks == 0 ? null : a.path("last").path("value_as_string").asText(null),
                counts(a.path("years")), counts(a.path("groups")), words);
    }

    /** Listed projects of {@code fiscalYear} (null: of any year) ranked by their remarks of that year. */
    public Discussed discussed(Integer fiscalYear) throws IOException {
        Map<String, JsonNode> listed = new LinkedHashMap<>();
        ObjectNode q = mapper.createObjectNode();
        if (fiscalYear == null) {
            q.putObject("match_all");
        } else {
            q.putObject("term").put("fiscal_year", fiscalYear);
        }
        ObjectNode listBody = body(q, MAX_PROJECTS);
        listBody.set("sort", mapper.createArrayNode().add("fiscal_year").add("line"));
        for (JsonNode h : search(IndexName.PROJECTS, listBody).path("hits").path("hits")) {
            JsonNode s = h.path("_source");
            if (!s.path("project_id").asText("").isEmpty()) {
                listed.put(s.path("project_id").asText(), s); // the latest year's name wins
            }
        }
        ObjectNode rq = mapper.createObjectNode();
        if (fiscalYear == null) {
            rq.putObject("exists").put("field", "projects");
        } else {
            rq.putObject("term").put("fiscal_year", fiscalYear);
        }
        ObjectNode body = body(rq, 0);
        byMeetings(body.putObject("aggs").putObject("projects"), "projects");
        body.with("aggs").with("projects").with("terms").put("size", MAX_PROJECTS);
        Map<String, Count> counts = new LinkedHashMap<>();
        for (Count c : counts(search(IndexName.REMARKS, body).path("aggregations").path("projects"))) {
            counts.put(c.key(), c);
        }
        List<Ranked> discussed = new ArrayList<>();
        List<Ranked> never = new ArrayList<>();
        listed.forEach((id, s) -> {
            Count c = counts.get(id);
            Ranked r = new Ranked(id, s.path("name").asText(), text(s, "department"), c == null ? 0 : c.remarks(),
                    c == null ? 0 : c.meetings());
            (c == null ? never : discussed).add(r);
        });
        discussed.sort(Comparator.comparingLong(Ranked::remarks).reversed().thenComparing(Ranked::name));
        return new Discussed(fiscalYear, listed.size(), discussed, never);
    }

    private void byMeetings(ObjectNode agg, String field) {
        agg.putObject("terms").put("field", field).put("size", 100);
        agg.putObject("aggs").putObject("meetings").putObject("cardinality").put("field", "meeting_id");
    }

    private static List<Count> counts(JsonNode terms) {
        List<Count> out = new ArrayList<>();
        terms.path("buckets").forEach(b -> out.add(new Count(b.path("key").asText(), b.path("doc_count").asLong(),
                b.path("meetings").path("value").asLong())));
        return out;
    }

    private ObjectNode body(ObjectNode query, int size) {
        ObjectNode b = mapper.createObjectNode();
        b.put("size", size);
        b.set("query", query);
        return b;
    }

    private JsonNode search(IndexName index, ObjectNode body) throws IOException {
        Request r = new Request("POST", "/" + indices.alias(index) + "/_search");
        r.setJsonEntity(body.toString());
        return mapper.readTree(EsClients.perform(client, r));
    }

    private static String text(JsonNode s, String field) {
        JsonNode v = s.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
