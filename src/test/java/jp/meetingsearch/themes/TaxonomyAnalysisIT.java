package jp.meetingsearch.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.analytics.AnalyticsFixture;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Theme rules go through the text's own Japanese analysis: compounds, inflections, width, phrases. */
class TaxonomyAnalysisIT {
    private static final TestCluster ES = TestCluster.get();
    private static AppConfig cfg;
    private static Taxonomy taxonomy;

    @BeforeAll
    static void index(@TempDir Path dir) throws Exception {
        cfg = ES.newDataset();
        List<JsonNode> docs = AnalyticsFixture.ndjson(ES.mapper(), "themes/analysis-remarks.ndjson");
        AnalyticsFixture.index(ES, cfg, docs, List.of());
        Path file = dir.resolve("themes.txt");
        Files.writeString(file, AnalyticsFixture.text("themes/analysis-themes.txt"));
        taxonomy = new Taxonomy(file);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        ES.deleteDataset(cfg.indexPrefix());
    }

    @ParameterizedTest(name = "{0} tags {1}")
    @CsvSource(delimiter = '|', textBlock = """
            防災            | a1 a3
            進めて          | a2 a8
            句・人財バンク   | a4
            語・人財バンク   | a4 a5
            全角ＳＮＳ       | a6
            防災と訓練       | a1
            防災だが訓練でない | a3
            """)
    void ruleMatchesTheAnalysedText(String theme, String expectedIds) throws Exception {
        SearchResponse<Void> r = ES.client().search(s -> s
                .index(new Indices(cfg.indexPrefix()).alias(IndexName.REMARKS))
                .size(100)
                .query(q -> q.bool(b -> b.filter(taxonomy.filter(theme).orElseThrow()))), Void.class);
        Set<String> ids = new TreeSet<>();
        r.hits().hits().forEach(h -> ids.add(h.id()));
        assertEquals(new TreeSet<>(List.of(expectedIds.split(" "))), ids);
    }
}
