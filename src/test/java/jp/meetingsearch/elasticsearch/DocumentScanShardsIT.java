package jp.meetingsearch.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reading every document of a query over several pages from an index of several shards, as a cluster's indices
 * are ({@code INDEX_SHARDS}): no document is left out at the pages' seams, and none is read twice.
 */
class DocumentScanShardsIT {
    private static final TestCluster ES = TestCluster.get();
    /** More than two pages of the scan (5,000 a page), spread over three shards. */
    private static final int DOCUMENTS = 12_345;
    private final String name = "scan-shards-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void index() throws IOException {
        ES.request("PUT", "/" + name, "{\"settings\":{\"number_of_shards\":3,\"number_of_replicas\":0}}");
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < DOCUMENTS; i++) {
            bulk.append("{\"index\":{\"_id\":\"d").append(i).append("\"}}\n{\"n\":").append(i).append("}\n");
            if ((i + 1) % 4000 == 0 || i == DOCUMENTS - 1) {
                // several flushes: every shard holds several segments, as an index being written does
                ES.request("POST", "/" + name + "/_bulk?refresh=true", bulk.toString());
                bulk.setLength(0);
            }
        }
    }

    @AfterEach
    void drop() throws IOException {
        ES.request("DELETE", "/" + name, null);
    }

    @Test
    void everyDocumentOfEveryShardIsReadOnce() throws IOException {
        List<Hit<Void>> hits = DocumentScan.all(ES.client(), name, Query.of(q -> q.matchAll(m -> m)), List.of(),
                Void.class);
        Set<String> ids = new HashSet<>();
        hits.forEach(h -> ids.add(h.id()));
        assertEquals(DOCUMENTS, ids.size(), "distinct documents read");
        assertEquals(DOCUMENTS, hits.size(), "documents read, with those read twice");
    }

    @Test
    void aQueryReadsWhatItMatchesAcrossThePages() throws IOException {
        // two pages of the documents below 9,000, and one page, read without a point in time, below 3,000
        for (int below : new int[] {9000, 3000}) {
            Query q = Query.of(x -> x.range(r -> r.number(n -> n.field("n").lt((double) below))));
            List<Hit<Void>> hits = DocumentScan.all(ES.client(), name, q, List.of(), Void.class);
            assertEquals(below, hits.stream().map(Hit::id).distinct().count(), "below " + below);
            assertEquals(below, hits.size(), "below " + below);
        }
    }
}
