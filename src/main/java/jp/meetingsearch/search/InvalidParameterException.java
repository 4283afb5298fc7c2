package jp.meetingsearch.search;

/** A request parameter that cannot be used, with its name and the reason; the HTTP layer answers 400. */
public final class InvalidParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String parameter;
    private final String reason;

    public InvalidParameterException(String parameter, String reason) {
        super("parameter '" + parameter + "': " + reason, null, false, false);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
