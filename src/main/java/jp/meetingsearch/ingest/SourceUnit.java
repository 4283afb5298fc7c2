package jp.meetingsearch.ingest;

import java.util.List;
import java.util.Map;

/**
 * Everything one input file contributes: its index operations, and per index the field that names the file in
 * stored documents ({@code source_file}, {@code source}), so documents an earlier load of the same file wrote and
 * this one no longer has can be found and deleted.
 *
 * @param source       the file's name as stored in documents
 * @param ops          index operations, in order
 * @param sourceFields index alias → field holding {@code source}
 */
public record SourceUnit(String source, List<BulkOp> ops, Map<String, String> sourceFields) {

    /** Rough size in UTF-16 units of the operations, for batching. */
    int size() {
        int n = 0;
        for (BulkOp op : ops) {
            n += op.source() == null ? 64 : op.source().length() + 64;
        }
        return n;
    }
}
