package jp.meetingsearch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AppConfigTest {

    @Test
    void defaultsAreTheLocalNodeOnTheUsualPorts() {
        AppConfig c = AppConfig.from(Map.of());
        assertEquals(7070, c.port());
        assertTrue(c.esUrl().isEmpty());
        assertEquals("", c.indexPrefix());
        assertTrue(c.sampleData());
        assertEquals(9200, c.localNode().port());
        assertEquals("512m", c.localNode().heap());
        assertTrue(c.localNode().dataDir().endsWith("es-9200"));
        assertTrue(c.corsOrigins().isEmpty());
        assertTrue(c.adminToken().isEmpty());
        assertEquals("127.0.0.1", c.bind());
    }

    @Test
    void readsEveryVariable() {
        AppConfig c = AppConfig.from(Map.of("PORT", "8081", "ES_URL", "https://es.example:9243/", "ES_API_KEY", "abc",
                "INDEX_PREFIX", "city-a-", "SAMPLE_DATA", "false", "ES_LOCAL_PORT", "9400", "ES_HEAP", "1g",
                "CORS_ORIGINS", "https://a.example, https://b.example", "ES_REQUEST_TIMEOUT_MS", "1500", "BIND", "0.0.0.0"));
        assertEquals(8081, c.port());
        assertEquals(URI.create("https://es.example:9243"), c.esUrl().orElseThrow());
        assertEquals("abc", c.esApiKey().orElseThrow());
        assertEquals("city-a-", c.indexPrefix());
        assertEquals(false, c.sampleData());
        assertEquals(9400, c.localNode().port());
        assertEquals("1g", c.localNode().heap());
        assertEquals(2, c.corsOrigins().size());
        assertEquals(1500, c.esRequestTimeout().toMillis());
        assertEquals("0.0.0.0", c.bind());
    }

    @Test
    void clusterLayoutTaggingAndFacetSampling() {
        AppConfig d = AppConfig.from(Map.of());
        assertEquals(1, d.scale().shards());
        assertTrue(d.scale().replicas().isEmpty(), "unset: existing indices keep theirs");
        assertEquals(0, d.scale().replicasOfNewIndex());
        assertEquals(ScaleSettings.DEFAULT_TAG_RATE, d.scale().tagRate());
        assertEquals(ScaleSettings.DEFAULT_FACET_SAMPLE, d.scale().facetSample());
        AppConfig c = AppConfig.from(Map.of("INDEX_SHARDS", "3", "INDEX_REPLICAS", "1", "THEMES_TAG_RATE", "0",
                "FACET_SAMPLE_SIZE", "0", "ES_URL", "http://a:9200, http://b:9201,http://c:9202"));
        assertEquals(3, c.scale().shards());
        assertEquals(1, c.scale().replicas().getAsInt());
        assertEquals(0, c.scale().tagRate());
        assertEquals(0, c.scale().facetSample());
        assertEquals(URI.create("http://a:9200"), c.esUrl().orElseThrow());
        assertEquals(java.util.List.of(URI.create("http://a:9200"), URI.create("http://b:9201"),
                URI.create("http://c:9202")), c.esNodes());
    }

    @Test
    void badValuesNameTheVariable() {
        assertMessage(Map.of("INDEX_SHARDS", "0"), "INDEX_SHARDS='0'");
        assertMessage(Map.of("INDEX_REPLICAS", "-1"), "INDEX_REPLICAS='-1'");
        assertMessage(Map.of("THEMES_TAG_RATE", "fast"), "THEMES_TAG_RATE='fast'");
        assertMessage(Map.of("FACET_SAMPLE_SIZE", "1e5"), "FACET_SAMPLE_SIZE='1e5'");
        assertMessage(Map.of("ES_URL", "http://a:9200,https://user:pw@b:9200"), "ES_URL holds a user name");
        assertMessage(Map.of("PORT", "seventy"), "PORT='seventy'");
        assertMessage(Map.of("PORT", "70000"), "PORT='70000' must be a whole number from 1 to 65535");
        assertMessage(Map.of("SAMPLE_DATA", "maybe"), "SAMPLE_DATA='maybe'");
        assertMessage(Map.of("ES_URL", "localhost:9200"), "ES_URL 'localhost:9200'");
        assertMessage(Map.of("INDEX_PREFIX", "City A"), "INDEX_PREFIX 'City A'");
        assertMessage(Map.of("ES_HEAP", "lots"), "ES_HEAP='lots'");
        assertMessage(Map.of("ES_URL", "http://x:9200", "ES_USERNAME", "elastic"), "ES_USERNAME and ES_PASSWORD");
        assertMessage(Map.of("ES_URL", "http://x:9200", "ES_API_KEY", "k", "ES_USERNAME", "u", "ES_PASSWORD", "p"),
                "either ES_API_KEY or ES_USERNAME");
        assertMessage(Map.of("ES_API_KEY", "k"), "set ES_URL too");
        assertMessage(Map.of("ES_URL", "http://x:9200", "ES_CA_CERT", "/no/such/ca.pem"), "ES_CA_CERT: no such file");
        assertMessage(Map.of("HEAVY_CONCURRENCY", "0"), "HEAVY_CONCURRENCY='0'");
        assertMessage(Map.of("HEAVY_CONCURRENCY", "500"), "HEAVY_CONCURRENCY='500' must be a whole number from 1 to 64");
        assertMessage(Map.of("INDEX_SHARDS", "2000"), "INDEX_SHARDS='2000' must be a whole number from 1 to 1024");
        assertMessage(Map.of("SEARCH_TIMEOUT_MS", "10s"), "SEARCH_TIMEOUT_MS='10s' is not a positive whole number");
        assertMessage(Map.of("EXPORT_MAX", "-5"), "EXPORT_MAX='-5' is not a positive whole number");
        assertMessage(Map.of("BULK_MAX_MB", "2048"), "BULK_MAX_MB='2048' must be a whole number from 1 to 1024");
        assertMessage(Map.of("BULK_CONCURRENCY", "0"), "BULK_CONCURRENCY='0' must be a whole number from 1 to 1024");
        assertMessage(Map.of("ES_CONNECT_TIMEOUT_MS", "2 s"), "ES_CONNECT_TIMEOUT_MS='2 s'");
        // TEST-NET-1: an address, but of no machine's interface
        assertMessage(Map.of("BIND", "192.0.2.1"), "BIND=192.0.2.1 is not an address of this machine");
    }

    @Test
    void searchLoaderAndFileSettingsAreReadWithTheRest() {
        AppConfig d = AppConfig.from(Map.of());
        assertEquals(SearchConfig.DEFAULT, d.search());
        assertEquals(java.nio.file.Path.of("mappings/themes.txt"), d.search().themesFile());
        assertEquals(java.nio.file.Path.of("mappings/synonyms.txt"), d.search().synonymsFile());
        assertEquals(10_000, d.search().timeout().toMillis());
        assertEquals(50_000, d.search().exportMax());
        assertEquals(new BulkConfig(4, 2), d.bulk());
        AppConfig c = AppConfig.from(Map.of("THEMES_FILE", "/x/t.txt", "SYNONYMS_FILE", " /x/s.txt ",
                "SEARCH_TIMEOUT_MS", "2500", "EXPORT_MAX", "7", "BULK_MAX_MB", "16", "BULK_CONCURRENCY", "3",
                "ANALYSIS_PLUGIN_ZIP", "/x/plugin.zip", "MAVEN_REPO_LOCAL", "/x/m2"));
        assertEquals(java.nio.file.Path.of("/x/t.txt"), c.search().themesFile());
        assertEquals(java.nio.file.Path.of("/x/s.txt"), c.search().synonymsFile());
        assertEquals(2500, c.search().timeout().toMillis());
        assertEquals(7, c.search().exportMax());
        assertEquals(new BulkConfig(16, 3), c.bulk());
        // the build sets these two system properties for tests; they win over the variables, as in loaders/bench
        assertEquals(System.getProperty("analysis.plugin.zip") == null ? java.nio.file.Path.of("/x/plugin.zip")
                : java.nio.file.Path.of(System.getProperty("analysis.plugin.zip")), c.localNode().pluginZip().orElseThrow());
        if (System.getProperty("maven.repo.local") == null) {
            assertEquals(java.nio.file.Path.of("/x/m2"), c.localNode().mavenRepository());
        }
    }

    @Test
    void thePoolToElasticsearchHoldsEveryExpensiveRequestAndRoomForTheRest() {
        assertEquals(4 * 4 + 16, AppConfig.from(Map.of()).esConnections());
        assertEquals(4 * 2 + 16, AppConfig.from(Map.of("HEAVY_CONCURRENCY", "2")).esConnections());
    }

    private static void assertMessage(Map<String, String> env, String expected) {
        ConfigException e = assertThrows(ConfigException.class, () -> AppConfig.from(env));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
