package jp.meetingsearch.speeches;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Tables written as JSON with their column names apart from their rows, read as arrays of objects so that a field
 * mapping can name the columns:
 * <ul>
 * <li>an object holding the names and the rows, {@code {"fields": ["id", "speaker", …], "rows": [["C1", "大塚委員長",
 * …], …]}} (names under {@code fields}, {@code columns}, {@code header} or {@code headers}, given as strings or as
 * objects naming themselves, {@code {"id": "speaker", "type": "text"}}; rows under {@code rows}, {@code data},
 * {@code values} or {@code records}): the rows become objects in place, {@code rows} keeps its name;</li>
 * <li>an array of arrays whose first array names the columns ({@code [["date", "speaker", …], ["2004/07/30", …]]},
 * as a sheet is saved): the rows after the first become objects.</li>
 * </ul>
 * A row shorter than the names lacks the last fields; a row longer than them, or names that repeat, make it no table.
 */
public final class JsonTables {
    private JsonTables() {
    }

    private static final List<String> NAME_KEYS = List.of("fields", "columns", "header", "headers");
    private static final List<String> ROW_KEYS = List.of("rows", "data", "values", "records");
    /** Keys of an object that names a column ({"id": "speaker", "type": "text"}). */
    private static final List<String> NAME_OF_COLUMN = List.of("name", "id", "key", "field");

    /**
     * A table found: where its rows stand (keys joined with dots, {@code [i]} for array positions; empty for the
     * document itself), how many rows, and the names of its columns.
     */
    public record Table(String path, int rows, List<String> columns) {
        /** For messages: {@code 'rows' (6 rows; columns id, title, speaker, …)}. */
        public String describe() {
            List<String> shown = columns.size() > 8 ? columns.subList(0, 8) : columns;
            return (path.isEmpty() ? "the document" : "'" + path + "'") + " (" + rows + (rows == 1 ? " row" : " rows")
                    + "; columns " + String.join(", ", shown) + (columns.size() > shown.size() ? ", …" : "") + ")";
        }
    }

    /** The document with its tables' rows as objects, and the tables found. */
    public record Expanded(JsonNode root, List<Table> tables) {
    }

    /** Reads every table of {@code root} as objects; {@code root} itself is not changed. */
    public static Expanded expand(JsonNode root) {
        List<Table> tables = new ArrayList<>();
        JsonNode out = expand(root.deepCopy(), "", tables);
        return new Expanded(out, List.copyOf(tables));
    }

    private static JsonNode expand(JsonNode node, String path, List<Table> tables) {
        if (node instanceof ObjectNode obj) {
            List<String> names = null;
            for (String k : NAME_KEYS) {
                names = names(Nodes.field(obj, k));
                if (names != null) {
                    break;
                }
            }
            String rowsKey = null;
            if (names != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext() && rowsKey == null; ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (ROW_KEYS.stream().anyMatch(e.getKey()::equalsIgnoreCase) && rowsOf(e.getValue(), names.size(), 0)) {
                        rowsKey = e.getKey();
                    }
                }
            }
            List<String> keys = new ArrayList<>();
            obj.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                String p = path.isEmpty() ? k : path + "." + k;
                if (k.equals(rowsKey)) {
                    obj.set(k, objects((ArrayNode) obj.get(k), names, 0));
                    tables.add(new Table(p, obj.get(k).size(), names));
                } else {
                    obj.set(k, expand(obj.get(k), p, tables));
                }
            }
            return obj;
        }
        if (node instanceof ArrayNode arr) {
            JsonNode first = arr.size() >= 2 ? arr.get(0) : null;
            List<String> header = first != null && first.isArray() && allText(first) ? names(first) : null;
            if (header != null && rowsOf(arr, header.size(), 1)) {
                ArrayNode rows = objects(arr, header, 1);
                tables.add(new Table(path, rows.size(), header));
                return rows;
            }
            for (int i = 0; i < arr.size(); i++) {
                arr.set(i, expand(arr.get(i), path + "[" + i + "]", tables));
            }
            return arr;
        }
        return node;
    }

    /** Column names: two or more, none blank, none repeated; null when {@code node} is not such a list. */
    private static List<String> names(JsonNode node) {
        if (node == null || !node.isArray() || node.size() < 2) {
            return null;
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode n : node) {
            String name = null;
            if (n.isTextual()) {
                name = n.asText().strip();
            } else if (n.isObject()) {
                for (String k : NAME_OF_COLUMN) {
                    JsonNode v = Nodes.field(n, k);
                    if (v != null && v.isTextual()) {
                        name = v.asText().strip();
                        break;
                    }
                }
            }
            if (name == null || name.isEmpty() || !seen.add(name)) {
                return null;
            }
            out.add(name);
        }
        return out;
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the elements of {@code node} from {@code from} on are one or more arrays no longer than the names. */
    private static boolean rowsOf(JsonNode node, int width, int from) {
        if (node == null || !node.isArray() || node.size() <= from) {
            return false;
        }
        for (int i = from; i < node.size(); i++) {
            JsonNode row = node.get(i);
            if (!row.isArray() || row.size() > width) {
                return false;
            }
        }
        return true;
    }

    private static ArrayNode objects(ArrayNode rows, List<String> names, int from) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode(rows.size() - from);
        for (int i = from; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            ObjectNode o = out.addObject();
            for (int c = 0; c < row.size(); c++) {
                o.set(names.get(c), row.get(c));
            }
        }
        return out;
    }
}
