package jp.meetingsearch.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reading every document of a query from the real node while one of its shards has no copy available, as while a
 * restarted node recovers: an alias over two indices, one with documents, one whose only shard may go to no node
 * (a search of it alone is refused with 503, "all shards failed"; a search of both answers with the first one's
 * documents and one failed shard).
 */
class DocumentScanIT {
    private static final TestCluster ES = TestCluster.get();
    private final String name = "scan-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void indices() throws IOException {
        ES.request("PUT", "/" + name + "-a", "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0}}");
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            bulk.append("{\"index\":{\"_id\":\"d").append(i).append("\"}}\n{\"n\":").append(i).append("}\n");
        }
        ES.request("POST", "/" + name + "-a/_bulk?refresh=true", bulk.toString());
        ES.request("PUT", "/" + name + "-b?wait_for_active_shards=0", "{\"settings\":{\"number_of_shards\":1,"
                + "\"number_of_replicas\":0,\"index.routing.allocation.require._name\":\"no-such-node\"}}");
        ES.request("POST", "/_aliases", "{\"actions\":[{\"add\":{\"index\":\"" + name + "-a\",\"alias\":\"" + name
                + "\"}},{\"add\":{\"index\":\"" + name + "-b\",\"alias\":\"" + name + "\"}}]}");
    }

    @AfterEach
    void drop() throws IOException {
        ES.request("DELETE", "/" + name + "-a," + name + "-b", null);
    }

    private void available() throws IOException {
        ES.request("PUT", "/" + name + "-b/_settings", "{\"index.routing.allocation.require._name\":null}");
    }

    private List<Hit<Void>> scan() throws IOException {
        return DocumentScan.all(ES.client(), name, Query.of(q -> q.matchAll(m -> m)), List.of(), Void.class);
    }

    @Test
    void aShardThatComesBackWithinTheRetriesIsReadWithTheOthers() throws Exception {
        Thread healer = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(1500);
                available();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<Hit<Void>> hits = scan();
        healer.join();
        assertEquals(7, hits.size(), "every document, once the shard is back");
        assertEquals(7, hits.stream().map(Hit::id).distinct().count());
    }

    @Test
    void aShardThatStaysAwayEndsTheScanWithTheRefusalNotWithThePartTheOthersHold() {
        Exception e = assertThrows(Exception.class, this::scan,
                "the 7 documents of the shard that answers are not all there is");
        assertTrue(Retry.passing(EsFailures.status(e)), "a refusal that passes, given up after the retries: " + e);
    }
}
