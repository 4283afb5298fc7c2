package jp.meetingsearch.http.params;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import jp.meetingsearch.text.JapaneseDates;
import jp.meetingsearch.text.Width;

/**
 * Typed reading of query parameters (name → values, as HTTP servers hand them over); every refusal names the
 * parameter. An empty value counts as absent, so that a form's blank field does not filter.
 */
public record Params(Map<String, List<String>> values) {
    /** Longest keyword value accepted: enough for any body, meeting or speaker name. */
    public static final int MAX_VALUE_LENGTH = 200;

    public Params {
        values = Map.copyOf(values);
    }

    /** The first non-blank value, untouched; null when absent. */
    public String raw(String name) {
        for (String v : values.getOrDefault(name, List.of())) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** The first value as a keyword: width-folded like stored keyword values, bounded in length; null when absent. */
    public String keyword(String name) {
        return keyword(name, raw(name));
    }

    /** Every non-blank value as a keyword, in order, without repeats. */
    public List<String> keywords(String name) {
        List<String> out = new ArrayList<>();
        for (String v : values.getOrDefault(name, List.of())) {
            if (v != null && !v.isBlank()) {
                String k = keyword(name, v);
                if (!out.contains(k)) {
                    out.add(k);
                }
            }
        }
        return List.copyOf(out);
    }

    private static String keyword(String name, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            throw InvalidParameterException.tooLong(name, MAX_VALUE_LENGTH);
        }
        return Width.normalize(value);
    }

    /** A whole number in [min, max]; {@code defaultValue} when absent. */
    public int integer(String name, int min, int max, int defaultValue) {
        String v = raw(name);
        if (v == null) {
            return defaultValue;
        }
        int n;
        try {
            n = Integer.parseInt(Width.normalize(v));
        } catch (NumberFormatException e) {
            throw InvalidParameterException.notInteger(name, v);
        }
        if (n < min || n > max) {
            throw InvalidParameterException.outOfRange(name, n, min, max);
        }
        return n;
    }

    /** true/false (also 1/0, yes/no, on/off); {@code defaultValue} when absent. */
    public boolean bool(String name, boolean defaultValue) {
        String v = raw(name);
        if (v == null) {
            return defaultValue;
        }
        return switch (Width.normalize(v).toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw InvalidParameterException.of(name, ParameterProblem.Reason.NOT_BOOLEAN, v,
                    "'" + shorten(v) + "' is not true or false");
        };
    }

    /** A fiscal year (年度) as the western year it starts in: 2021, 2021年度, 令和3年度, R3, H30 …; null when absent. */
    public Integer fiscalYear(String name) {
        String v = raw(name);
        if (v == null) {
            return null;
        }
        OptionalInt fy = JapaneseDates.parseFiscalYear(v);
        if (fy.isEmpty()) {
            throw InvalidParameterException.of(name, ParameterProblem.Reason.NOT_FISCAL_YEAR, v,
                    "'" + shorten(v) + "' is not a fiscal year (write 2021, 2021年度, 令和3年度 or R3)");
        }
        return fy.getAsInt();
    }

    /** A day, ISO (2021-12-21) or 和暦 (令和3年12月21日, R3.12.21); null when absent. */
    public LocalDate date(String name) {
        String v = raw(name);
        if (v == null) {
            return null;
        }
        return JapaneseDates.parseDate(v).orElseThrow(() -> InvalidParameterException.of(name,
                ParameterProblem.Reason.NOT_DATE, v, "'" + shorten(v) + "' is not a date (write 2021-12-21 or 令和3年12月21日)"));
    }

    /** The value for an error message: bounded, so that a huge parameter does not come back whole. */
    public static String shorten(String v) {
        String oneLine = v.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }
}
