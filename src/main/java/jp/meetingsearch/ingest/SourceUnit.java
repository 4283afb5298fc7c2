package jp.meetingsearch.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one input file contributes, and what it owns in the indices. The file owns the documents of
 * {@code ownedIndex} stored with its path (meetings, project rows): those it no longer holds are removed when it is
 * loaded again. Documents of {@code parts} (remarks) belong to a document of the owned index through
 * {@code parts.ownerField} (a remark's {@code meeting_id}), never to a file: loading a meeting replaces exactly the
 * remarks of that meeting, whichever file wrote them before.
 *
 * @param source     the file's path as stored in documents ({@code source_path}); it names the file in messages
 * @param ops        index operations, in order
 * @param ownedIndex alias of the index whose documents the file owns by path
 * @param kind       what one owned document is, for messages ({@code meeting}, {@code row})
 * @param parts      the documents that belong to owned ones, or null
 */
public record SourceUnit(String source, List<BulkOp> ops, String ownedIndex, String kind, Parts parts) {

    /** Documents of {@code index} that belong to an owned document named in their field {@code ownerField}. */
    public record Parts(String index, String ownerField, String kind) {
    }

    public SourceUnit {
        ops = List.copyOf(ops);
    }

    /** Ids this unit writes to an index. */
    Set<String> ids(String index) {
        Set<String> ids = new LinkedHashSet<>();
        for (BulkOp op : ops) {
            if (op.index().equals(index) && op.action() == BulkOp.Action.INDEX) {
                ids.add(op.id());
            }
        }
        return ids;
    }
}
