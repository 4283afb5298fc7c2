package jp.meetingsearch.http;

/** An error answer with its HTTP status, code and message; thrown by handlers, rendered by {@link ApiServer}. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** 404 for something that does not exist. */
    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
