package jp.meetingsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
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
                ops.add(BulkOp.index(remarks, r.id(), remark(r, file, parsed.meeting().format()),
                        file + ":" + r.order()));
            }
        }
        return new SourceUnit(file, ops, Map.of(meetings, "source_file", remarks, "source_file"));
    }

    /**
     * A remark document as JSON: the record plus its length, file and format, waiting for its theme tags. Written
     * straight from the record, without a JSON tree in between (the loader's CPU is taken from the node's).
     */
    public String remark(Remark r, String sourceFile, String format) {
        return json(new RemarkSource(r, r.text() == null ? 0 : r.text().length(), sourceFile, format, true));
    }

    /**
     * The fields of a remark document: the record's, then those only the index needs. Its themes are written later
     * by the service's tagger, which Elasticsearch tells which rules match ({@code themes_pending} until then).
     */
    private record RemarkSource(@JsonUnwrapped Remark remark, int chars, String sourceFile, String format,
            boolean themesPending) {
    }

    /** The rows of one project list, as one unit replacing what the same file loaded before. */
    public SourceUnit projects(String sourceFile, List<ProjectRow> rows) {
        String projects = indices.alias(IndexName.PROJECTS);
        List<BulkOp> ops = new ArrayList<>(rows.size());
        for (ProjectRow row : rows) {
            ops.add(BulkOp.index(projects, row.id(), json(mapper.valueToTree(row)), sourceFile + ":" + row.line()));
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
