package jp.meetingsearch.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.testsupport.TestCluster;
import jp.meetingsearch.themes.RuleTerm;
import jp.meetingsearch.themes.Theme;

/** The analytics fixture corpus ({@code src/test/resources/analytics}) and what tests derive from it. */
public final class AnalyticsFixture {
    private AnalyticsFixture() {
    }

    /** The lines of a classpath NDJSON file as JSON trees. */
    public static List<JsonNode> ndjson(ObjectMapper mapper, String resource) {
        List<JsonNode> out = new ArrayList<>();
        for (String line : text(resource).split("\n")) {
            if (!line.isBlank()) {
                try {
                    out.add(mapper.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /** A classpath text file. */
    public static String text(String resource) {
        try (InputStream in = AnalyticsFixture.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the dataset's indices and writes the documents with one refreshing bulk request per index. */
    public static void index(TestCluster es, AppConfig cfg, List<JsonNode> remarks, List<JsonNode> meetings)
            throws IOException {
        Indices indices = new Indices(cfg.indexPrefix());
        new IndexBootstrap(es.client(), IndexDefinitions.load(), indices).ensureAll();
        bulk(es, indices.alias(IndexName.REMARKS), remarks);
        bulk(es, indices.alias(IndexName.MEETINGS), meetings);
    }

    /**
     * Writes the given remarks again as they are, as a reload or the theme tagger does: each leaves its old copy in
     * the index, deleted, until the segments holding it are merged away.
     */
    public static void rewrite(TestCluster es, AppConfig cfg, List<JsonNode> remarks) throws IOException {
        bulk(es, new Indices(cfg.indexPrefix()).alias(IndexName.REMARKS), remarks);
    }

    private static void bulk(TestCluster es, String alias, List<JsonNode> docs) throws IOException {
        if (docs.isEmpty()) {
            return;
        }
        StringBuilder body = new StringBuilder();
        for (JsonNode d : docs) {
            body.append("{\"index\":{\"_index\":\"").append(alias).append("\",\"_id\":")
                    .append(es.mapper().writeValueAsString(d.get("id").asText())).append("}}\n")
                    .append(es.mapper().writeValueAsString(d)).append('\n');
        }
        JsonNode r = es.request("POST", "/_bulk?refresh=true", body.toString());
        if (r.path("errors").asBoolean()) {
            throw new IllegalStateException("bulk into " + alias + " failed: " + r);
        }
    }

    /**
     * Whether a theme tags a text, decided by substring search: valid for a taxonomy whose terms occur in the
     * texts only as whole words (as the fixture's does), and independent of Elasticsearch's analysis.
     */
    public static Predicate<String> bySubstring(Theme t) {
        return text -> (t.any().isEmpty() || t.any().stream().anyMatch(w -> contains(text, w)))
                && t.all().stream().allMatch(w -> contains(text, w))
                && t.none().stream().noneMatch(w -> contains(text, w));
    }

    private static boolean contains(String text, RuleTerm term) {
        return text.contains(term.text());
    }
}
