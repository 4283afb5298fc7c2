package jp.meetingsearch.index;

/** An existing index was made by another version of the index definitions; the message says what to do. */
public final class IndexVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IndexVersionException(String message) {
        super(message);
    }
}
