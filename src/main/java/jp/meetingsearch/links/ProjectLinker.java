package jp.meetingsearch.links;

import java.io.IOException;
import java.io.StringReader;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.elasticsearch.DocumentScan;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.ingest.BulkOp;
import jp.meetingsearch.ingest.BulkResult;
import jp.meetingsearch.ingest.BulkWriter;

/**
 * Links remarks to the listed projects they discuss, at load time and in either order: after minutes load, their
 * remarks are matched against every listed project; after a list loads, every remark is matched against the
 * projects, and links to projects no longer listed are removed. Elasticsearch decides what a remark says (each form
 * of a project's name as a phrase of {@code text}, and by its reading on {@code text.yomi}, so 桜まつり finds
 * さくらまつり); the linker writes {@code projects} (ids, for filters and aggregations) and {@code project_links}
 * (id, name and the words that matched) with partial updates, only where they changed.
 */
public final class ProjectLinker {
    /** Field of the remark holding the ids of its projects. */
    public static final String IDS = "projects";
    /** Field of the remark explaining each link: id, name, the words that matched. */
    public static final String LINKS = "project_links";

    private final ElasticsearchClient client;
    private final ObjectMapper mapper;
    private final Indices indices;
    private final BulkWriter writer;
    private final ProjectNames rules;

    public ProjectLinker(ElasticsearchClient client, ObjectMapper mapper, Indices indices, BulkWriter writer,
                         ProjectNames rules) {
        this.client = client;
        this.mapper = mapper;
        this.indices = indices;
        this.writer = writer;
        this.rules = rules;
    }

    /**
     * What a relink did.
     *
     * @param projects projects listed (distinct ids over every year)
     * @param linked   remarks of the scope linked to at least one project
     * @param changed  remarks whose links were written (new, changed or removed)
     * @param writes   the result of those writes (failures named per remark)
     */
    public record Outcome(int projects, int linked, int changed, BulkResult writes) {
    }

    /** A listed project: its id, its name as the latest year lists it, and the forms that link to it. */
    public record Project(String id, String name, List<String> forms) {
    }

    /**
     * Links the remarks of the given source files (a minutes load), or every remark ({@code sources} null: a list
     * load), to the listed projects.
     */
    public Outcome relink(Collection<String> sources) throws IOException {
        List<Project> projects = projects();
        Map<String, Map<String, TreeSet<String>>> wanted = new HashMap<>();
        List<Project> owners = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (Project p : projects) {
            for (String form : p.forms()) {
                owners.add(p);
                forms.add(form);
            }
        }
        // one search per form, so the words of a link never depend on which clause Elasticsearch reports as
        // matched; the searches go in batches, and each project's remarks are linked once its last form is read.
        // Whether a remark names the project only as the medium of something else is judged from its text as it
        // comes (the project's forms are known), so no text is held: a form may match most of a large corpus
        Map<String, TreeSet<String>> words = new HashMap<>();
        Map<String, Boolean> onlyAsChannel = new HashMap<>();
        List<Query> queries = new AbstractList<>() {
            @Override
            public Query get(int i) {
                return formQuery(forms.get(i), sources);
            }

            @Override
            public int size() {
                return forms.size();
            }
        };
        DocumentScan.eachOf(client, indices.alias(IndexName.REMARKS), queries, List.of("text"), ObjectNode.class,
                new DocumentScan.Hits<>() {
                    @Override
                    public void page(int i, List<Hit<ObjectNode>> hits) {
                        Project p = owners.get(i);
                        for (Hit<ObjectNode> hit : hits) {
                            words.computeIfAbsent(hit.id(), k -> new TreeSet<>()).add(forms.get(i));
                            onlyAsChannel.computeIfAbsent(hit.id(), k -> rules.onlyAsChannel(hit.source() == null
                                    ? "" : hit.source().path("text").asText(""), p.forms()));
                        }
                    }

                    @Override
                    public void done(int i) {
                        Project p = owners.get(i);
                        if (i + 1 < owners.size() && owners.get(i + 1) == p) {
                            return;
                        }
                        words.forEach((remark, said) -> {
                            if (!onlyAsChannel.get(remark)) {
                                wanted.computeIfAbsent(remark, k -> new TreeMap<>()).put(p.id(), said);
                            }
                        });
                        words.clear();
                        onlyAsChannel.clear();
                    }
                });
        Map<String, String> names = new HashMap<>();
        projects.forEach(p -> names.put(p.id(), p.name()));
        Map<String, JsonNode> stored = storedLinks(sources);
        List<BulkOp> ops = new ArrayList<>();
        String remarks = indices.alias(IndexName.REMARKS);
        for (var e : wanted.entrySet()) {
            ObjectNode doc = linkFields(mapper, e.getValue(), names);
            JsonNode before = stored.remove(e.getKey());
            if (before == null || !before.equals(doc.get(LINKS))) {
                ops.add(BulkOp.update(remarks, e.getKey(), doc.toString(), "remark " + e.getKey()));
            }
        }
        for (String gone : stored.keySet()) {
            ops.add(BulkOp.update(remarks, gone, linkFields(mapper, Map.of(), names).toString(), "remark " + gone));
        }
        BulkResult result = ops.isEmpty() ? new BulkResult() : writer.write(ops);
        if (!ops.isEmpty()) {
            client.indices().refresh(r -> r.index(remarks));
        }
        return new Outcome(projects.size(), wanted.size(), ops.size(), result);
    }

    /**
     * The fields a relink writes on a remark (the partial update): for each project id its words, named from
     * {@code names}; no links writes both fields empty.
     */
    public static ObjectNode linkFields(ObjectMapper mapper, Map<String, ? extends Collection<String>> links,
                                        Map<String, String> names) {
        ObjectNode doc = mapper.createObjectNode();
        ArrayNode ids = doc.putArray(IDS);
        ArrayNode explained = doc.putArray(LINKS);
        links.forEach((id, words) -> {
            ids.add(id);
            ObjectNode l = explained.addObject().put("id", id).put("name", names.get(id));
            words.forEach(l.putArray("words")::add);
        });
        return doc;
    }

    /**
     * Every listed project with its forms. A shortened form that two projects share says neither: it is left out
     * of both (each keeps its full head).
     */
    public List<Project> projects() throws IOException {
        Map<String, JsonNode> latest = new LinkedHashMap<>();
        for (Hit<ObjectNode> hit : all(indices.alias(IndexName.PROJECTS), mapper.createObjectNode().set("match_all",
                mapper.createObjectNode()), List.of("project_id", "name", "fiscal_year"))) {
            JsonNode src = hit.source();
            String id = src.path("project_id").asText("");
            if (id.isEmpty()) {
                continue;
            }
            JsonNode seen = latest.get(id);
            if (seen == null || seen.path("fiscal_year").asInt() < src.path("fiscal_year").asInt()) {
                latest.put(id, src);
            }
        }
        Map<String, ProjectNames.Forms> forms = new LinkedHashMap<>();
        Map<String, Integer> owners = new HashMap<>();
        latest.forEach((id, src) -> {
            ProjectNames.Forms f = rules.forms(src.path("name").asText());
            forms.put(id, f);
            new TreeSet<>(f.all()).forEach(w -> owners.merge(w, 1, Integer::sum));
        });
        List<Project> out = new ArrayList<>();
        forms.forEach((id, f) -> {
            List<String> kept = new ArrayList<>();
            if (!f.head().isEmpty()) {
                kept.add(f.head());
            }
            f.shortForms().stream().filter(w -> owners.get(w) == 1 && !kept.contains(w)).forEach(kept::add);
            out.add(new Project(id, latest.get(id).path("name").asText(), kept));
        });
        return out;
    }

    /**
     * The remarks (of the sources, or all) that say a form of a project: the form as a phrase of {@code text}, or its
     * reading on {@code text.yomi}.
     */
    private Query formQuery(String form, Collection<String> sources) {
        ObjectNode bool = mapper.createObjectNode();
        ArrayNode should = bool.putArray("should");
        // slop 1: a particle between the words of a name is still the name (高田川の花火大会)
        should.addObject().putObject("match_phrase").putObject("text").put("query", form).put("slop", 1);
        Optional<String> reading = rules.reading(form);
        if (reading.isPresent()) {
            should.addObject().putObject("term").putObject("text.yomi").put("value", reading.get());
        }
        bool.put("minimum_should_match", 1);
        scope(bool, sources);
        ObjectNode query = mapper.createObjectNode().set("bool", bool);
        return Query.of(x -> x.withJson(new StringReader(query.toString())));
    }

    /** The links stored on remarks of the scope that have any. */
    private Map<String, JsonNode> storedLinks(Collection<String> sources) throws IOException {
        ObjectNode bool = mapper.createObjectNode();
        bool.putArray("must").addObject().putObject("exists").put("field", IDS);
        scope(bool, sources);
        Map<String, JsonNode> out = new HashMap<>();
        for (Hit<ObjectNode> hit : all(indices.alias(IndexName.REMARKS), mapper.createObjectNode().set("bool", bool),
                List.of(LINKS))) {
            JsonNode links = hit.source() == null ? mapper.missingNode() : hit.source().path(LINKS);
            out.put(hit.id(), links.isMissingNode() ? mapper.createArrayNode() : links);
        }
        return out;
    }

    private void scope(ObjectNode bool, Collection<String> sources) {
        if (sources != null) {
            ArrayNode files = bool.putArray("filter").addObject().putObject("terms").putArray("source_path");
            sources.forEach(files::add);
        }
    }

    /**
     * Every hit of a query; {@code fields} null fetches no _source. The link fields are compared as stored JSON
     * (see {@link #linkFields}), so sources are read as JSON trees.
     */
    private List<Hit<ObjectNode>> all(String index, ObjectNode query, List<String> fields) throws IOException {
        Query q = Query.of(x -> x.withJson(new StringReader(query.toString())));
        return DocumentScan.all(client, index, q, fields == null ? List.of() : fields, ObjectNode.class);
    }
}
