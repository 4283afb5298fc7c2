package jp.meetingsearch.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI description served at {@code /openapi.json}: every fragment listed in the classpath resource
 * {@code openapi/index.txt} (one per feature), merged: paths and components side by side, a name defined twice
 * must be defined the same way.
 */
public final class OpenApi {
    static final String INDEX = "openapi/index.txt";

    private OpenApi() {
    }

    /** The merged description; fails at start, naming the fragment, when one is missing, malformed or clashing. */
    public static ObjectNode load(ObjectMapper mapper) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("openapi", "3.1.0");
        doc.putObject("info").put("title", "Meeting search API").put("version", "1")
                .put("description", "Search and analytics over Japanese municipal meeting minutes and project lists."
                        + " Errors: {\"error\", \"message\"} with 400 (the message names the parameter), 404, 405, 503."
                        + " Read operations need no credentials; the admin operations need the bearer token.");
        ArrayNode servers = doc.putArray("servers");
        servers.addObject().put("url", "/").put("description", "the service that serves this document");
        servers.addObject().put("url", "http://localhost:7070").put("description", "the local default (loaders/serve)");
        ObjectNode paths = doc.putObject("paths");
        ObjectNode components = doc.putObject("components");
        for (String line : read(INDEX).split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            JsonNode fragment;
            try {
                fragment = mapper.readTree(read("openapi/" + name));
            } catch (IOException e) {
                throw new IllegalStateException("openapi/" + name + " is not valid JSON: " + e.getMessage(), e);
            }
            mergeInto(paths, fragment.path("paths"), "openapi/" + name + " paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = fragment.path("components").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> kind = it.next();
                ObjectNode target = components.has(kind.getKey())
                        ? (ObjectNode) components.get(kind.getKey()) : components.putObject(kind.getKey());
                mergeInto(target, kind.getValue(), "openapi/" + name + " components." + kind.getKey());
            }
        }
        return doc;
    }

    private static void mergeInto(ObjectNode target, JsonNode source, String where) {
        for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = target.get(e.getKey());
            if (existing != null && !existing.equals(e.getValue())) {
                throw new IllegalStateException(where + ": '" + e.getKey() + "' is already defined differently");
            }
            target.set(e.getKey(), e.getValue());
        }
    }

    /** The Swagger UI page of {@code /api/docs}. */
    static String docsPage() {
        return read("openapi/docs.html");
    }

    private static String read(String resource) {
        try (InputStream in = OpenApi.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
