package jp.meetingsearch.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many queries read in batches ({@link DocumentScan#eachOf}) on the real node: each query's hits come whole and in
 * the order of the queries, whether a query matches nothing, a few documents, or more than its batch's first page
 * holds; a query whose shard does not answer ends the read with the refusal instead of a part of its hits.
 */
class DocumentScanBatchIT {
    private static final TestCluster ES = TestCluster.get();
    private static final int DOCS = 600;
    private final String name = "batch-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void index() throws IOException {
        ES.request("PUT", "/" + name, "{\"settings\":{\"number_of_shards\":2,\"number_of_replicas\":0},"
                + "\"mappings\":{\"properties\":{\"n\":{\"type\":\"integer\"},\"g\":{\"type\":\"keyword\"}}}}");
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < DOCS; i++) {
            bulk.append("{\"index\":{\"_id\":\"d").append(i).append("\"}}\n{\"n\":").append(i)
                    .append(",\"g\":\"g").append(i % 4).append("\"}\n");
        }
        ES.request("POST", "/" + name + "/_bulk?refresh=true", bulk.toString());
    }

    @AfterEach
    void drop() throws IOException {
        ES.request("DELETE", "/" + name + "," + name + "-away?ignore_unavailable=true", null);
    }

    private static Query number(int n) {
        return Query.of(q -> q.term(t -> t.field("n").value(n)));
    }

    private static Query group(String g) {
        return Query.of(q -> q.term(t -> t.field("g").value(g)));
    }

    private static Query range(int from, int to) {
        return Query.of(q -> q.range(r -> r.number(x -> x.field("n").gte((double) from).lt((double) to))));
    }

    @Test
    void eachQueryGetsAllItsHitsInTheOrderOfTheQueries() throws IOException {
        List<Query> queries = new ArrayList<>();
        List<Set<String>> expected = new ArrayList<>();
        // more queries than one batch holds: numbers (one hit each), a group of 150 (more than a first page), nothing,
        // and a range of exactly one first page
        for (int i = 0; i < DocumentScan.BATCH + 37; i++) {
            if (i == 3 || i == DocumentScan.BATCH + 5) {
                queries.add(group("g1"));
                expected.add(IntStream.range(0, DOCS).filter(n -> n % 4 == 1).mapToObj(n -> "d" + n)
                        .collect(Collectors.toCollection(TreeSet::new)));
            } else if (i == 7) {
                queries.add(number(DOCS + 1));
                expected.add(Set.of());
            } else if (i == DocumentScan.BATCH - 1) {
                queries.add(range(200, 200 + DocumentScan.BATCH_PAGE));
                expected.add(IntStream.range(200, 200 + DocumentScan.BATCH_PAGE).mapToObj(n -> "d" + n)
                        .collect(Collectors.toCollection(TreeSet::new)));
            } else {
                queries.add(number(i));
                expected.add(Set.of("d" + i));
            }
        }
        List<Integer> order = new ArrayList<>();
        List<Set<String>> read = new ArrayList<>();
        List<String> current = new ArrayList<>();
        DocumentScan.eachOf(ES.client(), name, queries, List.of(), Void.class, new DocumentScan.Hits<>() {
            @Override
            public void page(int query, List<Hit<Void>> hits) {
                assertEquals(order.size(), query, "hits of query " + query + " before the one before it was done");
                hits.forEach(h -> current.add(h.id()));
            }

            @Override
            public void done(int query) {
                assertEquals(order.size(), query, "query " + query + " done out of turn");
                order.add(query);
                Set<String> ids = new TreeSet<>(current);
                assertEquals(current.size(), ids.size(), "query " + query + " got a document twice");
                read.add(ids);
                current.clear();
            }
        });
        assertEquals(IntStream.range(0, queries.size()).boxed().toList(), order, "every query once, in order");
        for (int i = 0; i < queries.size(); i++) {
            assertEquals(expected.get(i), read.get(i), "the hits of query " + i);
        }
    }

    @Test
    void theSourceFieldsAskedForComeWithTheHits() throws IOException {
        List<Integer> numbers = new ArrayList<>();
        DocumentScan.eachOf(ES.client(), name, List.of(number(5), group("g2")), List.of("n"), ObjectNode.class,
                new DocumentScan.Hits<>() {
                    @Override
                    public void page(int query, List<Hit<ObjectNode>> hits) {
                        hits.forEach(h -> numbers.add(h.source().path("n").asInt(-1)));
                    }

                    @Override
                    public void done(int query) {
                    }
                });
        assertEquals(1 + DOCS / 4, numbers.size());
        assertEquals(5, numbers.getFirst());
        assertTrue(numbers.subList(1, numbers.size()).stream().allMatch(n -> n % 4 == 2), numbers.toString());
    }

    @Test
    void aScanOfMoreThanAPageIsHandedOnAPageAtATime() throws IOException {
        int more = DocumentScan.PAGE + 200;
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < more; i++) {
            bulk.append("{\"index\":{\"_id\":\"long").append(i).append("\"}}\n{\"n\":").append(DOCS + i)
                    .append(",\"g\":\"long\"}\n");
        }
        ES.request("POST", "/" + name + "/_bulk?refresh=true", bulk.toString());
        List<Integer> sizes = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        DocumentScan.scan(ES.client(), name, group("long"), List.of(), Void.class, page -> {
            sizes.add(page.size());
            page.forEach(h -> ids.add(h.id()));
        });
        assertEquals(List.of(DocumentScan.PAGE, 200), sizes, "pages of at most " + DocumentScan.PAGE);
        assertEquals(more, ids.size(), "every document once");
        assertEquals(ids, new TreeSet<>(DocumentScan.all(ES.client(), name, group("long"), List.of(), Void.class)
                .stream().map(Hit::id).toList()), "the same documents as a read of them all");
    }

    @Test
    void aQueryWhoseShardDoesNotAnswerEndsTheReadWithTheRefusal() throws IOException {
        ES.request("PUT", "/" + name + "-away?wait_for_active_shards=0", "{\"settings\":{\"number_of_shards\":1,"
                + "\"number_of_replicas\":0,\"index.routing.allocation.require._name\":\"no-such-node\"}}");
        ES.request("POST", "/_aliases", "{\"actions\":[{\"add\":{\"index\":\"" + name + "\",\"alias\":\"" + name
                + "-all\"}},{\"add\":{\"index\":\"" + name + "-away\",\"alias\":\"" + name + "-all\"}}]}");
        List<Integer> read = new ArrayList<>();
        Exception e = assertThrows(Exception.class, () -> DocumentScan.eachOf(ES.client(), name + "-all",
                List.of(number(1), number(2)), List.of(), Void.class, new DocumentScan.Hits<>() {
                    @Override
                    public void page(int query, List<Hit<Void>> hits) {
                        read.add(query);
                    }

                    @Override
                    public void done(int query) {
                        read.add(query);
                    }
                }), "the documents of the shard that answers are not all there is");
        assertTrue(Retry.passing(EsFailures.status(e)), "a refusal that passes, given up after the retries: " + e);
        assertEquals(List.of(), read, "no query's part was handed on");
    }
}
