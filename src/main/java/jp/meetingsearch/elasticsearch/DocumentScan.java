package jp.meetingsearch.elasticsearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every document a query matches, read in pages of 5,000 with search_after on {@code _doc} (no point in time: the
 * loaders read what they themselves wrote and refreshed). An index that does not exist yet matches nothing.
 */
public final class DocumentScan {
    private static final int PAGE = 5000;

    private DocumentScan() {
    }

    /** The hits (id, and the given _source fields; none when {@code fields} is empty) of the query on the index. */
    public static List<JsonNode> all(ElasticsearchClient client, ObjectMapper mapper, String index, ObjectNode query,
                                     List<String> fields) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = mapper.createObjectNode();
            body.put("size", PAGE).put("track_total_hits", false);
            if (fields.isEmpty()) {
                body.put("_source", false);
            } else {
                fields.forEach(body.putArray("_source")::add);
            }
            body.set("query", query);
            body.putArray("sort").add("_doc");
            if (after != null) {
                body.set("search_after", after);
            }
            Request r = new Request("POST", "/" + index + "/_search");
            r.setJsonEntity(body.toString());
            JsonNode hits;
            try {
                hits = mapper.readTree(EsClients.perform(client, r)).path("hits").path("hits");
            } catch (EsRequestException ex) {
                if (ex.status() == 404) {
                    return out;
                }
                throw ex;
            }
            hits.forEach(out::add);
            if (hits.size() < PAGE) {
                return out;
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
    }
}
