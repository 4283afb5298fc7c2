package jp.meetingsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** The meeting and its remarks, as one unit replacing what the same file loaded before. */
    public SourceUnit minutes(ParsedMinutes parsed) {
        return minutes(List.of(parsed));
    }

    /**
     * The meetings of one file (a speech-record file holds several) and their remarks, as one unit replacing what
     * the same file loaded before.
     */
    public SourceUnit minutes(List<ParsedMinutes> meetingsOfFile) {
        String file = meetingsOfFile.getFirst().meeting().sourceFile();
        String meetings = indices.alias(IndexName.MEETINGS);
        String remarks = indices.alias(IndexName.REMARKS);
        List<BulkOp> ops = new ArrayList<>();
        for (ParsedMinutes parsed : meetingsOfFile) {
            ObjectNode meeting = mapper.valueToTree(parsed.meeting());
            meeting.put("remark_count", parsed.remarks().size());
            // the parse warnings are the load summary's: the API does not serve them
            meeting.remove("warnings");
            ops.add(BulkOp.index(meetings, parsed.meeting().id(), json(meeting), file));
            for (Remark r : parsed.remarks()) {
                ops.add(BulkOp.index(remarks, r.id(), json(remark(r, file, parsed.meeting().format())),
                        file + ":" + r.order()));
            }
        }
        return new SourceUnit(file, ops, Map.of(meetings, "source_file", remarks, "source_file"));
    }

    /** A remark document: the record plus its length, file and format. */
    public ObjectNode remark(Remark r, String sourceFile, String format) {
        ObjectNode doc = mapper.valueToTree(r);
        doc.put("chars", r.text() == null ? 0 : r.text().length());
        doc.put("source_file", sourceFile);
        doc.put("format", format);
        return doc;
    }

    /** The rows of one project list, as one unit replacing what the same file loaded before. */
    public SourceUnit projects(String sourceFile, List<ProjectRow> rows) {
        String projects = indices.alias(IndexName.PROJECTS);
        List<BulkOp> ops = new ArrayList<>(rows.size());
        for (ProjectRow row : rows) {
            ObjectNode doc = mapper.valueToTree(row);
            // one project across fiscal years: the rows of every year with the same name and department
            doc.put("project_id", ProjectNames.projectId(row.name(), row.department()));
            ops.add(BulkOp.index(projects, row.id(), json(doc), sourceFile + ":" + row.line()));
        }
        return new SourceUnit(sourceFile, ops, Map.of(projects, "source"));
    }

    private String json(Object node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a document: " + e.getMessage(), e);
        }
    }
}
