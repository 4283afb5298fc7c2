package jp.meetingsearch.minutes;

/** A minutes file that cannot be parsed; the message reads "file:line: reason" (no line when none applies). */
public class MinutesParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String reason;

    /**
     * @param source the file as the user named it
     * @param line   1-based line of the problem, 0 when none applies
     */
    public MinutesParseException(String source, int line, String reason) {
        this(source, line, reason, null);
    }

    public MinutesParseException(String source, int line, String reason, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + ": " + reason, cause);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    /** 1-based line of the problem, 0 when none applies. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
