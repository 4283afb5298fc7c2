package jp.meetingsearch.loaders;

/** The command line is not usable; the message says what to change (exit code 2). */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
