package jp.meetingsearch.dashboards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Structural check of a Kibana saved-objects NDJSON file, standing in for an import into Kibana: each line a
 * JSON object with type, id and attributes; references resolve inside the file; data views name known indices;
 * the fields that data views and Lens columns use exist in those indices' mappings. Returns readable problems.
 */
final class SavedObjectsCheck {
    /** Lens' pseudo-field of a document count. */
    private static final String RECORDS = "___records___";

    private final ObjectMapper mapper = new ObjectMapper();
    private final Path mappingsDir;
    private final Set<String> indexNames;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, JsonNode> byKey = new HashMap<>();
    private final Map<String, Set<String>> fieldsByIndex = new HashMap<>();

    /**
     * @param mappingsDir folder of {@code <index>.json} definitions
     * @param indexNames  the aliases data views may name
     */
    SavedObjectsCheck(Path mappingsDir, Set<String> indexNames) {
        this.mappingsDir = mappingsDir;
        this.indexNames = indexNames;
    }

    /** The objects of the file by "type/id" (after {@link #check}). */
    Map<String, JsonNode> objects() {
        return byKey;
    }

    List<String> check(Path ndjson) throws IOException {
        List<String> lines = Files.readAllLines(ndjson);
        List<JsonNode> objects = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String where = ndjson.getFileName() + ":" + (i + 1);
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode o;
            try {
                o = mapper.readTree(lines.get(i));
            } catch (JsonProcessingException e) {
                problems.add(where + ": not JSON: " + e.getOriginalMessage());
                continue;
            }
            if (!o.isObject() || !o.path("type").isTextual() || !o.path("id").isTextual()
                    || !o.path("attributes").isObject()) {
                problems.add(where + ": needs string type, string id and object attributes");
                continue;
            }
            if (byKey.put(key(o.get("type").asText(), o.get("id").asText()), o) != null) {
                problems.add(where + ": duplicate " + key(o.get("type").asText(), o.get("id").asText()));
            }
            objects.add(o);
        }
        if (objects.isEmpty()) {
            problems.add(ndjson.getFileName() + ": no saved objects");
        }
        for (JsonNode o : objects) {
            String name = key(o.get("type").asText(), o.get("id").asText());
            references(name, o);
            switch (o.get("type").asText()) {
                case "index-pattern" -> dataView(name, o.get("attributes"));
                case "lens" -> lens(name, o);
                case "dashboard" -> dashboard(name, o);
                default -> { }
            }
        }
        return problems;
    }

    private static String key(String type, String id) {
        return type + "/" + id;
    }

    private void references(String name, JsonNode o) {
        JsonNode refs = o.path("references");
        if (!refs.isMissingNode() && !refs.isArray()) {
            problems.add(name + ": references is not a list");
            return;
        }
        for (JsonNode r : refs) {
            if (!r.path("type").isTextual() || !r.path("id").isTextual() || !r.path("name").isTextual()) {
                problems.add(name + ": a reference needs type, id and name: " + r);
            } else if (!byKey.containsKey(key(r.get("type").asText(), r.get("id").asText()))) {
                problems.add(name + ": reference " + r.get("name").asText() + " points at "
                        + key(r.get("type").asText(), r.get("id").asText()) + ", which is not in the file");
            }
        }
    }

    private void dataView(String name, JsonNode a) {
        String title = a.path("title").asText("");
        if (!indexNames.contains(title)) {
            problems.add(name + ": title '" + title + "' is none of the aliases " + indexNames);
            return;
        }
        Set<String> fields = fields(title);
        if (a.has("timeFieldName") && !fields.contains(a.get("timeFieldName").asText())) {
            problems.add(name + ": time field " + a.get("timeFieldName").asText() + " is not in mappings/" + title + ".json");
        }
        for (String embedded : List.of("fieldFormatMap", "fieldAttrs", "runtimeFieldMap", "fields", "sourceFilters")) {
            JsonNode v = a.get(embedded);
            if (v != null && v.isTextual() && json(name + " " + embedded, v.asText()) == null) {
                return;
            }
        }
        JsonNode formats = a.has("fieldFormatMap") ? json(name, a.get("fieldFormatMap").asText()) : null;
        if (formats != null) {
            formats.fieldNames().forEachRemaining(f -> {
                if (!fields.contains(f)) {
                    problems.add(name + ": fieldFormatMap names " + f + ", not in mappings/" + title + ".json");
                }
            });
        }
    }

    private void lens(String name, JsonNode o) {
        JsonNode state = o.path("attributes").path("state");
        JsonNode layers = state.path("datasourceStates").path("formBased").path("layers");
        if (!layers.isObject() || layers.isEmpty()) {
            problems.add(name + ": no formBased layers in attributes.state.datasourceStates");
            return;
        }
        Map<String, Set<String>> columnsByLayer = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = layers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> layer = it.next();
            String layerName = name + " layer " + layer.getKey();
            String index = dataViewTitle(o, "indexpattern-datasource-layer-" + layer.getKey());
            if (index == null) {
                problems.add(layerName + ": no index-pattern reference named indexpattern-datasource-layer-"
                        + layer.getKey());
                continue;
            }
            Set<String> ids = new HashSet<>();
            JsonNode columns = layer.getValue().path("columns");
            columns.fields().forEachRemaining(c -> {
                ids.add(c.getKey());
                JsonNode field = c.getValue().get("sourceField");
                if (field != null && !RECORDS.equals(field.asText()) && !fields(index).contains(field.asText())) {
                    problems.add(layerName + ": column " + c.getKey() + " uses " + field.asText()
                            + ", not in mappings/" + index + ".json");
                }
            });
            for (JsonNode id : layer.getValue().path("columnOrder")) {
                if (!ids.contains(id.asText())) {
                    problems.add(layerName + ": columnOrder names unknown column " + id.asText());
                }
            }
            columnsByLayer.put(layer.getKey(), ids);
        }
        for (JsonNode vl : state.path("visualization").path("layers")) {
            Set<String> ids = columnsByLayer.get(vl.path("layerId").asText());
            if (ids == null) {
                problems.add(name + ": visualization layer " + vl.path("layerId").asText() + " has no data layer");
                continue;
            }
            List<String> used = new ArrayList<>();
            vl.path("accessors").forEach(a -> used.add(a.asText()));
            for (String k : List.of("xAccessor", "splitAccessor")) {
                if (vl.hasNonNull(k)) {
                    used.add(vl.get(k).asText());
                }
            }
            used.stream().filter(u -> !ids.contains(u))
                    .forEach(u -> problems.add(name + ": visualization uses unknown column " + u));
        }
    }

    /** The title of the data view a named reference points at, or null. */
    private String dataViewTitle(JsonNode o, String refName) {
        for (JsonNode r : o.path("references")) {
            if (refName.equals(r.path("name").asText()) && "index-pattern".equals(r.path("type").asText())) {
                JsonNode view = byKey.get(key("index-pattern", r.path("id").asText()));
                return view == null ? null : view.path("attributes").path("title").asText();
            }
        }
        return null;
    }

    private void dashboard(String name, JsonNode o) {
        JsonNode panels = json(name + " panelsJSON", o.path("attributes").path("panelsJSON").asText(""));
        if (panels == null) {
            return;
        }
        if (!panels.isArray() || panels.isEmpty()) {
            problems.add(name + ": panelsJSON holds no panels");
            return;
        }
        Set<String> refNames = new HashSet<>();
        o.path("references").forEach(r -> refNames.add(r.path("name").asText()));
        for (JsonNode p : panels) {
            String ref = p.path("panelIndex").asText() + ":" + p.path("panelRefName").asText();
            if (!p.hasNonNull("panelRefName") || !refNames.contains(ref)) {
                problems.add(name + ": panel " + p.path("panelIndex").asText() + " has no reference " + ref);
            }
        }
    }

    private JsonNode json(String what, String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(what + ": embedded JSON does not parse: " + e.getOriginalMessage());
            return null;
        }
    }

    /** Every field path of an index's mapping: object properties joined with dots, multi-fields included. */
    Set<String> fields(String index) {
        return fieldsByIndex.computeIfAbsent(index, i -> {
            Set<String> out = new HashSet<>();
            try {
                JsonNode root = mapper.readTree(mappingsDir.resolve(i + ".json").toFile());
                collect(root.path("mappings").path("properties"), "", out);
            } catch (IOException e) {
                problems.add("mappings/" + i + ".json: " + e.getMessage());
            }
            return out;
        });
    }

    private static void collect(JsonNode properties, String prefix, Set<String> out) {
        properties.fields().forEachRemaining(e -> {
            String path = prefix + e.getKey();
            out.add(path);
            collect(e.getValue().path("properties"), path + ".", out);
            collect(e.getValue().path("fields"), path + ".", out);
        });
    }
}
