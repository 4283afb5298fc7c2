package jp.meetingsearch.bench;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Cuts a stream of {@code _bulk} lines (as {@code --emit-ndjson} writes them) into request bodies by the rule
 * the loaders' BulkWriter uses: operations are never split, and a body takes the next operation only while it
 * stays within {@code maxBytes / 2} characters (Japanese text is about three bytes per character in UTF-8).
 */
public final class BulkBodies {
    private final BufferedReader in;
    private final int maxChars;
    private String pending;

    public BulkBodies(BufferedReader in, int maxBytes) {
        this.in = in;
        this.maxChars = maxBytes / 2;
    }

    /** One body to send, with the number of operations in it, or null at the end of the stream. */
    public record Body(String text, int operations) {
    }

    public Body next() throws IOException {
        StringBuilder body = new StringBuilder();
        int ops = 0;
        while (true) {
            String op = pending != null ? pending : readOperation();
            pending = null;
            if (op == null) {
                return ops == 0 ? null : new Body(body.toString(), ops);
            }
            if (ops > 0 && body.length() + op.length() > maxChars) {
                pending = op;
                return new Body(body.toString(), ops);
            }
            body.append(op);
            ops++;
        }
    }

    /** An action line, and the document line after it unless the action is a delete. */
    private String readOperation() throws IOException {
        String action = in.readLine();
        while (action != null && action.isBlank()) {
            action = in.readLine();
        }
        if (action == null) {
            return null;
        }
        if (action.startsWith("{\"delete\"")) {
            return action + "\n";
        }
        String source = in.readLine();
        if (source == null) {
            throw new IOException("the bulk stream ends after an action line without its document: " + action);
        }
        return action + "\n" + source + "\n";
    }
}
