package jp.meetingsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests of many small operations on the real node: partial updates of a few dozen bytes each (as the project
 * links are) go in requests of at most {@link BulkWriter#MAX_ITEMS} operations, not of 4 MB, and every one is
 * written.
 */
class BulkWriterIT {
    private static final TestCluster ES = TestCluster.get();
    private final String name = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
    private final ObjectMapper mapper = Json.newMapper();

    @AfterEach
    void drop() throws IOException {
        ES.request("DELETE", "/" + name + "?ignore_unavailable=true", null);
    }

    @Test
    void smallUpdatesGoInRequestsOfBoundedCountAndAllAreWritten() throws IOException {
        int docs = 2 * BulkWriter.MAX_ITEMS + 300;
        List<BulkOp> index = new ArrayList<>();
        for (int i = 0; i < docs; i++) {
            index.add(BulkOp.index(name, "d" + i, "{\"n\":" + i + "}", "file", "doc " + i));
        }
        BulkResult indexed = new BulkWriter(ES.client(), mapper, BulkWriter.DEFAULT_MAX_BYTES, "true", null)
                .write(index);
        assertEquals(docs, indexed.createdCount());

        List<BulkOp> updates = new ArrayList<>();
        for (int i = 0; i < docs; i++) {
            updates.add(BulkOp.update(name, "d" + i, "{\"tag\":\"t" + i + "\"}", "doc " + i));
        }
        List<Integer> sizes = new ArrayList<>();
        BulkResult updated = new BulkWriter(ES.client(), mapper, BulkWriter.DEFAULT_MAX_BYTES, "true",
                body -> sizes.add((int) body.lines().count() / 2)).write(updates);
        assertTrue(updates.stream().mapToInt(op -> op.ndjson().length()).sum() < BulkWriter.DEFAULT_MAX_BYTES,
                "the updates would fit one request by their bytes");
        assertEquals(List.of(BulkWriter.MAX_ITEMS, BulkWriter.MAX_ITEMS, 300), sizes, "operations per request");
        assertEquals(docs, updated.updatedCount());
        assertEquals(List.of(), updated.failures());
        assertEquals(docs, ES.request("GET", "/" + name + "/_count?q=tag:*", null).path("count").asInt());
    }
}
