package jp.meetingsearch.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.elasticsearch.EsRequestException;

/**
 * Writes the units of a batch of input files so that loading a file again replaces what it loaded before: new
 * documents are written first (same ids overwrite), then the documents of the same files that are gone are
 * deleted by id. A crash between the two leaves extra documents, never missing ones; the next load removes them.
 * Only files the index held documents of when the load began are searched for stale documents: the others have
 * none (the sources an index holds are read once per index and field, at the first batch that writes there).
 */
public final class SourceLoader {
    private static final int PAGE = 5000;
    private final ElasticsearchClient client;
    private final ObjectMapper mapper;
    private final BulkWriter writer;
    /** index alias → field → the sources it held when this loader first wrote there. */
    private final Map<String, Set<String>> storedSources = new HashMap<>();

    public SourceLoader(ElasticsearchClient client, ObjectMapper mapper, BulkWriter writer) {
        this.client = client;
        this.mapper = mapper;
        this.writer = writer;
    }

    /** Writes the batch and removes stale documents; the result counts both. */
    public BulkResult load(List<SourceUnit> batch) throws IOException {
        List<BulkOp> ops = new ArrayList<>();
        batch.forEach(u -> ops.addAll(u.ops()));
        BulkResult result = writer.write(ops);
        List<BulkOp> deletes = staleDeletes(batch);
        if (!deletes.isEmpty()) {
            result.add(writer.write(deletes));
        }
        return result;
    }

    private List<BulkOp> staleDeletes(List<SourceUnit> batch) throws IOException {
        // per index and source field: which sources, and which ids each source keeps
        Map<String, Map<String, Set<String>>> keep = new LinkedHashMap<>();
        Map<String, String> fieldOf = new HashMap<>();
        for (SourceUnit u : batch) {
            u.sourceFields().forEach((index, field) -> {
                fieldOf.put(index, field);
                keep.computeIfAbsent(index, k -> new LinkedHashMap<>()).computeIfAbsent(u.source(), k -> new HashSet<>());
            });
            for (BulkOp op : u.ops()) {
                Map<String, Set<String>> bySource = keep.get(op.index());
                if (bySource != null) {
                    bySource.get(u.source()).add(op.id());
                }
            }
        }
        List<BulkOp> deletes = new ArrayList<>();
        for (var e : keep.entrySet()) {
            String index = e.getKey();
            String field = fieldOf.get(index);
            Set<String> held = storedSources(index, field);
            Set<String> sources = new HashSet<>(e.getValue().keySet());
            sources.retainAll(held);
            if (sources.isEmpty()) {
                continue;
            }
            for (JsonNode hit : stored(index, field, sources)) {
                String id = hit.path("_id").asText();
                String source = hit.path("_source").path(field).asText();
                Set<String> kept = e.getValue().get(source);
                if (kept != null && !kept.contains(id)) {
                    deletes.add(BulkOp.delete(index, id, source));
                }
            }
        }
        return deletes;
    }

    /** The values of {@code field} in the index before this loader wrote to it (a composite aggregation, paged). */
    private synchronized Set<String> storedSources(String index, String field) throws IOException {
        Set<String> known = storedSources.get(index + "\u0000" + field);
        if (known != null) {
            return known;
        }
        known = new HashSet<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = mapper.createObjectNode();
            body.put("size", 0).put("track_total_hits", false);
            ObjectNode composite = body.putObject("aggs").putObject("s").putObject("composite");
            composite.put("size", PAGE);
            composite.putArray("sources").addObject().putObject("v").putObject("terms").put("field", field);
            if (after != null) {
                composite.set("after", after);
            }
            JsonNode answer = search(index, body);
            if (answer == null) {
                break;
            }
            JsonNode agg = answer.path("aggregations").path("s");
            for (JsonNode b : agg.path("buckets")) {
                known.add(b.path("key").path("v").asText());
            }
            if (agg.path("buckets").size() < PAGE || !agg.has("after_key")) {
                break;
            }
            after = agg.get("after_key");
        }
        storedSources.put(index + "\u0000" + field, known);
        return known;
    }

    /** Every document of the given sources in the index: id and source field. */
    private List<JsonNode> stored(String index, String field, Set<String> sources) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = mapper.createObjectNode();
            body.put("size", PAGE).put("track_total_hits", false);
            body.putArray("_source").add(field);
            ArrayNode values = body.putObject("query").putObject("terms").putArray(field);
            sources.forEach(values::add);
            body.putArray("sort").add("_doc");
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode answer = search(index, body);
            if (answer == null) {
                return out;
            }
            JsonNode hits = answer.path("hits").path("hits");
            hits.forEach(out::add);
            if (hits.size() < PAGE) {
                return out;
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
    }

    /** The answer of a search, or null when the index does not exist (yet). */
    private JsonNode search(String index, ObjectNode body) throws IOException {
        Request r = new Request("POST", "/" + index + "/_search");
        r.setJsonEntity(body.toString());
        try {
            return mapper.readTree(EsClients.perform(client, r));
        } catch (EsRequestException ex) {
            if (ex.status() == 404) {
                return null;
            }
            throw ex;
        }
    }
}
