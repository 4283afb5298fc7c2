package jp.meetingsearch.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a series of bulk requests did, item by item. */
public final class BulkResult {
    private int created;
    private int updated;
    private int deleted;
    private int retried;
    private final List<ItemFailure> failures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** An operation Elasticsearch refused (after retries, where retrying made sense). */
    public record ItemFailure(BulkOp op, int status, String reason) {
        @Override
        public String toString() {
            return op.label() + ": " + op.action().name().toLowerCase(java.util.Locale.ROOT) + " " + op.id()
                    + " refused (" + status + "): " + reason;
        }
    }

    void created() {
        created++;
    }

    void updated() {
        updated++;
    }

    void deleted() {
        deleted++;
    }

    void retried() {
        retried++;
    }

    void failed(ItemFailure f) {
        failures.add(f);
    }

    void noted(String note) {
        notes.add(note);
    }

    /** Adds another result's counts to this one. */
    public void add(BulkResult other) {
        created += other.created;
        updated += other.updated;
        deleted += other.deleted;
        retried += other.retried;
        failures.addAll(other.failures);
        notes.addAll(other.notes);
    }

    /** Documents that did not exist before. */
    public int createdCount() {
        return created;
    }

    /** Documents that replaced one with the same id. */
    public int updatedCount() {
        return updated;
    }

    /** Documents deleted (stale ones). */
    public int deletedCount() {
        return deleted;
    }

    /** Items sent again after a 429 (rejected execution). */
    public int retriedCount() {
        return retried;
    }

    public List<ItemFailure> failures() {
        return List.copyOf(failures);
    }

    /** The input files an operation was refused for: they are loaded only in part. */
    public Set<String> failedFiles() {
        Set<String> out = new LinkedHashSet<>();
        for (ItemFailure f : failures) {
            if (f.op().file() != null) {
                out.add(f.op().file());
            }
        }
        return out;
    }

    /** Documents that changed their file: meetings or rows removed from their file, or taken over from another. */
    public List<String> notes() {
        return List.copyOf(notes);
    }
}
