package jp.meetingsearch.projects;

import java.util.List;
import java.util.Map;

/**
 * A project row as stored in the projects index and answered by the project endpoints: the fields of
 * {@link ProjectRow} in its order, then what the index adds. Written and read with the project's mapper
 * (snake_case), so the stored document and the answer are the same JSON.
 *
 * @param projectId  the project the row is a year of (the same for every year with the same name and department)
 * @param sourcePath the list's path as loaded, which owns the row (a later load of it removes rows it lost)
 */
public record ProjectDocument(String id, int fiscalYear, String name, String department, List<String> partners,
                              String form, Boolean isNew, Boolean proposal, String area, String description,
                              String evaluation, String source, int line, Map<String, String> extra, String projectId,
                              String sourcePath) {

    /** The document of a row read from the list at {@code sourcePath}. */
    public static ProjectDocument of(ProjectRow row, String projectId, String sourcePath) {
        return new ProjectDocument(row.id(), row.fiscalYear(), row.name(), row.department(), row.partners(),
                row.form(), row.isNew(), row.proposal(), row.area(), row.description(), row.evaluation(),
                row.source(), row.line(), row.extra(), projectId, sourcePath);
    }
}
