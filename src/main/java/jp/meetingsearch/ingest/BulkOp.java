package jp.meetingsearch.ingest;

/**
 * One operation of a bulk request: index {@code source} (a JSON object) under {@code id}, delete {@code id}, or
 * update the fields {@code source} gives of the stored document {@code id} (a partial update).
 *
 * @param file  the input file the operation writes or removes documents of (as the loader names it), null for
 *              writes of no one file (the project links); the loader tells by it which files a refusal concerns
 * @param label where the document came from (file:line or file), for error reports
 */
public record BulkOp(Action action, String index, String id, String source, String file, String label) {

    /** What the operation does. */
    public enum Action { INDEX, DELETE, UPDATE }

    public static BulkOp index(String index, String id, String source, String file, String label) {
        return new BulkOp(Action.INDEX, index, id, source, file, label);
    }

    /** Removes a document of {@code file}, which is also its label. */
    public static BulkOp delete(String index, String id, String file) {
        return new BulkOp(Action.DELETE, index, id, null, file, file);
    }

    /** Updates fields of a stored document on behalf of no one input file. */
    public static BulkOp update(String index, String id, String fields, String label) {
        return new BulkOp(Action.UPDATE, index, id, fields, null, label);
    }

    /** The operation's lines in a {@code _bulk} body, each ending in a newline. */
    public String ndjson() {
        String meta = "{\"" + action.name().toLowerCase(java.util.Locale.ROOT) + "\":{\"_index\":" + quote(index)
                + ",\"_id\":" + quote(id) + "}}\n";
        return switch (action) {
            case INDEX -> meta + source + "\n";
            case UPDATE -> meta + "{\"doc\":" + source + "}\n";
            case DELETE -> meta;
        };
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
