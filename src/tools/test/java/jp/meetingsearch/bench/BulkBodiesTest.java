package jp.meetingsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import jp.meetingsearch.ingest.BulkOp;
import org.junit.jupiter.api.Test;

class BulkBodiesTest {

    private static List<BulkBodies.Body> cut(String ndjson, int maxBytes) throws IOException {
        BulkBodies bodies = new BulkBodies(new BufferedReader(new StringReader(ndjson)), maxBytes);
        List<BulkBodies.Body> out = new ArrayList<>();
        for (BulkBodies.Body b = bodies.next(); b != null; b = bodies.next()) {
            out.add(b);
        }
        return out;
    }

    @Test
    void cutsAtOperationsWithinHalfTheByteLimitInCharacters() throws IOException {
        String a = BulkOp.index("r", "1", "{\"text\":\"" + "あ".repeat(30) + "\"}", "f", "f:1").ndjson();
        String b = BulkOp.delete("r", "2", "f").ndjson();
        String c = BulkOp.index("r", "3", "{\"text\":\"い\"}", "f", "f:3").ndjson();
        int limit = 2 * (a.length() + b.length());
        List<BulkBodies.Body> bodies = cut(a + b + c, limit);
        assertEquals(List.of(a + b, c), bodies.stream().map(BulkBodies.Body::text).toList());
        assertEquals(List.of(2, 1), bodies.stream().map(BulkBodies.Body::operations).toList());
        assertEquals(a + b + c, String.join("", bodies.stream().map(BulkBodies.Body::text).toList()));
    }

    @Test
    void anOperationLargerThanTheLimitTravelsAlone() throws IOException {
        String big = BulkOp.index("r", "1", "{\"text\":\"" + "う".repeat(500) + "\"}", "f", "f:1").ndjson();
        String small = BulkOp.index("r", "2", "{}", "f", "f:2").ndjson();
        List<BulkBodies.Body> bodies = cut(small + big + small, 100);
        assertEquals(List.of(small, big, small), bodies.stream().map(BulkBodies.Body::text).toList());
    }

    @Test
    void emptyStreamGivesNoBodyAndATruncatedOneIsAnError() throws IOException {
        assertNull(new BulkBodies(new BufferedReader(new StringReader("")), 1024).next());
        BulkBodies truncated = new BulkBodies(new BufferedReader(new StringReader(
                "{\"index\":{\"_index\":\"r\",\"_id\":\"1\"}}\n")), 1024);
        assertThrows(IOException.class, truncated::next);
    }
}
