package jp.meetingsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.config.ScaleSettings;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IndexBootstrapIT {
    private final TestCluster es = TestCluster.get();
    private AppConfig cfg;
    private Indices indices;
    private IndexBootstrap bootstrap;

    @BeforeEach
    void setUp() {
        cfg = es.newDataset();
        indices = new Indices(cfg.indexPrefix());
        bootstrap = new IndexBootstrap(es.client(), IndexDefinitions.load(), indices);
    }

    @AfterEach
    void tearDown() throws Exception {
        es.deleteDataset(cfg.indexPrefix());
    }

    @Test
    void createsVersionedIndicesBehindAliasesOnceOnly() throws Exception {
        List<IndexBootstrap.Outcome> first = bootstrap.ensureAll();
        assertTrue(first.stream().allMatch(IndexBootstrap.Outcome::created));
        for (IndexName n : IndexName.values()) {
            String alias = indices.alias(n);
            JsonNode aliases = es.request("GET", "/_alias/" + alias, null);
            assertEquals(List.of(indices.concrete(n, IndexDefinitions.load().get(n).schemaVersion())),
                    iterToList(aliases.fieldNames()), alias);
            JsonNode settings = es.request("GET", "/" + alias + "/_settings", null);
            assertEquals("0", settings.elements().next().at("/settings/index/number_of_replicas").asText());
        }
        List<IndexBootstrap.Outcome> second = bootstrap.ensureAll();
        assertTrue(second.stream().noneMatch(IndexBootstrap.Outcome::created));
        assertTrue(second.stream().allMatch(o -> o.warnings().isEmpty()));
    }

    @Test
    void shardsAndReplicasComeFromTheSettingsAndTheReplicasAreRestoredAtEveryStart() throws Exception {
        ScaleSettings two = new ScaleSettings(2, java.util.OptionalInt.of(0), 0, 0);
        new IndexBootstrap(es.client(), IndexDefinitions.load(), indices, two).ensureAll();
        String alias = indices.alias(IndexName.REMARKS);
        JsonNode settings = es.request("GET", "/" + alias + "/_settings", null).elements().next();
        assertEquals("2", settings.at("/settings/index/number_of_shards").asText());
        // a load that dropped the replicas died before it put them back
        es.request("PUT", "/" + alias + "/_settings", "{\"index\":{\"number_of_replicas\":1}}");
        IndexBootstrap.Outcome o = new IndexBootstrap(es.client(), IndexDefinitions.load(), indices, two)
                .ensure(IndexName.REMARKS);
        assertTrue(o.warnings().stream().anyMatch(w -> w.contains("had 1 replicas; set to 0 (INDEX_REPLICAS)")),
                o.warnings().toString());
        assertEquals("0", es.request("GET", "/" + alias + "/_settings", null).elements().next()
                .at("/settings/index/number_of_replicas").asText());
        // INDEX_REPLICAS unset: an index keeps the replicas it has
        es.request("PUT", "/" + alias + "/_settings", "{\"index\":{\"number_of_replicas\":1}}");
        assertTrue(bootstrap.ensure(IndexName.REMARKS).warnings().isEmpty());
        assertEquals("1", es.request("GET", "/" + alias + "/_settings", null).elements().next()
                .at("/settings/index/number_of_replicas").asText());
    }

    @Test
    void addsTheFieldsAnIndexOfTheSameSchemaVersionLacks() throws Exception {
        IndexDefinition def = IndexDefinitions.load().get(IndexName.REMARKS);
        com.fasterxml.jackson.databind.node.ObjectNode body = def.body().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) body.at("/mappings/properties"))
                .remove(List.of("themes", "theme_rules", "themes_pending"));
        body.putObject("aliases").putObject(indices.alias(IndexName.REMARKS));
        es.request("PUT", "/" + indices.concrete(IndexName.REMARKS, def.schemaVersion()), body.toString());
        IndexBootstrap.Outcome o = bootstrap.ensure(IndexName.REMARKS);
        assertTrue(o.warnings().stream().anyMatch(w -> w.contains("got the new fields [themes, theme_rules, "
                + "themes_pending]")), o.warnings().toString());
        JsonNode mapping = es.request("GET", "/" + indices.alias(IndexName.REMARKS) + "/_mapping", null)
                .elements().next().at("/mappings/properties");
        assertEquals("keyword", mapping.at("/themes/type").asText());
        assertEquals("boolean", mapping.at("/themes_pending/type").asText());
        assertTrue(bootstrap.ensure(IndexName.REMARKS).warnings().isEmpty(), "added once");
    }

    @Test
    void turnsRefreshBackOnAfterAnInterruptedLoad() throws Exception {
        bootstrap.ensureAll();
        String alias = indices.alias(IndexName.REMARKS);
        es.request("PUT", "/" + alias + "/_settings", "{\"index\":{\"refresh_interval\":\"-1\"}}");
        IndexBootstrap.Outcome o = bootstrap.ensure(IndexName.REMARKS);
        assertTrue(o.warnings().stream().anyMatch(w -> w.contains("refreshing turned off")), o.warnings().toString());
        JsonNode s = es.request("GET", "/" + alias + "/_settings/index.refresh_interval", null);
        assertEquals("1s", s.elements().next().at("/settings/index/refresh_interval").asText());
    }

    @Test
    void refusesAnIndexOfAnotherSchemaVersion() throws Exception {
        String alias = indices.alias(IndexName.REMARKS);
        es.request("PUT", "/" + alias + "-v1", """
                {"settings":{"number_of_replicas":0},
                 "mappings":{"_meta":{"schema_version":99}},
                 "aliases":{"%s":{}}}""".formatted(alias));
        IndexVersionException e = assertThrows(IndexVersionException.class, () -> bootstrap.ensure(IndexName.REMARKS));
        assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
        assertTrue(e.getMessage().contains("expects version "
                + IndexDefinitions.load().get(IndexName.REMARKS).schemaVersion()), e.getMessage());
        assertTrue(e.getMessage().contains(alias), e.getMessage());
    }

    @Test
    void refusesAConcreteIndexWhereTheAliasBelongs() throws Exception {
        String alias = indices.alias(IndexName.PROJECTS);
        es.request("PUT", "/" + alias, "{\"settings\":{\"number_of_replicas\":0}}");
        IndexVersionException e = assertThrows(IndexVersionException.class, () -> bootstrap.ensure(IndexName.PROJECTS));
        assertTrue(e.getMessage().contains("is an index, not an alias"), e.getMessage());
    }

    @Test
    void warnsWhenTheAnalysisChangedSinceCreation() throws Exception {
        String alias = indices.alias(IndexName.MEETINGS);
        int version = IndexDefinitions.load().get(IndexName.MEETINGS).schemaVersion();
        es.request("PUT", "/" + indices.concrete(IndexName.MEETINGS, version), """
                {"settings":{"number_of_replicas":0},
                 "mappings":{"_meta":{"schema_version":%d,"analysis_fingerprint":"0000"}},
                 "aliases":{"%s":{}}}""".formatted(version, alias));
        IndexBootstrap.Outcome o = bootstrap.ensure(IndexName.MEETINGS);
        assertFalse(o.created());
        assertTrue(o.warnings().get(0).contains("rebuilt"), o.warnings().get(0));
        // an index with none of the fields (and none of the analysis) cannot get them added either
        assertTrue(o.warnings().size() == 1 || o.warnings().get(1).contains("refused to add them"), o.warnings().toString());
    }

    private static List<String> iterToList(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
