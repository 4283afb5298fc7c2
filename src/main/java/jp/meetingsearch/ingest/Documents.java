package jp.meetingsearch.ingest;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.links.ProjectNames;
import jp.meetingsearch.minutes.ParsedMinutes;
import jp.meetingsearch.minutes.Remark;
import jp.meetingsearch.projects.ProjectRow;

/** The documents the indices hold, built from parsed inputs (the records plus the fields only the index needs). */
public final class Documents {
    private final ObjectMapper mapper;
    private final Indices indices;

    public Documents(ObjectMapper mapper, Indices indices) {
        this.mapper = mapper;
        this.indices = indices;
    }

    /**
     * The meetings of one minutes file and their remarks, as one unit: it replaces these meetings wherever they were
     * loaded from, and removes the meetings an earlier load of the same path had that the file no longer holds.
     *
     * @param sourcePath the file's path as the loader names it (see {@code source_path} in the mappings)
     */
    public SourceUnit minutes(String sourcePath, List<ParsedMinutes> meetingsOfFile) {
        String meetings = indices.alias(IndexName.MEETINGS);
        String remarks = indices.alias(IndexName.REMARKS);
        List<BulkOp> ops = new ArrayList<>();
        for (ParsedMinutes parsed : meetingsOfFile) {
            ObjectNode meeting = mapper.valueToTree(parsed.meeting());
            meeting.put("remark_count", parsed.remarks().size());
            // the parse warnings are the load summary's: the API does not serve them
            meeting.remove("warnings");
            meeting.put("source_path", sourcePath);
            ops.add(BulkOp.index(meetings, parsed.meeting().id(), json(meeting), sourcePath));
            for (Remark r : parsed.remarks()) {
                ObjectNode doc = remark(r, parsed.meeting().sourceFile(), parsed.meeting().format());
                doc.put("source_path", sourcePath);
                ops.add(BulkOp.index(remarks, r.id(), json(doc), sourcePath + ":" + r.order()));
            }
        }
        return new SourceUnit(sourcePath, ops, meetings, "meeting",
                new SourceUnit.Parts(remarks, "meeting_id", "remarks"));
    }

    /** A remark document: the record plus its length, file and format. */
    public ObjectNode remark(Remark r, String sourceFile, String format) {
        ObjectNode doc = mapper.valueToTree(r);
        doc.put("chars", r.text() == null ? 0 : r.text().length());
        doc.put("source_file", sourceFile);
        doc.put("format", format);
        return doc;
    }

    /**
     * The rows of one project list, as one unit: rows are identified by their content (see {@link ProjectRow#id()}),
     * so they replace the same rows from any list; rows an earlier load of the same path had that the list no longer
     * holds are removed.
     */
    public SourceUnit projects(String sourcePath, List<ProjectRow> rows) {
        String projects = indices.alias(IndexName.PROJECTS);
        List<BulkOp> ops = new ArrayList<>(rows.size());
        for (ProjectRow row : rows) {
            ObjectNode doc = mapper.valueToTree(row);
            // one project across fiscal years: the rows of every year with the same name and department
            doc.put("project_id", ProjectNames.projectId(row.name(), row.department()));
            doc.put("source_path", sourcePath);
            ops.add(BulkOp.index(projects, row.id(), json(doc), sourcePath + ":" + row.line()));
        }
        return new SourceUnit(sourcePath, ops, projects, "row", null);
    }

    private String json(Object node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a document: " + e.getMessage(), e);
        }
    }
}
