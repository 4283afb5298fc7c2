package jp.meetingsearch.projects;

import java.util.List;
import java.util.Optional;

import jp.meetingsearch.http.params.FiscalYears;
import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.Params;

/**
 * Filters of the project endpoints. Keyword values are already width-normalised (as stored).
 *
 * @param fyFrom      first fiscal year, inclusive, or null
 * @param fyTo        last fiscal year, inclusive, or null
 * @param forms       any of these forms (empty: all)
 * @param departments any of these departments (empty: all)
 * @param areas       any of these areas (empty: all)
 * @param isNew       only new (true) or continuing (false) projects, or null for both
 * @param q           free text over name, partners, description and evaluation, or null
 */
public record ProjectFilters(Integer fyFrom, Integer fyTo, List<String> forms, List<String> departments,
                             List<String> areas, Boolean isNew, String q) {

    public ProjectFilters {
        forms = List.copyOf(forms);
        departments = List.copyOf(departments);
        areas = List.copyOf(areas);
    }

    /** Most values of one repeatable filter. */
    static final int MAX_VALUES = 50;
    /** Longest free text. */
    static final int MAX_QUERY_LENGTH = 1000;

    /**
     * Reads and checks the parameters: {@code fiscal_year} or {@code fy_from}/{@code fy_to}, {@code form},
     * {@code department}, {@code area} (repeatable), {@code new}, {@code q}.
     *
     * @throws InvalidParameterException naming the first parameter that cannot be used
     */
    public static ProjectFilters from(Params p) {
        FiscalYears fy = FiscalYears.from(p);
        Boolean newFlag = p.raw("new") == null ? null : p.bool("new", false);
        String q = p.raw("q");
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw InvalidParameterException.tooLong("q", MAX_QUERY_LENGTH);
        }
        return new ProjectFilters(fy.from(), fy.to(), values(p, "form"), values(p, "department"), values(p, "area"),
                newFlag, q);
    }

    private static List<String> values(Params p, String name) {
        List<String> vs = p.keywords(name);
        if (vs.size() > MAX_VALUES) {
            throw InvalidParameterException.tooMany(name, vs.size(), MAX_VALUES, "values");
        }
        return vs;
    }

    /** No filter at all. */
    public static ProjectFilters none() {
        return new ProjectFilters(null, null, List.of(), List.of(), List.of(), null, null);
    }

    Optional<String> query() {
        return q == null || q.isBlank() ? Optional.empty() : Optional.of(q.strip());
    }
}
