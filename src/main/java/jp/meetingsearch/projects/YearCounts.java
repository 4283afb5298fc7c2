package jp.meetingsearch.projects;

import java.util.Map;

/**
 * Project counts of one fiscal year.
 *
 * @param fiscalYear   western year the fiscal year starts in
 * @param label        the fiscal year as people write it (令和3年度)
 * @param count        projects (rows) in that year
 * @param byForm       count per form of collaboration
 * @param byDepartment count per department
 * @param byArea       count per area
 * @param isNew        new projects
 * @param continuing   projects marked as continuing
 * @param proposal     projects from the citizens' proposal scheme
 */
public record YearCounts(int fiscalYear, String label, long count, Map<String, Long> byForm,
                         Map<String, Long> byDepartment, Map<String, Long> byArea, long isNew, long continuing,
                         long proposal) {
}
