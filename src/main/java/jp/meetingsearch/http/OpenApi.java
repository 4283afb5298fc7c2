package jp.meetingsearch.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI description of the whole API, merged from one fragment per feature: the classpath files named in
 * {@code openapi/index.txt} (one per line), each an object with {@code paths} and optionally {@code components}.
 */
final class OpenApi {
    private static final String DIR = "openapi/";

    private OpenApi() {
    }

    /** The merged document as JSON text. */
    static String merged(ObjectMapper mapper) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", "meeting-search API").put("version", "1");
        ObjectNode paths = doc.putObject("paths");
        ObjectNode components = mapper.createObjectNode();
        String index = read(DIR + "index.txt");
        for (String line : index == null ? new String[0] : index.split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String text = read(DIR + name);
            if (text == null) {
                throw new IllegalStateException("openapi/index.txt names " + name + ", which is not on the classpath");
            }
            try {
                JsonNode fragment = mapper.readTree(text);
                merge(paths, fragment.path("paths"));
                for (Iterator<Map.Entry<String, JsonNode>> it = fragment.path("components").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> kind = it.next();
                    ObjectNode target = components.has(kind.getKey()) ? (ObjectNode) components.get(kind.getKey())
                            : components.putObject(kind.getKey());
                    merge(target, kind.getValue());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("openapi/" + name + " is not JSON: " + e.getMessage(), e);
            }
        }
        if (!components.isEmpty()) {
            doc.set("components", components);
        }
        return doc.toString();
    }

    private static void merge(ObjectNode target, JsonNode source) {
        source.fields().forEachRemaining(e -> target.set(e.getKey(), e.getValue()));
    }

    private static String read(String resource) {
        try (InputStream in = OpenApi.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
