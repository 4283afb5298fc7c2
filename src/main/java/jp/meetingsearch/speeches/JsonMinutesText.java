package jp.meetingsearch.speeches;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Minutes text carried in JSON: a minutes system's answer that cuts a verbatim record into blocks, one item per
 * block with the text of the block in one field (DiscussNet's {@code tenant_minutes[].body}). The field whose
 * values hold the most speaker lines (○議長（…）) is taken, and its values, in order, are the record's text.
 */
public final class JsonMinutesText {
    private JsonMinutesText() {
    }

    private static final Pattern SPEAKER_LINE = Pattern.compile("(?m)^(?:<[^>]+>)*[\\s　]*[○〇◯◎◆][^\\s　]{1,30}");

    /** The record's text, or empty when no array of items carries speaker lines in one field. */
    public static Optional<String> find(JsonNode root) {
        Best best = new Best();
        walk(root, best);
        if (best.array == null || best.count < 2) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode item : best.array) {
            JsonNode v = Nodes.field(item, best.field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                parts.add(v.asText());
            }
        }
        return Optional.of(String.join("\n", parts));
    }

    private static final class Best {
        JsonNode array;
        String field;
        int count;
    }

    private static void walk(JsonNode node, Best best) {
        if (node.isArray()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (JsonNode item : node) {
                if (item.isObject()) {
                    item.fields().forEachRemaining(e -> {
                        if (e.getValue().isTextual() && SPEAKER_LINE.matcher(e.getValue().asText()).find()) {
                            counts.merge(e.getKey(), 1, Integer::sum);
                        }
                    });
                }
            }
            counts.forEach((field, n) -> {
                if (n > best.count) {
                    best.array = node;
                    best.field = field;
                    best.count = n;
                }
            });
        }
        if (node.isContainerNode()) {
            node.forEach(child -> walk(child, best));
        }
    }
}
