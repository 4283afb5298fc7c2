package jp.meetingsearch.admin;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The write operations of a running service by name (e.g. {@code reload}, {@code load-sample}); the HTTP layer
 * serves each as {@code POST /api/admin/<name>} behind the admin token.
 */
public record AdminActions(Map<String, Action> actions) {
    /** No write operations. */
    public static final AdminActions NONE = new AdminActions(Map.of());

    /** The operation cannot be done as asked (e.g. the file to reload is malformed); the message says why. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** The operation could not be done because something it needs is unavailable (Elasticsearch, its disk). */
    public static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    /** One operation; its result is answered as JSON. */
    public interface Action {
        Object run() throws IOException;
    }

    public AdminActions {
        actions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(actions));
        for (String name : actions.keySet()) {
            if (!name.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("admin action names are lower-case words with '-': " + name);
            }
        }
    }

    /** The same operations and one more. */
    public AdminActions with(String name, Action action) {
        Map<String, Action> all = new LinkedHashMap<>(actions);
        all.put(name, action);
        return new AdminActions(all);
    }
}
