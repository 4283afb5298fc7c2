package jp.meetingsearch.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.corpus.GeneratorOptions;
import jp.meetingsearch.corpus.MinutesGenerator;
import jp.meetingsearch.elasticsearch.EsClients;

/** Generated corpora loaded into datasets, and their documents read back, for tests that compare datasets. */
public final class Datasets {
    private Datasets() {
    }

    /** What a loader run returned and printed. */
    public record Run(int code, String out, String err) {
    }

    /** A generated corpus of {@code remarks} remarks in {@code dir}/corpus. */
    public static Path corpus(Path dir, int remarks, int seed) throws IOException {
        Path corpus = dir.resolve("corpus");
        new MinutesGenerator(GeneratorOptions.parse("--remarks", String.valueOf(remarks), "--seed",
                String.valueOf(seed), "--out", corpus.toString())).writeTo(corpus);
        return corpus;
    }

    /** Runs {@code load-minutes} on the corpus into the dataset of {@code cfg}. */
    public static Run load(AppConfig cfg, Path corpus, ObjectMapper mapper, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = new String[options.length + 1];
        args[0] = corpus.toString();
        System.arraycopy(options, 0, args, 1, options.length);
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = Loaders.loadMinutes(args, cfg, mapper, o, e, null);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** The remarks and meetings of dataset {@code a} are those of {@code b}: the same ids, the same documents. */
    public static void assertSameDocuments(ElasticsearchClient client, String a, String b, ObjectMapper mapper)
            throws IOException {
        for (String index : java.util.List.of("remarks", "meetings")) {
            Map<String, JsonNode> got = documents(client, a + index, mapper);
            Map<String, JsonNode> want = documents(client, b + index, mapper);
            assertEquals(want.keySet(), got.keySet(), index + ": ids differ from a clean load");
            for (var e : want.entrySet()) {
                assertEquals(e.getValue(), got.get(e.getKey()), index + " " + e.getKey() + " differs");
            }
        }
    }

    /** Every document of the index by id, read in id order with search_after. */
    public static Map<String, JsonNode> documents(ElasticsearchClient client, String alias, ObjectMapper mapper)
            throws IOException {
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        JsonNode after = null;
        while (true) {
            Request r = new Request("POST", "/" + alias + "/_search");
            r.setJsonEntity("{\"size\":5000,\"sort\":[{\"id\":\"asc\"}]"
                    + (after == null ? "" : ",\"search_after\":" + after) + "}");
            JsonNode hits = mapper.readTree(EsClients.perform(client, r)).at("/hits/hits");
            for (JsonNode h : hits) {
                JsonNode previous = docs.put(h.get("_id").asText(), h.get("_source"));
                assertEquals(null, previous, "id read twice: " + h.get("_id"));
            }
            if (hits.size() < 5000) {
                return docs;
            }
            after = hits.get(hits.size() - 1).get("sort");
        }
    }
}
