package jp.meetingsearch.http.params;

import java.util.List;

import jp.meetingsearch.http.params.ParameterProblem.Reason;

/**
 * A request parameter that cannot be used: the English sentence for API users, and the {@link ParameterProblem}
 * whose fields clients can word themselves; the HTTP layer answers 400 with both.
 */
public final class InvalidParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ParameterProblem problem;

    /** @param why the reason in English, after "parameter 'name': " */
    public InvalidParameterException(ParameterProblem problem, String why) {
        super("parameter '" + problem.parameter() + "': " + why, null, false, false);
        this.problem = problem;
    }

    public String parameter() {
        return problem.parameter();
    }

    public ParameterProblem problem() {
        return problem;
    }

    /** The parameter is needed here. */
    public static InvalidParameterException required(String parameter, String why) {
        return new InvalidParameterException(ParameterProblem.of(parameter, Reason.REQUIRED, null), "is required: " + why);
    }

    /** Longer than {@code limit} characters. */
    public static InvalidParameterException tooLong(String parameter, int limit) {
        return new InvalidParameterException(new ParameterProblem(parameter, Reason.TOO_LONG, null, null, limit,
                null, null, null), "longer than " + limit + " characters");
    }

    /** More than {@code limit} terms or values ({@code count} given); {@code what} names them in the message. */
    public static InvalidParameterException tooMany(String parameter, long count, int limit, String what) {
        return new InvalidParameterException(new ParameterProblem(parameter, Reason.TOO_MANY, count, null, limit,
                null, null, null), "more than " + limit + " " + what + " (" + count + ")");
    }

    /** Not a whole number. */
    public static InvalidParameterException notInteger(String parameter, String value) {
        return new InvalidParameterException(ParameterProblem.of(parameter, Reason.NOT_INTEGER, Params.shorten(value)),
                "'" + Params.shorten(value) + "' is not a whole number");
    }

    /** Outside [min, max]. */
    public static InvalidParameterException outOfRange(String parameter, int value, int min, int max) {
        return new InvalidParameterException(new ParameterProblem(parameter, Reason.OUT_OF_RANGE, value, null, null,
                min, max, null), "must be between " + min + " and " + max + ", not " + value);
    }

    /** {@code value} comes after the value {@code limit} of {@code other} (a range given backwards). */
    public static InvalidParameterException after(String parameter, Object value, String other, Object limit) {
        return new InvalidParameterException(new ParameterProblem(parameter, Reason.AFTER_OTHER, value, other, limit,
                null, null, null), "is after " + other + " (" + value + " > " + limit + ")");
    }

    /** Given together with {@code other}, which excludes it. */
    public static InvalidParameterException conflicts(String parameter, String other, String why) {
        return new InvalidParameterException(new ParameterProblem(parameter, Reason.CONFLICTS, null, other, null,
                null, null, null), why);
    }

    /** None of the values the parameter takes; {@code allowed} lists them when they are few (else null). */
    public static InvalidParameterException unknownValue(String parameter, String value, List<String> allowed,
            String why) {
        return new InvalidParameterException(new ParameterProblem(parameter, Reason.UNKNOWN_VALUE,
                value == null ? null : Params.shorten(value), null, null, null, null, allowed), why);
    }

    /** page × size beyond the window {@code limit}: the last page of this size is given as max. */
    public static InvalidParameterException beyondWindow(String parameter, int page, int size, int limit, String why) {
        return new InvalidParameterException(new ParameterProblem(parameter, Reason.BEYOND_WINDOW, page, null, limit,
                1, Math.max(1, limit / size), null), why);
    }

    /** Of a kind this parameter cannot take (the reason says which). */
    public static InvalidParameterException of(String parameter, Reason reason, String value, String why) {
        return new InvalidParameterException(ParameterProblem.of(parameter, reason,
                value == null ? null : Params.shorten(value)), why);
    }
}
