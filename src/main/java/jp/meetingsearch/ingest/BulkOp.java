package jp.meetingsearch.ingest;

/**
 * One operation of a bulk request: index {@code source} (a JSON object) under {@code id}, or delete {@code id}.
 *
 * @param label where the document came from (file:line or file), for error reports
 */
public record BulkOp(Action action, String index, String id, String source, String label) {

    /** What the operation does. */
    public enum Action { INDEX, DELETE }

    public static BulkOp index(String index, String id, String source, String label) {
        return new BulkOp(Action.INDEX, index, id, source, label);
    }

    public static BulkOp delete(String index, String id, String label) {
        return new BulkOp(Action.DELETE, index, id, null, label);
    }

    /** The operation's lines in a {@code _bulk} body, each ending in a newline. */
    public String ndjson() {
        String meta = "{\"" + (action == Action.INDEX ? "index" : "delete") + "\":{\"_index\":" + quote(index)
                + ",\"_id\":" + quote(id) + "}}\n";
        return action == Action.INDEX ? meta + source + "\n" : meta;
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
