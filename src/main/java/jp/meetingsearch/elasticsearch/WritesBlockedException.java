package jp.meetingsearch.elasticsearch;

import java.io.IOException;

/**
 * Elasticsearch refuses every write to an index because of a block (mostly the read-only block it sets when the
 * disk of its data passes the flood-stage watermark). Retrying cannot help until the cause is removed, so a
 * loader stops at once; the message says what to do.
 */
public final class WritesBlockedException extends IOException {
    private static final long serialVersionUID = 1L;

    public WritesBlockedException(String message) {
        super(message);
    }
}
