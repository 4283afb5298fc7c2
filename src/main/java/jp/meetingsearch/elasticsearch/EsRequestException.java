package jp.meetingsearch.elasticsearch;

import java.io.IOException;

/** Elasticsearch answered a raw request with an error status; {@link #body()} holds its explanation. */
public final class EsRequestException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String body;

    public EsRequestException(int status, String body) {
        super("Elasticsearch answered " + status + ": " + body);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
