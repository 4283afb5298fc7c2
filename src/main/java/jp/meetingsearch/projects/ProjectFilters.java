package jp.meetingsearch.projects;

import java.util.List;
import java.util.Optional;

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

    /** No filter at all. */
    public static ProjectFilters none() {
        return new ProjectFilters(null, null, List.of(), List.of(), List.of(), null, null);
    }

    Optional<String> query() {
        return q == null || q.isBlank() ? Optional.empty() : Optional.of(q.strip());
    }
}
