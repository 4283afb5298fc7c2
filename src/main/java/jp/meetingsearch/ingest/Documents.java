package jp.meetingsearch.ingest;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.links.ProjectNames;
import jp.meetingsearch.minutes.MinutesFormat;
import jp.meetingsearch.minutes.ParsedMinutes;
import jp.meetingsearch.minutes.Remark;
import jp.meetingsearch.projects.ProjectDocument;
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
            ops.add(BulkOp.index(meetings, parsed.meeting().id(), json(meeting), sourcePath, sourcePath));
            for (Remark r : parsed.remarks()) {
                ops.add(BulkOp.index(remarks, r.id(),
                        remark(r, parsed.meeting().sourceFile(), sourcePath, parsed.meeting().format()),
                        sourcePath, sourcePath + ":" + r.order()));
            }
        }
        return new SourceUnit(sourcePath, ops, meetings, "meeting",
                new SourceUnit.Parts(remarks, "meeting_id", "remarks"));
    }

    /**
     * A remark document as JSON: the record plus its length, file, path and format, waiting for its theme tags.
     * Written straight from the record, without a JSON tree in between (the loader's CPU is taken from the node's).
     */
    public String remark(Remark r, String sourceFile, String sourcePath, MinutesFormat format) {
        return json(new RemarkSource(r, r.text() == null ? 0 : r.text().length(), sourceFile, sourcePath, format,
                true));
    }

    /**
     * The fields of a remark document: the record's, then those only the index needs. Its themes are written later
     * by the service's tagger, which Elasticsearch tells which rules match ({@code themes_pending} until then).
     */
    private record RemarkSource(@JsonUnwrapped Remark remark, int chars, String sourceFile, String sourcePath,
            MinutesFormat format, boolean themesPending) {
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
            // one project across fiscal years: the rows of every year with the same name and department
            ProjectDocument doc = ProjectDocument.of(row, ProjectNames.projectId(row.name(), row.department()),
                    sourcePath);
            ops.add(BulkOp.index(projects, row.id(), json(doc), sourcePath, sourcePath + ":" + row.line()));
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
