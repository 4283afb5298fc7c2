package jp.meetingsearch.projects;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What one project list gave: the rows kept, the rows rejected, and warnings ("file:line: message").
 *
 * @param charset the charset the file was read as
 */
public record ProjectParseResult(List<ProjectRow> rows, List<Rejection> rejections, List<String> warnings,
                                 Charset charset) {
    public ProjectParseResult {
        rows = List.copyOf(rows);
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
    }
}
