package jp.meetingsearch.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a loader should find in a generated corpus, written beside it as {@code .expected-counts.json}:
 * remarks per role, role group and format, in total and per file. Maps are sorted so the file is byte-stable.
 */
public final class ExpectedCounts {
    /**
     * Hidden, so that a loader given the corpus folder reads the minutes only (the loaders read JSON minutes too,
     * and leave out files whose name starts with a dot).
     */
    public static final String FILE_NAME = ".expected-counts.json";
    static final String ROLE_NOTE = "role as the speaker line or 【】 block names it; a numbered seat (○３番) counts"
            + " as 議員; an unmarked block at the start of an agenda item is the secretariat's (事務局, inferred)";

    /** The counts of one file, small enough to keep for a million-remark corpus. */
    record FileCounts(String file, String format, String body, String title, String date, int fiscalYear,
            int session, int remarks, int inferred, Map<String, Integer> byRole, Map<String, Integer> byRoleGroup) {

        static FileCounts of(GeneratedMeeting meeting) {
            Map<String, Integer> roles = new TreeMap<>();
            Map<String, Integer> groups = new TreeMap<>();
            int inferred = 0;
            for (GeneratedRemark r : meeting.remarks()) {
                roles.merge(r.role(), 1, Integer::sum);
                groups.merge(r.roleGroup(), 1, Integer::sum);
                inferred += r.inferred() ? 1 : 0;
            }
            return new FileCounts(meeting.fileName(), meeting.format().value(), meeting.body(), meeting.title(),
                    meeting.date().toString(), meeting.fiscalYear(), meeting.session(), meeting.remarks().size(),
                    inferred, roles, groups);
        }
    }

    private ExpectedCounts() {
    }

    static void write(Path file, GeneratorOptions options, List<FileCounts> files) throws IOException {
        Map<String, Integer> roles = new TreeMap<>();
        Map<String, Integer> groups = new TreeMap<>();
        Map<String, Map<String, Integer>> formats = new TreeMap<>();
        int remarks = 0;
        int inferred = 0;
        for (FileCounts f : files) {
            f.byRole().forEach((k, v) -> roles.merge(k, v, Integer::sum));
            f.byRoleGroup().forEach((k, v) -> groups.merge(k, v, Integer::sum));
            Map<String, Integer> format = formats.computeIfAbsent(f.format(), k -> new TreeMap<>());
            format.merge("meetings", 1, Integer::sum);
            format.merge("remarks", f.remarks(), Integer::sum);
            remarks += f.remarks();
            inferred += f.inferred();
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seed", options.seed());
        json.put("format", options.formatName());
        json.put("remarks", remarks);
        json.put("meetings", files.size());
        json.put("inferred", inferred);
        json.put("role_note", ROLE_NOTE);
        json.put("by_format", formats);
        json.put("by_role", roles);
        json.put("by_role_group", groups);
        json.put("files", files.stream().map(ExpectedCounts::fileJson).toList());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }

    private static Map<String, Object> fileJson(FileCounts f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", f.file());
        json.put("format", f.format());
        json.put("body", f.body());
        json.put("title", f.title());
        json.put("date", f.date());
        json.put("fiscal_year", f.fiscalYear());
        json.put("session", f.session());
        json.put("remarks", f.remarks());
        json.put("inferred", f.inferred());
        json.put("by_role", f.byRole());
        json.put("by_role_group", f.byRoleGroup());
        return json;
    }
}
