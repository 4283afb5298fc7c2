package jp.meetingsearch.text;

import java.io.IOException;

/** An input file that cannot be read as text at all; the message reads "file:line: reason". */
public class UnreadableInputException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String reason;

    /**
     * @param source the file as the user named it
     * @param line   1-based line of the problem, or 0 when no line applies
     */
    public UnreadableInputException(String source, int line, String reason) {
        this(source, line, reason, null);
    }

    public UnreadableInputException(String source, int line, String reason, Throwable cause) {
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
