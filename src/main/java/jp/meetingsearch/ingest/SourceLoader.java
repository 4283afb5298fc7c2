package jp.meetingsearch.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.elasticsearch.DocumentScan;

/**
 * Writes the units of a batch of input files so that loading a file again replaces what it loaded before:
 * <ul>
 * <li>the documents a file owns (meetings, project rows) are identified by their own deterministic ids, so a file
 * loaded under another name or from another folder replaces them instead of adding copies, and two files of the same
 * name in two folders never touch each other's documents;</li>
 * <li>an owned document stored with the file's path that the file no longer holds is removed (a meeting with its
 * remarks) and reported;</li>
 * <li>the parts of an owned document (a meeting's remarks) that the new parse no longer has are deleted, found by
 * their owner's id, whichever file wrote them;</li>
 * <li>an owned document that another file wrote before is taken over, and reported.</li>
 * </ul>
 * New documents are written first, stale ones deleted after: a crash in between leaves extra documents, never
 * missing ones, and the next load of the same files removes them.
 */
public final class SourceLoader {
    /** Most ids in one ids clause: Elasticsearch's default {@code index.max_result_window}, the most it accepts. */
    static final int IDS_PER_CLAUSE = 10_000;

    private final ElasticsearchClient client;
    private final BulkWriter writer;

    /**
     * The mapper is not needed since documents are read as records through the client; the parameter stays until
     * the loader's caller, being split elsewhere, drops it.
     */
    public SourceLoader(ElasticsearchClient client, ObjectMapper mapper, BulkWriter writer) {
        this.client = client;
        this.writer = writer;
    }

    /**
     * What the loader reads of a stored owned document (a meeting or a project row): the path that owns it, and
     * what a person recognises it by in a message, in the order a message gives them.
     */
    record Owned(String sourcePath, String date, String title, Integer fiscalYear, String name, Long remarkCount) {
        static final List<String> FIELDS = List.of("source_path", "date", "title", "fiscal_year", "name",
                "remark_count");

        /** Its id and what a person recognises it by. */
        String describe(String id) {
            List<String> parts = new ArrayList<>();
            for (Object v : new Object[] {date, title, fiscalYear, name}) {
                if (v != null) {
                    parts.add(v.toString());
                }
            }
            return id + (parts.isEmpty() ? "" : " (" + String.join(" ", parts) + ")");
        }
    }

    /** Writes the batch and removes stale documents; the result counts both and carries what was taken over or removed. */
    public BulkResult load(List<SourceUnit> batch) throws IOException {
        List<String> notes = new ArrayList<>();
        List<BulkOp> deletes = new ArrayList<>();
        // owned documents as stored before this batch: which are gone from their file, which another file wrote
        Map<String, Set<String>> removedByIndex = new LinkedHashMap<>();
        for (var e : byOwnedIndex(batch).entrySet()) {
            removedByIndex.put(e.getKey(), compareOwned(e.getKey(), e.getValue(), deletes, notes));
        }
        List<BulkOp> ops = new ArrayList<>();
        batch.forEach(u -> ops.addAll(u.ops()));
        BulkResult result = writer.write(ops);
        Map<SourceUnit, Set<String>> owners = new LinkedHashMap<>();
        for (SourceUnit u : batch) {
            if (u.parts() != null) {
                Set<String> own = new LinkedHashSet<>(u.ids(u.ownedIndex()));
                own.addAll(removedOf(u, removedByIndex.getOrDefault(u.ownedIndex(), Set.of()), deletes));
                owners.put(u, own);
            }
        }
        staleParts(owners, deletes);
        if (!deletes.isEmpty()) {
            result.add(writer.write(deletes));
        }
        notes.forEach(result::noted);
        return result;
    }

    private static Map<String, List<SourceUnit>> byOwnedIndex(List<SourceUnit> batch) {
        Map<String, List<SourceUnit>> m = new LinkedHashMap<>();
        batch.forEach(u -> m.computeIfAbsent(u.ownedIndex(), k -> new ArrayList<>()).add(u));
        return m;
    }

    /** The ids of removed owned documents that were stored with this unit's path (their delete ops carry it). */
    private static Set<String> removedOf(SourceUnit u, Set<String> removed, List<BulkOp> deletes) {
        Set<String> out = new LinkedHashSet<>();
        for (BulkOp d : deletes) {
            if (d.index().equals(u.ownedIndex()) && removed.contains(d.id()) && u.source().equals(d.file())) {
                out.add(d.id());
            }
        }
        return out;
    }

    /**
     * Reads the owned documents that either carry the path of a unit or the id of a document a unit writes; adds a
     * delete for each one that its file no longer holds and a note for it and for each one another file wrote.
     *
     * @return the ids of the removed documents
     */
    private Set<String> compareOwned(String index, List<SourceUnit> units, List<BulkOp> deletes, List<String> notes)
            throws IOException {
        Map<String, SourceUnit> byPath = new LinkedHashMap<>();
        Map<String, SourceUnit> byId = new LinkedHashMap<>();
        for (SourceUnit u : units) {
            byPath.put(u.source(), u);
            u.ids(index).forEach(id -> byId.put(id, u));
        }
        List<FieldValue> paths = byPath.keySet().stream().map(FieldValue::of).toList();
        List<String> ids = List.copyOf(byId.keySet());
        Query query = Query.of(q -> q.bool(b -> {
            b.should(s -> s.terms(t -> t.field("source_path").terms(v -> v.value(paths))));
            // Elasticsearch refuses an ids query of more ids than the index's result window (10,000 by default):
            // a list of 20,000 projects is one file, so its ids go in clauses of at most that many
            for (int from = 0; from < ids.size(); from += IDS_PER_CLAUSE) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_CLAUSE));
                b.should(s -> s.ids(i -> i.values(chunk)));
            }
            return b;
        }));
        Set<String> removed = new LinkedHashSet<>();
        // rows another file wrote, counted per (unit, other file): lists have thousands of rows, one line each is noise
        Map<SourceUnit, Map<String, Integer>> takenOver = new LinkedHashMap<>();
        for (Hit<Owned> hit : DocumentScan.all(client, index, query, Owned.FIELDS, Owned.class)) {
            String id = hit.id();
            Owned src = hit.source();
            String storedPath = src.sourcePath();
            SourceUnit writing = byId.get(id);
            if (writing == null) {
                // stored with the path of a unit of this batch, and no unit writes it now: gone from its file
                SourceUnit owner = byPath.get(storedPath);
                if (owner != null) {
                    deletes.add(BulkOp.delete(index, id, owner.source()));
                    removed.add(id);
                    notes.add(owner.source() + ": " + owner.kind() + " " + src.describe(id)
                            + " is no longer in this file: removed"
                            + (owner.parts() == null ? "" : " with its " + (src.remarkCount() != null
                            ? src.remarkCount() + " " : "") + owner.parts().kind()));
                }
            } else if (storedPath != null && !storedPath.equals(writing.source())) {
                takenOver.computeIfAbsent(writing, k -> new LinkedHashMap<>()).merge(storedPath, 1, Integer::sum);
                if (writing.parts() != null) {
                    notes.add(writing.source() + ": " + writing.kind() + " " + src.describe(id) + " was loaded from "
                            + storedPath + " before; it now comes from this file");
                }
            }
        }
        Map<String, Integer> takenFrom = new LinkedHashMap<>();
        takenOver.values().forEach(counts -> counts.forEach((path, n) -> takenFrom.merge(path, n, Integer::sum)));
        for (var e : takenOver.entrySet()) {
            SourceUnit u = e.getKey();
            for (var c : e.getValue().entrySet()) {
                String path = c.getKey();
                int n = c.getValue();
                // what the other file still has beyond what this batch takes over stays: say so, delete nothing
                long stays = byPath.containsKey(path) ? 0 : count(index, path) - takenFrom.get(path);
                String rest = stays > 0 ? "; " + stays + " other " + plural(u.kind(), stays) + " loaded from " + path
                        + " " + (stays == 1 ? "stays" : "stay") : "";
                if (u.parts() == null) {
                    notes.add(u.source() + ": " + n + " " + plural(u.kind(), n) + (n == 1 ? " was" : " were")
                            + " loaded from " + path + " before (the same identity); " + (n == 1 ? "it now comes"
                            : "they now come") + " from this file" + rest);
                } else if (!rest.isEmpty()) {
                    notes.add(u.source() + ": " + rest.substring(2));
                }
            }
        }
        return removed;
    }

    private static String plural(String kind, long n) {
        return n == 1 ? kind : kind + "s";
    }

    /** Documents of the index stored with this path. */
    private long count(String index, String path) throws IOException {
        return jp.meetingsearch.elasticsearch.WholeCount.of(client,
                c -> c.index(index).query(q -> q.term(t -> t.field("source_path").value(path))));
    }

    /**
     * Adds deletes for the parts of each unit's owners that the unit does not write: one scan of each parts index
     * for the whole batch instead of one search per file.
     */
    private void staleParts(Map<SourceUnit, Set<String>> owners, List<BulkOp> deletes) throws IOException {
        Map<SourceUnit.Parts, List<SourceUnit>> byParts = new LinkedHashMap<>();
        owners.forEach((u, own) -> {
            if (!own.isEmpty()) {
                byParts.computeIfAbsent(u.parts(), k -> new ArrayList<>()).add(u);
            }
        });
        for (var e : byParts.entrySet()) {
            SourceUnit.Parts parts = e.getKey();
            // which units name each owner (two files of a batch may write the same meeting), and what each writes
            Map<String, List<SourceUnit>> unitsOf = new LinkedHashMap<>();
            Map<SourceUnit, Set<String>> kept = new LinkedHashMap<>();
            for (SourceUnit u : e.getValue()) {
                owners.get(u).forEach(o -> unitsOf.computeIfAbsent(o, k -> new ArrayList<>()).add(u));
                kept.put(u, new HashSet<>(u.ids(parts.index())));
            }
            List<FieldValue> values = unitsOf.keySet().stream().map(FieldValue::of).toList();
            Query query = Query.of(q -> q.terms(t -> t.field(parts.ownerField()).terms(v -> v.value(values))));
            for (Hit<ObjectNode> hit : DocumentScan.all(client, parts.index(), query, List.of(parts.ownerField()),
                    ObjectNode.class)) {
                String owner = hit.source() == null ? "" : hit.source().path(parts.ownerField()).asText();
                for (SourceUnit u : unitsOf.getOrDefault(owner, List.of())) {
                    if (!kept.get(u).contains(hit.id())) {
                        deletes.add(BulkOp.delete(parts.index(), hit.id(), u.source()));
                    }
                }
            }
        }
    }
}
