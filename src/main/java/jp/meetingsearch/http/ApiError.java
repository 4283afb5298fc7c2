package jp.meetingsearch.http;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.ParameterProblem;

/**
 * The JSON body of every error answer: a stable code and a sentence for people (English); for a bad parameter
 * also its name and the fields of {@link ParameterProblem}, so that a client can say it in its own words (the
 * pages word them in Japanese). Fields that do not apply are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, String parameter, String reason, Object value, String other,
        Object limit, Integer min, Integer max, List<String> allowed) {

    /** Code {@value #BAD_PARAMETER}: a request parameter that cannot be used. */
    public static final String BAD_PARAMETER = "bad_parameter";

    /** An error that is not about one parameter. */
    public ApiError(String error, String message) {
        this(error, message, null, null, null, null, null, null, null, null);
    }

    /** The answer to a bad parameter: the one place its fields become JSON. */
    static ApiError of(InvalidParameterException e) {
        ParameterProblem p = e.problem();
        return new ApiError(BAD_PARAMETER, e.getMessage(), p.parameter(), p.reason().code(), p.value(), p.other(),
                p.limit(), p.min(), p.max(), p.allowed());
    }
}
