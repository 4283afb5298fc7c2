package jp.meetingsearch.http.params;

import java.util.List;
import java.util.Locale;

/**
 * What is wrong with one request parameter, in fields a client can word in its own language (the pages say it
 * in Japanese) rather than parse from the English message. Fields that do not apply are null.
 *
 * @param parameter the parameter as the request named it
 * @param reason    what is wrong, a stable code
 * @param value     the value given, as read (a number when it was read as one, else the text shortened)
 * @param other     the other parameter involved ({@code fy_to} for a {@code fy_from} after it)
 * @param limit     the bound that was crossed: a length, a count, a window, or the other parameter's value
 * @param min       smallest value allowed (out of range)
 * @param max       largest value allowed (out of range; the last page for a window)
 * @param allowed   the values allowed, when they are few
 */
public record ParameterProblem(String parameter, Reason reason, Object value, String other, Object limit,
        Integer min, Integer max, List<String> allowed) {

    /** Stable codes of what can be wrong with a parameter; {@link #code()} is what clients see. */
    public enum Reason {
        /** Missing, but the operation needs it. */
        REQUIRED,
        /** More characters than {@code limit}. */
        TOO_LONG,
        /** More terms or values than {@code limit}. */
        TOO_MANY,
        /** Not a whole number. */
        NOT_INTEGER,
        /** A number outside [{@code min}, {@code max}]. */
        OUT_OF_RANGE,
        /** Not true or false. */
        NOT_BOOLEAN,
        /** Not a fiscal year (2021, 令和3年度, R3 …). */
        NOT_FISCAL_YEAR,
        /** Not a day (2021-12-21, 令和3年12月21日 …). */
        NOT_DATE,
        /** After {@code other}, whose value is {@code limit}. */
        AFTER_OTHER,
        /** Given together with {@code other}, which excludes it. */
        CONFLICTS,
        /** None of the values the parameter takes ({@code allowed} when they are few). */
        UNKNOWN_VALUE,
        /** Not of the form the parameter takes (fg: KIND:VALUE). */
        BAD_FORMAT,
        /** page × size beyond {@code limit}; {@code max} is the last page of this size. */
        BEYOND_WINDOW,
        /** Not a cursor of a previous answer, or one of another sort ({@code other} = sort). */
        BAD_CURSOR;

        /** The code as JSON gives it: {@code after_other}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ParameterProblem {
        allowed = allowed == null ? null : List.copyOf(allowed);
    }

    /** A problem with no detail beyond its reason and the value. */
    public static ParameterProblem of(String parameter, Reason reason, Object value) {
        return new ParameterProblem(parameter, reason, value, null, null, null, null, null);
    }
}
