package jp.meetingsearch.elasticsearch;

/** The local Elasticsearch node could not be prepared or started; the message says what failed. */
public final class LocalNodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LocalNodeException(String message) {
        super(message);
    }

    public LocalNodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
