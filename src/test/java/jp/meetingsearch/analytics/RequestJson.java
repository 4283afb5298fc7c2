package jp.meetingsearch.analytics;

import co.elastic.clients.json.JsonpSerializable;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON body the client sends for a typed request, as a tree to compare. */
final class RequestJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RequestJson() {
    }

    static JsonNode of(JsonpSerializable request) throws Exception {
        return MAPPER.readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
    }

    static JsonNode parse(String json) throws Exception {
        return MAPPER.readTree(json);
    }
}
