package jp.meetingsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.loaders.Loaders;
import jp.meetingsearch.testsupport.ExtraNode;
import org.junit.jupiter.api.Test;

/**
 * Back pressure from a real node: with a write pool of one thread and a queue of one, concurrent bulk writers get
 * 429 rejections, send the rejected operations again after a pause and lose nothing; when a node rejects every
 * write (its indexing memory limit is smaller than any request), a loader gives up after the bounded retries,
 * names every document it could not write, and exits 1.
 */
class BulkPressureIT {
    private static final int WRITERS = 4;
    private static final int DOCS_PER_WRITER = 1500;
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void rejectedWritesAreRetriedUntilEveryDocumentIsIn() throws Exception {
        try (ExtraNode node = ExtraNode.start(Map.of("thread_pool.write.size", "1", "thread_pool.write.queue_size", "1"))) {
            AppConfig cfg = dataset(node, "pressure-");
            Indices indices = new Indices(cfg.indexPrefix());
            try (ElasticsearchClient client = EsClients.create(cfg.esUrl().orElseThrow(), cfg, mapper)) {
                new IndexBootstrap(client, IndexDefinitions.load(), indices).ensureAll();
                String alias = indices.alias(IndexName.REMARKS);
                ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
                List<Future<BulkResult>> results = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    List<BulkOp> ops = operations(alias, w);
                    // small requests, many of them: the queue of one fills at once
                    BulkWriter writer = new BulkWriter(client, mapper, 64 * 1024, null, null);
                    results.add(pool.submit(() -> writer.write(ops)));
                }
                BulkResult all = new BulkResult();
                for (Future<BulkResult> f : results) {
                    all.add(f.get());
                }
                pool.shutdown();
                assertTrue(all.retriedCount() > 0, "no 429 came back: the test put no pressure on the node");
                assertEquals(0, all.failures().size(), () -> all.failures().size() + " documents lost, e.g. "
                        + all.failures().getFirst());
                assertEquals(WRITERS * DOCS_PER_WRITER, all.createdCount());
                EsClients.perform(client, new Request("POST", "/" + alias + "/_refresh"));
                Request count = new Request("GET", "/" + alias + "/_count");
                assertEquals(WRITERS * DOCS_PER_WRITER,
                        mapper.readTree(EsClients.perform(client, count)).get("count").asInt());
                System.out.printf("bulk pressure: %d writers, %d documents, %d operations sent again after 429, "
                        + "0 lost%n", WRITERS, WRITERS * DOCS_PER_WRITER, all.retriedCount());
            }
        }
    }

    @Test
    void whenRetriesRunOutEveryDocumentIsReportedAndTheLoaderExits1() throws Exception {
        Path sample = Path.of(System.getProperty("project.basedir", ".")).resolve("loaders/sample/minutes");
        try (ExtraNode node = ExtraNode.start(Map.of("indexing_pressure.memory.limit", "1kb"))) {
            AppConfig cfg = dataset(node, "rejecting-");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code;
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                code = Loaders.loadMinutes(new String[] {sample.toString()}, cfg, mapper, o, e, null);
            }
            String report = out.toString(StandardCharsets.UTF_8);
            assertEquals(1, code, report + err.toString(StandardCharsets.UTF_8));
            // 14 meetings and 216 remarks, each named with its file (and remark number) and the reason
            List<String> refused = report.lines().filter(l -> l.contains("refused (429)")).toList();
            assertEquals(14 + 216, refused.size(), report);
            assertTrue(refused.stream().allMatch(l -> l.matches("  \\S+\\.txt(:\\d+)?: index \\S+ refused \\(429\\): "
                    + "es_rejected_execution_exception: .* \\(still rejected after 8 attempts\\)")), refused.get(0));
            assertTrue(report.contains("partly loaded"), report);
            System.out.printf("bulk pressure: a node rejecting every write; the loader sent each request 8 times, then "
                    + "reported %d documents one by one and exited %d%n", refused.size(), code);
        }
    }

    private List<BulkOp> operations(String alias, int writer) {
        List<BulkOp> ops = new ArrayList<>();
        for (int i = 0; i < DOCS_PER_WRITER; i++) {
            String id = "w" + writer + "-" + i;
            ObjectNode doc = mapper.createObjectNode().put("id", id).put("text", "協働のまちづくりについて意見を述べた。" + i)
                    .put("role", "委員").put("fiscal_year", 2021);
            ops.add(BulkOp.index(alias, id, doc.toString(), "writer" + writer,
                    "writer" + writer + ":" + i));
        }
        return ops;
    }

    private static AppConfig dataset(ExtraNode node, String prefix) {
        Map<String, String> env = new HashMap<>();
        env.put("ES_URL", node.url().toString());
        env.put("INDEX_PREFIX", prefix);
        return AppConfig.from(env);
    }
}
