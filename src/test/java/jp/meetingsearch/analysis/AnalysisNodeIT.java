package jp.meetingsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every golden analysis file, sent through the real node's {@code _analyze} API on the remarks index: Lucene's
 * search-mode expectations, the official plugin's REST expectations, each component, and the project's analyzers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisNodeIT {
    private static final Path FOLDER = ProjectFiles.resolve("src/plugin/test/resources/analysis");
    private final TestCluster es = TestCluster.get();
    private final Map<String, String> actual = new HashMap<>();
    private AppConfig cfg;
    private String remarks;
    private int matchIndexCount;

    @BeforeAll
    void createIndices() throws IOException {
        cfg = es.newDataset();
        Indices indices = new Indices(cfg.indexPrefix());
        new IndexBootstrap(es.client(), IndexDefinitions.load(), indices).ensureAll();
        remarks = indices.alias(IndexName.REMARKS);
    }

    @AfterAll
    void deleteIndices() throws IOException {
        es.deleteDataset(cfg.indexPrefix());
    }

    @TestFactory
    Stream<DynamicTest> everyCaseHoldsOnTheNode() throws IOException {
        List<GoldenFile> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(FOLDER)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> files.add(GoldenFile.read(p)));
        }
        boolean update = Boolean.getBoolean("golden.update");
        if (update) {
            for (GoldenFile f : files) {
                f.rewrite(c -> run(c));
            }
        }
        return files.stream().flatMap(f -> f.cases().stream())
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> assertEquals(c.expected(), run(c), c.toString())));
    }

    private String run(GoldenFile.Case c) {
        return actual.computeIfAbsent(c.file().getFileName() + ":" + c.line(), k -> {
            try {
                return c.kind() == GoldenFile.Kind.ANALYZE ? analyze(c.request(), c.inputs().get(0))
                        : String.valueOf(match(c.request(), c.inputs().get(0), c.inputs().get(1)));
            } catch (IOException e) {
                return "ERROR " + e.getMessage();
            }
        });
    }

    private String analyze(JsonNode request, String text) throws IOException {
        ObjectNode body = request.deepCopy();
        body.put("text", text);
        JsonNode answer = es.request("POST", "/" + remarks + "/_analyze", body.toString());
        List<String> out = new ArrayList<>();
        int last = -1;
        for (JsonNode t : answer.get("tokens")) {
            int pos = t.get("position").asInt();
            int increment = pos - last;
            out.add(t.get("token").asText() + (last >= 0 && increment != 1 || last < 0 && pos != 0 ? "/" + increment : ""));
            last = pos;
        }
        return String.join(" ", out);
    }

    private long match(JsonNode fieldSpec, String doc, String query) throws IOException {
        String index = cfg.indexPrefix() + "match-" + matchIndexCount++;
        ObjectNode body = es.mapper().createObjectNode();
        body.putObject("settings").put("number_of_replicas", 0)
                .set("analysis", IndexDefinitions.load().get(IndexName.REMARKS).body().at("/settings/analysis"));
        ObjectNode field = body.putObject("mappings").putObject("properties").putObject("f");
        field.put("type", "text");
        field.setAll((ObjectNode) fieldSpec);
        es.request("PUT", "/" + index, body.toString());
        ObjectNode d = es.mapper().createObjectNode().put("f", doc);
        es.request("PUT", "/" + index + "/_doc/1?refresh=true", d.toString());
        ObjectNode q = es.mapper().createObjectNode();
        q.putObject("query").putObject("match").put("f", query);
        long hits = es.request("POST", "/" + index + "/_count", q.toString()).get("count").asLong();
        es.request("DELETE", "/" + index, null);
        return hits;
    }
}
