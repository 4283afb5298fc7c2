package jp.meetingsearch.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.ParameterProblem;
import jp.meetingsearch.http.params.Params;

/**
 * Where the next page starts: the sort values of the last remark shown (Elasticsearch's search_after), the sort
 * they belong to and how many remarks came before. Opaque to clients: base64url of a small JSON object.
 *
 * @param sort     the order the values belong to; a cursor is refused with another {@code sort}
 * @param consumed remarks shown up to and including the last one
 * @param after    the sort values of the last remark shown
 */
public record SearchCursor(SortOrder sort, long consumed, List<FieldValue> after) {
    /** A cursor longer than this is no cursor of ours. */
    static final int MAX_LENGTH = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    public SearchCursor {
        after = List.copyOf(after);
    }

    /** The opaque form. */
    public String encode() {
        ObjectNode o = JSON.createObjectNode();
        o.put("s", sort.value());
        o.put("n", consumed);
        ArrayNode a = o.putArray("a");
        for (FieldValue v : after) {
            switch (v._kind()) {
                case Double -> a.add(v.doubleValue());
                case Long -> a.add(v.longValue());
                case String -> a.add(v.stringValue());
                case Boolean -> a.add(v.booleanValue());
                case Null -> a.addNull();
                default -> throw new IllegalStateException("unexpected sort value " + v);
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(o.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor given with {@code sort}.
     *
     * @throws InvalidParameterException naming {@code parameter} for anything that is not a cursor of this sort
     */
    public static SearchCursor decode(String value, SortOrder sort, String parameter) {
        if (value.length() > MAX_LENGTH) {
            throw InvalidParameterException.of(parameter, ParameterProblem.Reason.BAD_CURSOR, null,
                    "is not a cursor from a previous answer");
        }
        JsonNode o;
        try {
            o = JSON.readTree(Base64.getUrlDecoder().decode(value.trim()));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw InvalidParameterException.of(parameter, ParameterProblem.Reason.BAD_CURSOR, null,
                    "is not a cursor from a previous answer");
        }
        int expectedValues = sort.sortOptions().size();
        if (o == null || !o.isObject() || !o.path("a").isArray() || o.path("a").size() != expectedValues
                || !o.path("n").canConvertToLong() || o.path("n").asLong() < 1 || !o.path("s").isTextual()) {
            throw InvalidParameterException.of(parameter, ParameterProblem.Reason.BAD_CURSOR, null,
                    "is not a cursor from a previous answer");
        }
        if (!sort.value().equals(o.get("s").asText())) {
            throw new InvalidParameterException(new ParameterProblem(parameter, ParameterProblem.Reason.BAD_CURSOR,
                    null, "sort", Params.shorten(o.get("s").asText()), null, null, null), "belongs to sort="
                    + Params.shorten(o.get("s").asText()) + ", not sort=" + sort.value() + ": start again without a cursor");
        }
        List<FieldValue> after = new ArrayList<>();
        List<Boolean> numeric = sort.numericValues();
        for (int i = 0; i < expectedValues; i++) {
            JsonNode v = o.get("a").get(i);
            // a string where the date goes would reach Elasticsearch and fail there (a 502): refuse it here
            if (numeric.get(i) ? !v.isNumber() : !v.isTextual()) {
                throw InvalidParameterException.of(parameter, ParameterProblem.Reason.BAD_CURSOR, null,
                        "is not a cursor from a previous answer");
            }
            if (v.isTextual()) {
                after.add(FieldValue.of(v.asText()));
            } else if (v.isIntegralNumber() && v.canConvertToLong()) {
                after.add(FieldValue.of(v.asLong()));
            } else {
                after.add(FieldValue.of(v.asDouble()));
            }
        }
        return new SearchCursor(sort, o.get("n").asLong(), after);
    }
}
