package jp.meetingsearch.loaders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.testsupport.TestCluster;

/** Runs a loader in-process against a test dataset and keeps what it printed. */
final class LoaderHarness {
    record Run(int exitCode, String out, String err) {
    }

    private final TestCluster es;
    private final AppConfig cfg;

    LoaderHarness(TestCluster es, AppConfig cfg) {
        this.es = es;
        this.cfg = cfg;
    }

    Run minutes(String... args) {
        return run(true, cfg, args);
    }

    Run projects(String... args) {
        return run(false, cfg, args);
    }

    Run run(boolean minutes, AppConfig config, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = minutes ? Loaders.loadMinutes(args, config, es.mapper(), o, e, null)
                    : Loaders.loadProjects(args, config, es.mapper(), o, e, null);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    long count(String index, String queryJson) throws IOException {
        return es.request("POST", "/" + cfg.indexPrefix() + index + "/_count",
                queryJson == null ? null : "{\"query\":" + queryJson + "}").get("count").asLong();
    }

    /** Terms counts of a keyword field, over the documents the query matches. */
    Map<String, Long> terms(String index, String field, String queryJson) throws IOException {
        JsonNode r = es.request("POST", "/" + cfg.indexPrefix() + index + "/_search", """
                {"size":0,"query":%s,"aggs":{"t":{"terms":{"field":"%s","size":1000}}}}"""
                .formatted(queryJson == null ? "{\"match_all\":{}}" : queryJson, field));
        Map<String, Long> m = new LinkedHashMap<>();
        r.at("/aggregations/t/buckets").forEach(b -> m.put(b.get("key").asText(), b.get("doc_count").asLong()));
        return m;
    }

    /** Every document id of an index, sorted. */
    java.util.List<String> ids(String index) throws IOException {
        JsonNode r = es.request("POST", "/" + cfg.indexPrefix() + index + "/_search",
                "{\"size\":10000,\"_source\":false,\"sort\":[\"id\"]}");
        java.util.List<String> ids = new java.util.ArrayList<>();
        r.at("/hits/hits").forEach(h -> ids.add(h.get("_id").asText()));
        return ids;
    }
}
