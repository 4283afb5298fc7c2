package jp.meetingsearch.themes;

/** The taxonomy file is missing or malformed; the message names the file and line (line 0: the whole file). */
public final class TaxonomyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;
    private final String reason;

    public TaxonomyException(String source, int line, String reason) {
        this(source, line, reason, null);
    }

    public TaxonomyException(String source, int line, String reason, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + ": " + reason, cause);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
